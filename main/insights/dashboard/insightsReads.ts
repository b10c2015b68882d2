import type { DatabaseSync } from 'node:sqlite';
import { AccountDayMetric, InsightCheckpoint, InsightMetric, type InsightsQuery, type LocalDate, type Platform, type PostType } from '../../../preload/contract';
import type { NamedAccountDayValue } from './insightsCsv';
import type { PostFigures } from '../insightsSource';

/** A stored post, as the dashboard reads it. */
export interface StoredPost {
  postId: string;
  targetId: string | null;
  origin: 'outpost' | 'imported';
  accountId: string;
  accountName: string;
  platform: Platform;
  kind: PostType;
  publishedAt: string;
  caption: string;
  permalink: string | null;
  thumbnailMediaId: string | null;
  nextDueAt: string | null;
}

/** A stored post with its latest figures. */
export interface PostRecord extends StoredPost {
  figures: PostFigures;
  measuredAt: string | null;
}

export interface StoredSnapshot {
  takenAt: string;
  checkpoint: InsightCheckpoint | null;
  metric: InsightMetric;
  value: number;
}

export type InsightsFilter = Pick<InsightsQuery, 'accountIds' | 'platforms'>;

export interface InsightsReads {
  /** Posts published in [start, end) (stored instants), oldest first. */
  postsPublishedBetween(start: string, end: string, filter: InsightsFilter): PostRecord[];
  /** Every post's publication time with the figures an engagement rate needs: all of the history. */
  rateFiguresOfAllPosts(filter: InsightsFilter): { publishedAt: string; figures: PostFigures }[];
  /** The post without its figures: its detail takes them from its snapshots. */
  post(postId: string): StoredPost | undefined;
  /** Oldest first. */
  snapshots(postId: string): StoredSnapshot[];
  /** Account days from `from` to `to`, both included, oldest first. */
  accountDays(from: LocalDate, to: LocalDate, filter: InsightsFilter): NamedAccountDayValue[];
}

/**
 * A post's latest figures (defined in postFigures.ts `latestFigures`), asked of SQLite for a list.
 * The latest value of a metric of post `p`: one step down `insight_snapshots_latest` (post, metric,
 * time), newest first, read from the index alone. Per post and metric, not per snapshot, so a
 * period of 10,000 posts with 5 measurements each reads 10,000 x 11 index entries, not 400,000.
 * The names come from the contract's enum, never from input.
 */
const latestValue = (metric: InsightMetric) =>
  `(SELECT s.value FROM insight_snapshots s WHERE s.post_id = p.id AND s.metric = '${metric}' ORDER BY s.taken_at DESC LIMIT 1) AS ${metric}`;

const FILTERED = `(:accountIds IS NULL OR p.account_id IN (SELECT value FROM json_each(:accountIds)))
  AND (:platforms IS NULL OR p.platform IN (SELECT value FROM json_each(:platforms)))`;

const POST_COLUMNS = `p.id, p.target_id, p.origin, p.account_id, a.display_name AS account_name, p.platform, p.kind,
         p.published_at, p.caption, p.permalink, p.thumbnail_media_id, p.next_due_at`;

const SELECT_POSTS = `
  SELECT ${POST_COLUMNS},
         (SELECT max(s.taken_at) FROM insight_snapshots s WHERE s.post_id = p.id) AS measured_at,
         ${InsightMetric.options.map(latestValue).join(',\n         ')}
    FROM insight_posts p JOIN accounts a ON a.id = p.account_id`;

const RATE_METRICS = ['interactions', 'reach', 'views'] as const satisfies readonly InsightMetric[];

type StoredPostRow = {
  id: string;
  target_id: string | null;
  origin: 'outpost' | 'imported';
  account_id: string;
  account_name: string;
  platform: Platform;
  kind: PostType;
  published_at: string;
  caption: string;
  permalink: string | null;
  thumbnail_media_id: string | null;
  next_due_at: string | null;
};

/** With its latest figures: a column per metric, null where the post has none. */
type PostRow = StoredPostRow & { measured_at: string | null } & Partial<Record<InsightMetric, number | null>>;

function figuresOf(row: Record<string, unknown>, metrics: readonly InsightMetric[]): PostFigures {
  const figures: PostFigures = {};
  for (const metric of metrics) {
    const value = row[metric];
    if (typeof value === 'number') figures[metric] = value;
  }
  return figures;
}

