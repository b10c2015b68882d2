import { memoryStagingBucket } from '../../../../support/memoryStagingBucket';
import { vi } from 'vitest';
import type { MediaItem, Platform, PostTarget, ScheduleWhen, TargetStatus } from '../../../../../preload/contract';
import { createAccountsRepository } from '../../../../../main/accounts/accountsRepository';
import { createPostsService } from '../../../../../main/posts/postsService';
import { createSchedulingService } from '../../../../../main/schedule/planning/schedulingService';
import type { LiveProgress } from '../../../../../main/schedule/planning/scheduledItems';
import { createTargetTimeline } from '../../../../../main/schedule/targetTimeline';
import { openDrafts, probe, target, withChanges } from '../../posts/draftsFixtures';

/** The first instant of every test: Friday 20 November 2026, 10:00 in Paris. */
export const START = '2026-11-20T09:00:00.000Z';

/** The columns the engine writes, set directly to put a target in any state. */
export interface TargetState {
  status: TargetStatus;
  due_at_utc: string | null;
  timezone: string | null;
  attempt: number;
  not_before_utc: string | null;
  step_started: string | null;
  step_results: string;
  problem: string | null;
  published_at: string | null;
  platform_post_id: string | null;
  permalink: string | null;
  late_by_minutes: number | null;
  handoff: string | null;
}

/**
 * A real database with accounts, posts and the posts service on it, the scheduling service over
 * them, and fakes for everything the engine provides. The clock and the owner's zone are set by
 * the test; nothing reads real time.
 */
export function openPlanning(directory: string) {
  const store = openDrafts(directory);
  const { db, clock } = store;
  clock.advance(Date.parse(START) - clock.now().getTime());

  const items = new Map<string, MediaItem>();
  const media = {
    itemsByIds: vi.fn((ids: readonly string[]) => new Map(ids.flatMap((id) => (items.has(id) ? [[id, items.get(id)!] as const] : [])))),
    applyFix: vi.fn(async (): Promise<MediaItem> => {
      throw new Error('not used by scheduling');
    }),
  };
  const accounts = createAccountsRepository(db, clock.now);
  const posts = createPostsService({ drafts: store.drafts, media, account: (id) => accounts.get(id)?.summary, staging: memoryStagingBucket() });
  const timeline = createTargetTimeline(db);

  let timeZone = 'Europe/Paris';
  let paused = false;
  const engine = {
    wake: vi.fn(),
    onTargetsChanged: vi.fn(),
    withdrawHandoff: vi.fn(async (_targetId: string) => undefined),
    handoffAccepts: vi.fn((_targetId: string, _dueAt: Date) => false),
    ledgerWarning: vi.fn((_accountId: string, _dueAt: Date): string | null => null),
    liveProgress: vi.fn((_targetId: string): LiveProgress | null => null),
    setPaused: vi.fn((value: boolean) => {
      paused = value;
    }),
  };
  const service = createSchedulingService({
    db,
    now: clock.now,
    timezone: () => timeZone,
    posts,
    accounts,
    media,
    timeline,
    ...engine,
    isPaused: () => paused,
  });

  const fixtures = {
    store,
    db,
    service,
    engine,
    posts,
    timeline,
    setNow(iso: string) {
      clock.advance(Date.parse(iso) - clock.now().getTime());
    },
    setTimeZone(zone: string) {
      timeZone = zone;
    },
    account(id: string, platform: Platform, name: string): string {
      db.prepare(
        `INSERT INTO accounts (id, platform, platform_account_id, display_name, is_demo, created_at, login_path) VALUES (?, ?, ?, ?, 1, ?, ?)`,
      ).run(id, platform, `platform-${id}`, name, START, platform === 'tiktok' ? 'tiktok_login' : 'facebook_login');
      return id;
    },
    /** A photo in the library, as the fake serves it. */
    photo(label: string): string {
      const id = store.addMedia(label);
      items.set(id, {
        id,
        originalName: `${label}.jpg`,
        importedAt: START,
        probe: probe(),
        thumbnailUrl: `outpost-media://thumbnail/${label}`,
        previewUrl: `outpost-media://preview/${label}`,
        derivedFrom: null,
        usedByPostCount: 0,
      });
      return id;
    },
    /** A saved post; `targets` as the composer would save them. */
    post(body: string, targets: readonly PostTarget[], mediaIds: readonly string[] = []): string {
      const { post } = posts.create();
      posts.save(withChanges(post, { body, mediaIds: [...mediaIds], targets: [...targets] }));
      return post.id;
    },
    /** A Facebook text post to one Page: ready to schedule. */
    facebookPost(targetId: string, accountId: string, body = 'Fresh sourdough every Saturday'): string {
      return fixtures.post(body, [target(targetId, 'facebook', { accountId })]);
    },
    setTarget(targetId: string, state: Partial<TargetState>) {
      for (const [column, value] of Object.entries(state)) {
        db.prepare(`UPDATE targets SET ${column} = ? WHERE id = ?`).run(value, targetId);
      }
    },
    row(targetId: string): TargetState {
      return db.prepare(`SELECT * FROM targets WHERE id = ?`).get(targetId) as unknown as TargetState;
    },
    lines(targetId: string) {
      return timeline.list(targetId).map((entry) => ({ kind: entry.kind, message: entry.message }));
    },
  };
  return fixtures;
}

export type Planning = ReturnType<typeof openPlanning>;

export const at = (dueAt: string): ScheduleWhen => ({ kind: 'at', dueAt });
export const NOW: ScheduleWhen = { kind: 'now' };
export const QUEUE: ScheduleWhen = { kind: 'queue' };
export { target };
