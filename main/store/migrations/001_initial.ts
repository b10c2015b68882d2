import type { Migration } from './migration';

/**
 * The post model of DESIGN.md section 3, as lean as later capabilities can build on: a post is
 * what the owner wrote once; it has one target per destination account, each with its own
 * caption, schedule and status. Media, post types, publish attempts and insights come in later
 * migrations.
 *
 * Tables are STRICT so that a value of the wrong type is refused instead of stored. Instants are
 * ISO-8601 UTC strings; `due_at_utc` is held to the one canonical form (`toISOString()`) because
 * the calendar compares it as text, which is only correct when every value has the same shape.
 */
export const initialMigration: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        platform TEXT NOT NULL CHECK (platform IN ('instagram', 'facebook', 'tiktok')),
        display_name TEXT NOT NULL,
        is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE posts (
        id TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE targets (
        id TEXT PRIMARY KEY,
        post_id TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
        -- Null while the owner has not chosen the account yet.
        account_id TEXT REFERENCES accounts (id),
        status TEXT NOT NULL CHECK (status IN (
          'draft', 'scheduled', 'publishing', 'published', 'failed', 'needs_attention', 'missed'
        )),
        due_at_utc TEXT CHECK (
          due_at_utc IS NULL OR due_at_utc GLOB
            '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
        ),
        -- The IANA zone the owner scheduled in, so the time is shown as they meant it.
        timezone TEXT,
        caption TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- The calendar reads targets by due time; the id makes the order total without a sort.
      CREATE INDEX targets_by_due_at ON targets (due_at_utc, id);
      -- The scheduler and the drafts list read targets by status.
      CREATE INDEX targets_by_status ON targets (status);
      -- Deleting a post cascades to its targets; without this index every delete scans targets.
      CREATE INDEX targets_by_post ON targets (post_id);
    `);
  },
};