const toStoredPost = (row: StoredPostRow): StoredPost => ({
  postId: row.id,
  targetId: row.target_id,
  origin: row.origin,
  accountId: row.account_id,
  accountName: row.account_name,
  platform: row.platform,
  kind: row.kind,
  publishedAt: row.published_at,
  caption: row.caption,
  permalink: row.permalink,
  thumbnailMediaId: row.thumbnail_media_id,
  nextDueAt: row.next_due_at,
});

const toPostRecord = (row: PostRow): PostRecord => ({ ...toStoredPost(row), figures: figuresOf(row, InsightMetric.options), measuredAt: row.measured_at });

const listParameter = (values: readonly string[] | undefined) => (values && values.length > 0 ? JSON.stringify(values) : null);
const filterParameters = (filter: InsightsFilter) => ({ accountIds: listParameter(filter.accountIds), platforms: listParameter(filter.platforms) });

const KNOWN_METRICS: ReadonlySet<string> = new Set(InsightMetric.options);
const KNOWN_DAY_METRICS: ReadonlySet<string> = new Set(AccountDayMetric.options);
const KNOWN_CHECKPOINTS: ReadonlySet<string | null> = new Set(InsightCheckpoint.options);
const checkpointOf = (stored: string | null) => (KNOWN_CHECKPOINTS.has(stored) ? (stored as InsightCheckpoint) : null);

/** The dashboard's SQL. Statements are prepared once; no read is repeated per post. */
export function createInsightsReads(db: DatabaseSync): InsightsReads {
  const selectPublishedBetween = db.prepare(
    `${SELECT_POSTS} WHERE p.published_at >= :start AND p.published_at < :end AND ${FILTERED} ORDER BY p.published_at, p.id`,
  );
  const selectOne = db.prepare(`SELECT ${POST_COLUMNS} FROM insight_posts p JOIN accounts a ON a.id = p.account_id WHERE p.id = :id`);
  const selectRateFigures = db.prepare(
    `SELECT p.published_at, ${RATE_METRICS.map(latestValue).join(', ')} FROM insight_posts p WHERE ${FILTERED}`,
  );
  const selectSnapshots = db.prepare(
    'SELECT taken_at, checkpoint, metric, value FROM insight_snapshots WHERE post_id = ? ORDER BY taken_at, metric',
  );
  const selectAccountDays = db.prepare(`
    SELECT d.account_id, a.display_name AS account_name, a.platform, d.day, d.metric, d.value
      FROM account_insight_days d JOIN accounts a ON a.id = d.account_id
     WHERE d.day >= :from AND d.day <= :to
       AND (:accountIds IS NULL OR d.account_id IN (SELECT value FROM json_each(:accountIds)))
       AND (:platforms IS NULL OR a.platform IN (SELECT value FROM json_each(:platforms)))
     ORDER BY d.day, d.account_id, d.metric`);

  return {
    postsPublishedBetween: (start, end, filter) =>
      (selectPublishedBetween.all({ start, end, ...filterParameters(filter) }) as unknown as PostRow[]).map(toPostRecord),
    rateFiguresOfAllPosts: (filter) =>
      (selectRateFigures.all(filterParameters(filter)) as { published_at: string }[]).map((row) => ({
        publishedAt: row.published_at,
        figures: figuresOf(row, RATE_METRICS),
      })),
    post(postId) {
      const row = selectOne.get({ id: postId }) as StoredPostRow | undefined;
      return row === undefined ? undefined : toStoredPost(row);
    },
    snapshots: (postId) =>
      (selectSnapshots.all(postId) as { taken_at: string; checkpoint: string | null; metric: string; value: number }[]).flatMap((row) =>
        KNOWN_METRICS.has(row.metric)
          ? [{ takenAt: row.taken_at, checkpoint: checkpointOf(row.checkpoint), metric: row.metric as InsightMetric, value: row.value }]
          : [],
      ),
    accountDays: (from, to, filter) =>
      (
        selectAccountDays.all({ from, to, ...filterParameters(filter) }) as {
          account_id: string;
          account_name: string;
          platform: Platform;
          day: string;
          metric: string;
          value: number;
        }[]
      ).flatMap((row) =>
        KNOWN_DAY_METRICS.has(row.metric)
          ? [{ accountId: row.account_id, accountName: row.account_name, platform: row.platform, day: row.day, metric: row.metric as AccountDayMetric, value: row.value }]
          : [],
      ),
  };
}
