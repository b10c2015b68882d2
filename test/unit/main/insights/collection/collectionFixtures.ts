import type { InsightsCollectionStatus, LocalDate, Platform, PostType } from '../../../../../preload/contract';
import type { PlatformAccess } from '../../../../../main/accounts/platformAccess';
import type { PublishCredentials } from '../../../../../main/platforms/publisher';
import type { AccountDay, FoundPost, InsightsSource, MeasuredPost, PostFigures } from '../../../../../main/insights/insightsSource';
import {
  createInsightsCollection,
  type InsightsCollection,
  type InsightsCollectionDeps,
} from '../../../../../main/insights/collection/insightsCollection';
import { createEngineWorld, START } from '../../schedule/engine/engineFixtures';
import { createThrottleGate } from '../../../../../main/schedule/engine/throttleGate';

export { START };
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const afterStart = (ms: number) => new Date(Date.parse(START) + ms);

export interface SourceCall {
  kind: 'measurePost' | 'accountDays' | 'recentPosts';
  accountId: string;
  at: Date;
  platformPostId?: string;
  range?: { since: LocalDate; until: LocalDate };
}

/**
 * An InsightsSource a test scripts: a post's figures are a function of its age (views = whole
 * minutes since it went out, so a snapshot shows when it was taken), errors queued per call kind,
 * the posts the platform "has", and the days it answers.
 */
export function createScriptedSource(platform: Platform, now: () => Date) {
  const calls: SourceCall[] = [];
  const errors: Record<SourceCall['kind'], unknown[]> = { measurePost: [], accountDays: [], recentPosts: [] };
  const script = {
    figures: (post: MeasuredPost, at: Date): PostFigures => {
      const minutes = Math.floor((at.getTime() - post.publishedAt.getTime()) / MINUTE);
      return { views: minutes, likes: Math.floor(minutes / 10) };
    },
    found: [] as FoundPost[],
    days: (range: { since: LocalDate; until: LocalDate }): AccountDay[] => [{ day: range.until, values: { followers: 100 } }],
  };
  const take = (kind: SourceCall['kind']) => {
    const error = errors[kind].shift();
    if (error !== undefined) throw error;
  };
  const source: InsightsSource = {
    platform,
    async measurePost(context, post) {
      calls.push({ kind: 'measurePost', accountId: context.account.id, at: now(), platformPostId: post.platformPostId });
      take('measurePost');
      return script.figures(post, now());
    },
    async accountDays(context, range) {
      calls.push({ kind: 'accountDays', accountId: context.account.id, at: now(), range });
      take('accountDays');
      return script.days(range);
    },
    async recentPosts(context) {
      calls.push({ kind: 'recentPosts', accountId: context.account.id, at: now() });
      take('recentPosts');
      return script.found;
    },
  };
  return {
    source,
    calls,
    script,
    /** The next calls of this kind fail with these errors, one each. */
    fail(kind: SourceCall['kind'], ...failures: unknown[]) {
      errors[kind].push(...failures);
    },
    measured: () => calls.filter((call) => call.kind === 'measurePost'),
  };
}

const fakeCredentials: PublishCredentials = {
  accessToken: async () => 'test-token',
  linkedPageAccessToken: async () => null,
  renew: async () => undefined,
};

export interface SnapshotRow {
  post_id: string;
  taken_at: string;
  checkpoint: string | null;
  metric: string;
  value: number;
}

/**
 * The engine tests' world (a real migrated database file, a fake clock, accounts and targets
 * written as scheduling leaves them), scripted insight sources, and collections built on them.
 */
export function createCollectionWorld(directory: string, options: { start?: string } = {}) {
  const world = createEngineWorld(directory, options.start ? { start: options.start } : {});
  const { db, clock } = world;
  const now = () => clock.now();
  const sources = {
    instagram: createScriptedSource('instagram', now),
    facebook: createScriptedSource('facebook', now),
    tiktok: createScriptedSource('tiktok', now),
  };
  const settings = { timezone: 'UTC' };
  const events: InsightsCollectionStatus[] = [];
  const collections: InsightsCollection[] = [];

  return {
    ...world,
    sources,
    settings,
    events,

    createCollection(overrides: Partial<InsightsCollectionDeps> = {}): InsightsCollection {
      const collection = createInsightsCollection({
        db,
        accounts: world.accounts,
        platformAccessFor: async (isDemo) => ({ isDemo, networks: {} }) as unknown as PlatformAccess,
        credentialsFor: () => fakeCredentials,
        // A gate of its own: two collections made here stand for two Outposts racing on one database.
        gate: createThrottleGate({ usage: world.usage, now }),
        sources: { instagram: sources.instagram.source, facebook: sources.facebook.source, tiktok: sources.tiktok.source },
        timezone: () => settings.timezone,
        emit: (status) => events.push(status),
        logger: world.log.logger,
        now,
        clock,
        startDelayMs: 5_000,
        ...overrides,
      });
      collections.push(collection);
      return collection;
    },

    /** A target the engine published at `publishedAt` (its post, the platform's id and address). */
    publishTarget(id: string, accountId: string, publishedAt: Date, extra: { postType?: PostType; platformPostId?: string; caption?: string; mediaIds?: string[] } = {}) {
      world.addTarget(id, {
        accountId,
        dueAt: publishedAt,
        status: 'published',
        postType: extra.postType ?? 'feed',
        body: `Text of ${id}`,
        caption: extra.caption ?? null,
        mediaIds: extra.mediaIds ?? null,
      });
      db.prepare('UPDATE targets SET published_at = ?, platform_post_id = ?, permalink = ? WHERE id = ?').run(
        publishedAt.toISOString(),
        extra.platformPostId ?? `pp-${id}`,
        `https://example.test/p/${id}`,
        id,
      );
      return id;
    },

    insightPost(id: string) {
      return db.prepare('SELECT * FROM insight_posts WHERE id = ?').get(id) as
        | { id: string; target_id: string | null; origin: string; kind: string; caption: string; next_checkpoint: string | null; next_due_at: string | null; thumbnail_media_id: string | null; permalink: string | null; platform_post_id: string }
        | undefined;
    },
    insightPosts() {
      return db.prepare('SELECT id, account_id, platform_post_id, target_id, origin, next_checkpoint FROM insight_posts ORDER BY published_at, id').all() as {
        id: string;
        account_id: string;
        platform_post_id: string;
        target_id: string | null;
        origin: string;
        next_checkpoint: string | null;
      }[];
    },
    snapshots(postId?: string): SnapshotRow[] {
      const sql = 'SELECT post_id, taken_at, checkpoint, metric, value FROM insight_snapshots';
      const order = ' ORDER BY taken_at, post_id, metric';
      return (postId === undefined ? db.prepare(sql + order).all() : db.prepare(`${sql} WHERE post_id = ?${order}`).all(postId)) as unknown as SnapshotRow[];
    },
    /** Each measurement of the post as (checkpoint, views). */
    viewsByCheckpoint(postId: string) {
      return this.snapshots(postId)
        .filter((row) => row.metric === 'views')
        .map((row) => ({ checkpoint: row.checkpoint, views: row.value, at: row.taken_at }));
    },
    async close() {
      for (const collection of collections) await collection.stop();
      await world.close();
    },
  };
}

export type CollectionWorld = ReturnType<typeof createCollectionWorld>;
