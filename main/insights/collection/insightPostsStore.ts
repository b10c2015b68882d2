import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { InsightCheckpoint, Platform, PostType } from '../../../preload/contract';
import { createPublishJobs } from '../../schedule/engine/publishJobs';
import { inTransaction } from '../../store/transaction';
import type { FoundPost, PostFigures } from '../insightsSource';
import { firstCheckpoint, type PlannedCheckpoint } from './checkpointPlan';

/** A measured post as the collection needs it. */
export interface InsightPostRow {
  id: string;
  accountId: string;
  platform: Platform;
  platformPostId: string;
  kind: PostType;
  publishedAt: Date;
  /** Null once its schedule is complete. */
  nextCheckpoint: InsightCheckpoint | null;
  nextDueAt: Date | null;
}

interface PostRow {
  id: string;
  account_id: string;
  platform: Platform;
  platform_post_id: string;
  kind: PostType;
  published_at: string;
  next_checkpoint: InsightCheckpoint | null;
  next_due_at: string | null;
}

interface PublishedTargetRow {
  id: string;
  account_id: string;
  platform: Platform;
  platform_post_id: string;
  permalink: string | null;
  published_at: string;
}

export interface Measurement {
  post: InsightPostRow;
  /** The checkpoint it stands for; null for a refresh the owner asked for (the schedule stays). */
  checkpoint: InsightCheckpoint | null;
  takenAt: Date;
  figures: PostFigures;
  /** A checkpoint only: what comes after it (null: the schedule is complete). */
  next?: PlannedCheckpoint | null;
}

const COLUMNS = 'id, account_id, platform, platform_post_id, kind, published_at, next_checkpoint, next_due_at';

const toRow = (row: PostRow): InsightPostRow => ({
  id: row.id,
  accountId: row.account_id,
  platform: row.platform,
  platformPostId: row.platform_post_id,
  kind: row.kind,
  publishedAt: new Date(row.published_at),
  nextCheckpoint: row.next_checkpoint,
  nextDueAt: row.next_due_at === null ? null : new Date(row.next_due_at),
});

/**
 * `insight_posts` and `insight_snapshots` as collection writes them: the posts to measure
 * (Outpost's published targets and posts found on the platforms, never two rows for one platform
 * post), where each one's schedule stands, and measurements, each in one transaction.
 */
