import type { Migration } from './migration';

/**
 * Scheduling and background publishing (issue 6):
 *  - a target carries the publishing state of DESIGN.md's state machine: which attempt it is on,
 *    the step running or last started (`step_started`: set before a step touches the network and
 *    cleared with its result, so a step found set after a crash is "in doubt" and is confirmed on
 *    the platform before it runs again), every finished step's result (JSON by step name), the
 *    earliest it may try again (a retry's backoff, a throttle, a posting limit), the problem that
 *    stopped it, and where it was published;
 *  - `handoff`: a Facebook Page target handed to Facebook's own schedule (JSON: the scheduled post
 *    id, the due time and a fingerprint of the content handed over);
 *  - `target_events`: the status timeline, one row per step, attempt and decision;
 *  - `queue_slots`: the owner's weekly posting times per account, in minutes of the local day;
 *  - Instagram's `content_publishing_limit`, as last read, per account.
 */
export const schedulingMigration: Migration = {
  version: 5,
  name: 'scheduling',
  up(db) {
    db.exec(`
      ALTER TABLE targets ADD COLUMN attempt INTEGER NOT NULL DEFAULT 0 CHECK (attempt >= 0);
      ALTER TABLE targets ADD COLUMN not_before_utc TEXT;
      ALTER TABLE targets ADD COLUMN step_started TEXT;
      ALTER TABLE targets ADD COLUMN step_results TEXT NOT NULL DEFAULT '{}';
      ALTER TABLE targets ADD COLUMN problem TEXT;
      ALTER TABLE targets ADD COLUMN published_at TEXT;
      ALTER TABLE targets ADD COLUMN platform_post_id TEXT;
      ALTER TABLE targets ADD COLUMN permalink TEXT;
      ALTER TABLE targets ADD COLUMN late_by_minutes INTEGER;
      ALTER TABLE targets ADD COLUMN handoff TEXT;

      -- What the engine reads on every wake: scheduled targets by the time they may go.
      CREATE INDEX targets_waiting ON targets (coalesce(not_before_utc, due_at_utc), id) WHERE status = 'scheduled';
      -- The per-account ledger of the last 24 hours.
      CREATE INDEX targets_published_by_account ON targets (account_id, published_at) WHERE published_at IS NOT NULL;

      CREATE TABLE target_events (
        id INTEGER PRIMARY KEY,
        target_id TEXT NOT NULL REFERENCES targets (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'error', 'info')),
        attempt INTEGER,
        step TEXT,
        message TEXT NOT NULL,
        detail TEXT
      ) STRICT;
      CREATE INDEX target_events_by_target ON target_events (target_id, id);

      CREATE TABLE queue_slots (
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        minute_of_day INTEGER NOT NULL CHECK (minute_of_day BETWEEN 0 AND 1439),
        PRIMARY KEY (account_id, weekday, minute_of_day)
      ) STRICT;

      ALTER TABLE accounts ADD COLUMN publishing_limit TEXT;
    `);
  },
};
