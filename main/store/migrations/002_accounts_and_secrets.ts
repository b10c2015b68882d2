import type { Migration } from './migration';

/**
 * What connecting an account needs: the account's identity on its platform, how it signed in,
 * which Instagram account hangs off which Facebook Page, its health; and the token vault's table.
 * Secrets are stored only as ciphertext, next to the name of the keyring backend that encrypted
 * them, so a backend change reads as "reconnect" rather than as garbage (DESIGN.md section 3).
 */
export const accountsAndSecretsMigration: Migration = {
  version: 2,
  name: 'accounts and secrets',
  up(db) {
    db.exec(`
      ALTER TABLE accounts ADD COLUMN platform_account_id TEXT NOT NULL DEFAULT '';
      ALTER TABLE accounts ADD COLUMN username TEXT;
      ALTER TABLE accounts ADD COLUMN avatar_url TEXT;
      ALTER TABLE accounts ADD COLUMN login_path TEXT NOT NULL DEFAULT 'facebook_login'
        CHECK (login_path IN ('facebook_login', 'instagram_login', 'tiktok_login'));
      -- An Instagram account reached through a Facebook Page points at that Page's account row.
      ALTER TABLE accounts ADD COLUMN linked_account_id TEXT REFERENCES accounts (id) ON DELETE SET NULL;
      ALTER TABLE accounts ADD COLUMN health TEXT NOT NULL DEFAULT 'connected'
        CHECK (health IN ('connected', 'needs_reconnect'));
      -- JSON array of the scopes the platform granted.
      ALTER TABLE accounts ADD COLUMN granted_scopes TEXT NOT NULL DEFAULT '[]';

      -- One platform identity is connected once per environment (demo and live never mix).
      CREATE UNIQUE INDEX accounts_by_platform_identity ON accounts (platform, platform_account_id, is_demo);

      CREATE TABLE secrets (
        -- What the secret is for, e.g. 'account:<id>:access_token'.
        name TEXT PRIMARY KEY,
        backend TEXT NOT NULL,
        ciphertext BLOB NOT NULL,
        expires_at TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