export function createInsightPostsStore(db: DatabaseSync) {
  // The caption and media as they were published: the same reading the engine publishes from.
  const jobs = createPublishJobs({ db, mediaFilePath: async () => null });
  const selectUnregistered = db.prepare(`
    SELECT t.id, t.account_id, coalesce(t.platform, a.platform) AS platform, t.platform_post_id, t.permalink, t.published_at
      FROM targets t JOIN accounts a ON a.id = t.account_id
     WHERE t.status = 'published' AND t.platform_post_id IS NOT NULL AND t.published_at IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM insight_posts ip WHERE ip.target_id = t.id)
     ORDER BY t.published_at, t.id`);
  // A post imported before its target was registered becomes the Outpost one: same row, same history.
  const upsertOutpost = db.prepare(`
    INSERT INTO insight_posts (id, account_id, platform, platform_post_id, target_id, origin, kind, published_at, caption,
      permalink, thumbnail_media_id, next_checkpoint, next_due_at)
    VALUES (?, ?, ?, ?, ?, 'outpost', ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (account_id, platform_post_id) DO UPDATE SET
      target_id = excluded.target_id, origin = 'outpost', kind = excluded.kind, caption = excluded.caption,
      permalink = coalesce(excluded.permalink, insight_posts.permalink), thumbnail_media_id = excluded.thumbnail_media_id`);
  const insertImported = db.prepare(`
    INSERT INTO insight_posts (id, account_id, platform, platform_post_id, target_id, origin, kind, published_at, caption,
      permalink, next_checkpoint, next_due_at)
    VALUES (?, ?, ?, ?, NULL, 'imported', ?, ?, ?, ?, ?, ?)
    ON CONFLICT (account_id, platform_post_id) DO NOTHING`);
  const selectOne = db.prepare(`SELECT ${COLUMNS} FROM insight_posts WHERE id = ?`);
  // A disconnected account (history kept) is measured no more: its posts are not due, nor pending.
  const DUE = `next_due_at IS NOT NULL AND account_id IN (SELECT id FROM accounts WHERE disconnected_at IS NULL)`;
  const selectDue = db.prepare(`SELECT ${COLUMNS} FROM insight_posts WHERE ${DUE} AND next_due_at <= ? ORDER BY next_due_at, id`);
  const selectDueOf = db.prepare(`SELECT ${COLUMNS} FROM insight_posts WHERE ${DUE} AND next_due_at <= ? AND account_id = ? ORDER BY next_due_at, id`);
  const countDue = db.prepare(`SELECT count(*) AS n FROM insight_posts WHERE ${DUE} AND next_due_at <= ?`);
  const earliestByAccount = db.prepare(`SELECT account_id, min(next_due_at) AS due FROM insight_posts WHERE ${DUE} GROUP BY account_id`);
  const insertSnapshot = db.prepare(`
    INSERT INTO insight_snapshots (post_id, taken_at, checkpoint, metric, value) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT DO NOTHING`);
  const setMeasured = db.prepare('UPDATE insight_posts SET last_measured_at = ? WHERE id = ?');
  // Moves the schedule only from the checkpoint the caller saw: a second writer finds it moved and changes nothing.
  const moveSchedule = db.prepare(`
    UPDATE insight_posts SET next_checkpoint = ?, next_due_at = ? WHERE id = ? AND next_checkpoint IS ?`);
  const postpone = db.prepare('UPDATE insight_posts SET next_due_at = ? WHERE id = ? AND next_checkpoint IS ?');
  const latestMeasured = db.prepare('SELECT max(last_measured_at) AS at FROM insight_posts');

  return {
    /** Outpost's published targets not registered yet become measured posts; returns how many. */
    registerPublishedTargets(now: Date): number {
      const targets = selectUnregistered.all() as unknown as PublishedTargetRow[];
      return inTransaction(db, () => {
        let registered = 0;
        for (const target of targets) {
          const content = jobs.content(target.id);
          if (!content) continue;
          const publishedAt = new Date(target.published_at);
          const first = firstCheckpoint(content.postType, publishedAt, now);
          upsertOutpost.run(
            target.id,
            target.account_id,
            target.platform,
            target.platform_post_id,
            target.id,
            content.postType,
            target.published_at,
            content.caption,
            target.permalink,
            content.mediaIds[0] ?? null,
            first?.checkpoint ?? null,
            first?.dueAt.toISOString() ?? null,
          );
          registered += 1;
        }
        return registered;
      });
    },

    /** Posts found on the platform; those not known yet become imported posts. Returns how many. */
    importFound(account: { id: string; platform: Platform }, found: readonly FoundPost[], now: Date): number {
      return inTransaction(db, () => {
        let imported = 0;
        for (const post of found) {
          const first = firstCheckpoint(post.kind, post.publishedAt, now);
          imported += Number(
            insertImported.run(
              randomUUID(),
              account.id,
              account.platform,
              post.platformPostId,
              post.kind,
              post.publishedAt.toISOString(),
              post.caption,
              post.permalink,
              first?.checkpoint ?? null,
              first?.dueAt.toISOString() ?? null,
            ).changes,
          );
        }
        return imported;
      });
    },

    get(id: string): InsightPostRow | undefined {
      const row = selectOne.get(id) as unknown as PostRow | undefined;
      return row ? toRow(row) : undefined;
    },

    /** Every measurement due at `now`, oldest first. */
    due(now: Date): InsightPostRow[] {
      return (selectDue.all(now.toISOString()) as unknown as PostRow[]).map(toRow);
    },

    dueOf(accountId: string, now: Date): InsightPostRow[] {
      return (selectDueOf.all(now.toISOString(), accountId) as unknown as PostRow[]).map(toRow);
    },

    pendingCount(now: Date): number {
      return (countDue.get(now.toISOString()) as { n: number }).n;
    },

    /** Each account's earliest measurement still to take. */
    earliestDueByAccount(): { accountId: string; dueAt: Date }[] {
      return (earliestByAccount.all() as { account_id: string; due: string }[]).map((row) => ({ accountId: row.account_id, dueAt: new Date(row.due) }));
    },

    /**
     * One measurement, in one transaction: a snapshot row per metric the platform gave (none for
     * an empty answer), the time, and for a checkpoint the schedule moved on. The unique index
     * on (post, checkpoint, metric) and ON CONFLICT DO NOTHING make a repeat (a retry, a crash
     * between the platform's answer and the commit, two passes racing) store nothing twice.
     * Returns the snapshot rows stored.
     */
    record(measurement: Measurement): number {
      const { post, checkpoint, takenAt, figures } = measurement;
      const at = takenAt.toISOString();
      return inTransaction(db, () => {
        let stored = 0;
        for (const [metric, value] of Object.entries(figures)) {
          if (typeof value === 'number' && Number.isFinite(value)) stored += Number(insertSnapshot.run(post.id, at, checkpoint, metric, value).changes);
        }
        setMeasured.run(at, post.id);
        if (checkpoint !== null) {
          const next = measurement.next ?? null;
          moveSchedule.run(next?.checkpoint ?? null, next?.dueAt.toISOString() ?? null, post.id, post.nextCheckpoint);
        }
        return stored;
      });
    },

    /** Moves the schedule on without a measurement (a story past its life, a post the platform no longer has). */
    skipTo(post: InsightPostRow, next: PlannedCheckpoint | null): void {
      moveSchedule.run(next?.checkpoint ?? null, next?.dueAt.toISOString() ?? null, post.id, post.nextCheckpoint);
    },

    /** The checkpoint stays; it is tried again at `until`. */
    postpone(post: InsightPostRow, until: Date): void {
      postpone.run(until.toISOString(), post.id, post.nextCheckpoint);
    },

    latestMeasuredAt(): Date | null {
      const { at } = latestMeasured.get() as { at: string | null };
      return at === null ? null : new Date(at);
    },
  };
}

export type InsightPostsStore = ReturnType<typeof createInsightPostsStore>;
