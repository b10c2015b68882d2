import type { Migration } from './migration';

/**
 * Insights (issue 8): the history Outpost keeps on the machine, for as long as the owner wants.
 *  - `insight_posts`: every post measured, whether Outpost published it (a target) or the owner
 *    posted it elsewhere and the account's recent media brought it in (`origin = 'imported'`);
 *    one row per (account, platform post id), so an import never doubles an Outpost post. It
 *    carries where its measurement schedule stands: the next checkpoint and when it is due.
 *  - `insight_snapshots`: one row per (post, time, metric), in Outpost's own metric names
 *    (`InsightMetric` in the contract). A checkpoint (1h, 24h, 72h, 7d, 28d) is written at most
 *    once per post and metric (unique index), so a crash or a retry cannot duplicate it; refreshes
 *    the owner asks for have no checkpoint and add a row at their own time.
 *  - `account_insight_days`: an account's figures per day (`AccountDayMetric`), one row per
 *    (account, day, metric), replaced when the platform revises a day.
 *  - `insight_refused_metrics`: a platform metric a platform refused for a kind of post, so it is
 *    not asked again (one unknown name fails the whole call, reference 4.1).
 */
export const insightsMigration: Migration = {
  version: 7,
  name: 'insights',
  up(db) {
    db.exec(`
      CREATE TABLE insight_posts (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        platform TEXT NOT NULL CHECK (platform IN ('instagram', 'facebook', 'tiktok')),
        platform_post_id TEXT NOT NULL,
        target_id TEXT REFERENCES targets (id) ON DELETE SET NULL,
        origin TEXT NOT NULL CHECK (origin IN ('outpost', 'imported')),
        kind TEXT NOT NULL,
        published_at TEXT NOT NULL,
        caption TEXT NOT NULL DEFAULT '',
        permalink TEXT,
        -- A local media item's id for the thumbnail (Outpost posts); platform addresses expire.
        thumbnail_media_id TEXT,
        -- The next checkpoint to take ('1h' ... '28d'), null once the schedule is complete.
        next_checkpoint TEXT,
        next_due_at TEXT,
        last_measured_at TEXT,
        UNIQUE (account_id, platform_post_id)
      ) STRICT;
      CREATE INDEX insight_posts_due ON insight_posts (next_due_at) WHERE next_due_at IS NOT NULL;
      CREATE INDEX insight_posts_published ON insight_posts (published_at, account_id);
      CREATE INDEX insight_posts_by_target ON insight_posts (target_id) WHERE target_id IS NOT NULL;

      CREATE TABLE insight_snapshots (
        post_id TEXT NOT NULL REFERENCES insight_posts (id) ON DELETE CASCADE,
        taken_at TEXT NOT NULL,
        checkpoint TEXT,
        metric TEXT NOT NULL,
        value REAL NOT NULL,
        PRIMARY KEY (post_id, taken_at, metric)
      ) STRICT;
      CREATE UNIQUE INDEX insight_snapshots_once_per_checkpoint ON insight_snapshots (post_id, checkpoint, metric) WHERE checkpoint IS NOT NULL;

      CREATE TABLE account_insight_days (
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        day TEXT NOT NULL,
        metric TEXT NOT NULL,
        value REAL NOT NULL,
        collected_at TEXT NOT NULL,
        PRIMARY KEY (account_id, day, metric)
      ) STRICT;

      CREATE TABLE insight_refused_metrics (
        platform TEXT NOT NULL,
        kind TEXT NOT NULL,
        metric TEXT NOT NULL,
        reason TEXT NOT NULL,
        refused_at TEXT NOT NULL,
        PRIMARY KEY (platform, kind, metric)
      ) STRICT;
    `);
  },
};
