import type { Migration } from './migration';

/**
 * The dashboard's reads (issue 8) ask, for every post of a period, the latest value of each
 * metric. The primary key of `insight_snapshots` is ordered (post, time, metric), so that question
 * would read every snapshot of a post; ordered (post, metric, time) it is one step down the index
 * per metric, newest first, and carrying `value` answers it from the index alone.
 */
export const insightsIndexesMigration: Migration = {
  version: 8,
  name: 'insights indexes',
  up(db) {
    db.exec('CREATE INDEX insight_snapshots_latest ON insight_snapshots (post_id, metric, taken_at, value);');
  },
};
