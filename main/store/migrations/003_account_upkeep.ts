import type { Migration } from './migration';

/**
 * Token upkeep and bring-your-own developer apps (issue 4):
 *  - accounts learn when the owner last signed in, when Meta's data access lapses (90 days after
 *    that), why an account needs reconnecting, when upkeep last checked it, and whether it was
 *    disconnected with its post history kept (the row stays so the history keeps its account,
 *    and signing in again re-attaches it);
 *  - developer apps keep their public id here; the secret lives in the token vault;
 *  - expiry alerts remember what the owner was already told, so a daily check warns once.
 */
export const accountUpkeepMigration: Migration = {
  version: 3,
  name: 'account upkeep',
  up(db) {
    db.exec(`
      ALTER TABLE accounts ADD COLUMN connected_at TEXT NOT NULL DEFAULT '';
      UPDATE accounts SET connected_at = created_at;
      ALTER TABLE accounts ADD COLUMN data_access_expires_at TEXT;
      ALTER TABLE accounts ADD COLUMN health_reason TEXT;
      ALTER TABLE accounts ADD COLUMN checked_at TEXT;
      ALTER TABLE accounts ADD COLUMN disconnected_at TEXT;
      -- Who signed in (Meta user id, Instagram or TikTok user id): accounts sharing a sign-in
      -- share its revocation, so disconnecting one Page must not revoke the others.
      ALTER TABLE accounts ADD COLUMN sign_in_user_id TEXT;

      CREATE TABLE developer_apps (
        kind TEXT PRIMARY KEY CHECK (kind IN ('meta', 'instagram', 'tiktok')),
        app_id TEXT NOT NULL,
        saved_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE account_alerts (
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        -- 'token_expiry', 'data_access_expiry' or 'needs_reconnect'.
        kind TEXT NOT NULL,
        -- The deadline (or the reason) the alert was about: a new deadline alerts again.
        subject TEXT NOT NULL,
        alerted_at TEXT NOT NULL,
        PRIMARY KEY (account_id, kind, subject)
      ) STRICT;
    `);
  },
};
