import type { RunsWhere, ScheduledItem, TargetStatus } from '../../../../preload/contract';
import { dateAndTime } from '../../lib/dates';
import { PLATFORMS } from '../accounts/platforms';

/** Each state of a scheduled post, as the owner reads it. */
export const STATUS_NAMES: Record<TargetStatus, string> = {
  draft: 'Back in drafts',
  scheduled: 'Scheduled',
  publishing: 'Publishing',
  published: 'Published',
  failed: 'Failed',
  needs_attention: 'Needs attention',
  missed: 'Missed',
};

/** Where a post goes out from, said plainly: short for the calendar's marks, long for details and planning. */
export const RUNS_WHERE: Record<RunsWhere, { short: string; long: string }> = {
  app: { short: 'Needs Outpost running', long: 'Needs Outpost running at that time (it can be closed to the tray).' },
  platform: { short: 'Goes out from Facebook', long: 'Facebook publishes it even if this computer is off.' },
};

/** The states the owner must look at. */
export const PROBLEM_STATUSES: readonly TargetStatus[] = ['failed', 'needs_attention', 'missed'];

export function isProblem(status: TargetStatus): boolean {
  return PROBLEM_STATUSES.includes(status);
}

/** "Instagram · Crumb & Co", or "Instagram · account not chosen". */
export function destinationName(item: Pick<ScheduledItem, 'platform' | 'accountName'>): string {
  return `${PLATFORMS[item.platform].name} · ${item.accountName ?? 'account not chosen'}`;
}

/** The start of the post's text, or a stand-in for a post without text. */
export function excerptOf(item: Pick<ScheduledItem, 'excerpt'>): string {
  return item.excerpt.trim() || 'Post without text';
}

/** "40%" for progress 0.4. */
function percent(progress: number): string {
  return `${Math.round(progress * 100)}%`;
}

/**
 * What is happening with the post now, in a line: "Publishing: Uploading the video, 40%",
 * "Published 12 minutes late", "Waiting until 10 Dec 2025, 14:05". Null when the status says it all.
 */
export function statusDetail(item: ScheduledItem, timeZone: string): string | null {
  if (item.status === 'publishing' && item.step) {
    return item.progress === null ? item.step : `${item.step}, ${percent(item.progress)}`;
  }
  if (item.waitingUntil && (item.status === 'scheduled' || item.status === 'publishing')) {
    return `Waiting until ${dateAndTime(new Date(item.waitingUntil), timeZone)}`;
  }
  if (item.status === 'published' && item.lateByMinutes) {
    return `Went out ${lateness(item.lateByMinutes)} late`;
  }
  return null;
}

/** "12 minutes", "2 hours", "1 hour 5 minutes". */
export function lateness(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const hourWords = hours > 0 ? `${hours} ${hours === 1 ? 'hour' : 'hours'}` : '';
  const minuteWords = rest > 0 || hours === 0 ? `${rest} ${rest === 1 ? 'minute' : 'minutes'}` : '';
  return [hourWords, minuteWords].filter(Boolean).join(' ');
}
