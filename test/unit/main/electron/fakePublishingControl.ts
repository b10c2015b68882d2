/**
 * A PublishingControl the shell's tests drive by hand: they set the overview and emit changes,
 * progress and alerts; calls to setPaused and wake are recorded.
 */
import { vi } from 'vitest';
import type { PublishingOverview, PublishProgress, ScheduledItem } from '../../../../preload/contract';
import type { PublishingAlert, PublishingControl, WakeReason } from '../../../../main/schedule/publishingControl';

export function scheduledItem(overrides: Partial<ScheduledItem> = {}): ScheduledItem {
  return {
    targetId: 'target-1',
    postId: 'post-1',
    platform: 'instagram',
    accountId: 'account-1',
    accountName: "Rosie's Bakery",
    postType: 'feed',
    excerpt: 'Fresh sourdough this morning',
    thumbnailUrl: null,
    status: 'scheduled',
    dueAt: '2025-03-11T09:00:00.000Z',
    timezone: 'Europe/London',
    runsWhere: 'app',
    step: null,
    progress: null,
    waitingUntil: null,
    problem: null,
    publishedAt: null,
    permalink: null,
    lateByMinutes: null,
    ...overrides,
  };
}

export function overview(overrides: Partial<PublishingOverview> = {}): PublishingOverview {
  return { paused: false, upcoming: 0, needsAttention: 0, publishing: [], next: null, dueSoonInApp: [], ...overrides };
}

export class FakePublishingControl implements PublishingControl {
  current: PublishingOverview = overview();
  private readonly overviewListeners = new Set<(overview: PublishingOverview) => void>();
  private readonly progressListeners = new Set<(progress: PublishProgress) => void>();
  private readonly alertListeners = new Set<(alert: PublishingAlert) => void>();

  overview = vi.fn(() => this.current);
  setPaused = vi.fn((paused: boolean) => {
    this.current = { ...this.current, paused };
    return this.current;
  });
  wake = vi.fn((_reason: WakeReason) => {});
  isPublishing = vi.fn(() => this.current.publishing.length > 0);

  onOverviewChange(listener: (overview: PublishingOverview) => void): () => void {
    this.overviewListeners.add(listener);
    return () => this.overviewListeners.delete(listener);
  }

  onProgress(listener: (progress: PublishProgress) => void): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  onAlert(listener: (alert: PublishingAlert) => void): () => void {
    this.alertListeners.add(listener);
    return () => this.alertListeners.delete(listener);
  }

  /** Test helper: the engine's overview changed. */
  change(next: Partial<PublishingOverview>): void {
    this.current = overview(next);
    for (const listener of this.overviewListeners) listener(this.current);
  }

  progress(report: PublishProgress): void {
    for (const listener of this.progressListeners) listener(report);
  }

  alert(alert: PublishingAlert): void {
    for (const listener of this.alertListeners) listener(alert);
  }

  /** How many listeners of each kind are still subscribed (all zero after the shell stops). */
  listenerCounts(): { overview: number; progress: number; alert: number } {
    return { overview: this.overviewListeners.size, progress: this.progressListeners.size, alert: this.alertListeners.size };
  }
}
