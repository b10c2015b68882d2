import type { Migration } from './migration';

/**
 * The composer and the media library (issue 5):
 *  - media: one row per distinct file, named by the SHA-256 of its bytes; the probe is kept as
 *    JSON (read whole, never queried by field) beside the columns the library filters on; a fixed
 *    copy remembers the item and fix it came from;
 *  - posts gain their media (ordered), the "remove location and camera details" choice, and a
 *    bin (`deleted_at`) so that a delete can be undone;
 *  - targets gain their platform (so a target can exist before its account is chosen), post type,
 *    media selection (JSON list of media ids, null = the post's media), platform options (JSON)
 *    and their order in the composer;
 *  - TikTok accounts keep their last `creator_info`, so the composer offers the right privacy
 *    levels offline.
 */
export const composerAndMediaMigration: Migration = {
  version: 4,
  name: 'composer and media',
  up(db) {
    db.exec(`
      CREATE TABLE media (
        id TEXT PRIMARY KEY CHECK (length(id) = 64),
        original_name TEXT NOT NULL,
        -- The file's path relative to the media folder.
        stored_file TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('image', 'video')),
        probe TEXT NOT NULL,
        derived_from TEXT REFERENCES media (id) ON DELETE SET NULL,
        derived_fix TEXT,
        imported_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX media_by_imported_at ON media (imported_at);

      ALTER TABLE posts ADD COLUMN strip_metadata INTEGER NOT NULL DEFAULT 1 CHECK (strip_metadata IN (0, 1));
      ALTER TABLE posts ADD COLUMN deleted_at TEXT;
      CREATE INDEX posts_by_updated_at ON posts (updated_at);

      CREATE TABLE post_media (
        post_id TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        media_id TEXT NOT NULL REFERENCES media (id),
        PRIMARY KEY (post_id, position)
      ) STRICT;
      -- "Which posts use this item" and the delete check read by media id.
      CREATE INDEX post_media_by_media ON post_media (media_id);

      ALTER TABLE targets ADD COLUMN platform TEXT CHECK (platform IS NULL OR platform IN ('instagram', 'facebook', 'tiktok'));
      UPDATE targets SET platform = (SELECT platform FROM accounts WHERE accounts.id = targets.account_id);
      ALTER TABLE targets ADD COLUMN post_type TEXT;
      ALTER TABLE targets ADD COLUMN media_ids TEXT;
      ALTER TABLE targets ADD COLUMN options TEXT;
      ALTER TABLE targets ADD COLUMN position INTEGER NOT NULL DEFAULT 0;

      ALTER TABLE accounts ADD COLUMN tiktok_creator TEXT;
    `);
  },
};
