import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { AccountSummary, Platform } from '../../preload/contract';
import { inTransaction } from '../store/transaction';

export type LoginPath = 'facebook_login' | 'instagram_login' | 'tiktok_login';

/** An account as a sign-in found it, before it is saved. */
export interface ConnectedAccount {
  platform: Platform;
  platformAccountId: string;
  displayName: string;
  username: string | null;
  avatarUrl: string | null;
  loginPath: LoginPath;
  isDemo: boolean;
  grantedScopes: readonly string[];
  linkedAccountId: string | null;
}

interface AccountRow {
  id: string;
  platform: Platform;
  display_name: string;
  username: string | null;
  avatar_url: string | null;
  is_demo: number;
  health: 'connected' | 'needs_reconnect';
  linked_account_id: string | null;
}

const toSummary = (row: AccountRow): AccountSummary => ({
  id: row.id,
  platform: row.platform,
  displayName: row.display_name,
  username: row.username,
  avatarUrl: row.avatar_url,
  isDemo: row.is_demo === 1,
  health: row.health,
  linkedAccountId: row.linked_account_id,
});

/** The secrets of one account live under this prefix in the token vault. */
export const accountSecretPrefix = (accountId: string) => `account:${accountId}:`;

export function createAccountsRepository(db: DatabaseSync, now: () => Date = () => new Date()) {
  const selectAll = db.prepare(`
    SELECT id, platform, display_name, username, avatar_url, is_demo, health, linked_account_id
    FROM accounts ORDER BY is_demo, platform, display_name COLLATE NOCASE, id`);
  const selectIdentity = db.prepare(
    'SELECT id FROM accounts WHERE platform = ? AND platform_account_id = ? AND is_demo = ?',
  );
  const insert = db.prepare(`
    INSERT INTO accounts (id, platform, platform_account_id, display_name, username, avatar_url, login_path,
      is_demo, linked_account_id, granted_scopes, health, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'connected', ?)`);
  // Reconnecting refreshes what the platform says and clears "needs reconnect".
  const update = db.prepare(`
    UPDATE accounts SET display_name = ?, username = ?, avatar_url = ?, login_path = ?, linked_account_id = ?,
      granted_scopes = ?, health = 'connected' WHERE id = ?`);
  const demoIds = db.prepare('SELECT id FROM accounts WHERE is_demo = 1');
  const countDemo = db.prepare('SELECT count(*) AS n FROM accounts WHERE is_demo = 1');
  const countAll = db.prepare('SELECT count(*) AS n FROM accounts');
  const demoAccounts = 'SELECT id FROM accounts WHERE is_demo = 1';
  const postsWithDemoTargets = db.prepare(`SELECT DISTINCT post_id FROM targets WHERE account_id IN (${demoAccounts})`);
  const deleteDemoTargets = db.prepare(`DELETE FROM targets WHERE account_id IN (${demoAccounts})`);
  const deleteOrphanedPosts = db.prepare(`
    DELETE FROM posts WHERE id IN (SELECT value FROM json_each(?))
      AND NOT EXISTS (SELECT 1 FROM targets WHERE targets.post_id = posts.id)`);
  // Links between demo accounts go first, so no foreign key points at a row being deleted.
  const unlinkDemoAccounts = db.prepare('UPDATE accounts SET linked_account_id = NULL WHERE is_demo = 1');
  const deleteDemoAccounts = db.prepare('DELETE FROM accounts WHERE is_demo = 1');

  return {
    list: (): AccountSummary[] => (selectAll.all() as unknown as AccountRow[]).map(toSummary),

    /** Adds the account, or refreshes it when the same platform identity is already connected. */
    save(account: ConnectedAccount): string {
      const scopes = JSON.stringify(account.grantedScopes);
      const existing = selectIdentity.get(account.platform, account.platformAccountId, account.isDemo ? 1 : 0) as
        | { id: string }
        | undefined;
      if (existing) {
        update.run(account.displayName, account.username, account.avatarUrl, account.loginPath, account.linkedAccountId, scopes, existing.id);
        return existing.id;
      }
      const id = randomUUID();
      insert.run(
        id,
        account.platform,
        account.platformAccountId,
        account.displayName,
        account.username,
        account.avatarUrl,
        account.loginPath,
        account.isDemo ? 1 : 0,
        account.linkedAccountId,
        scopes,
        now().toISOString(),
      );
      return id;
    },

    isConnected(platform: Platform, platformAccountId: string, isDemo: boolean): boolean {
      return selectIdentity.get(platform, platformAccountId, isDemo ? 1 : 0) !== undefined;
    },

    counts(): { all: number; demo: number } {
      return { all: (countAll.get() as { n: number }).n, demo: (countDemo.get() as { n: number }).n };
    },

    /**
     * Removes every demo account with what belongs only to them, in one transaction: their
     * targets, posts left with no target, and the accounts. Returns the removed ids so the caller
     * can drop their secrets. Posts that also target a real account keep those targets.
     */
    removeDemoAccounts(): string[] {
      return inTransaction(db, () => {
        const ids = (demoIds.all() as { id: string }[]).map((row) => row.id);
        const touchedPosts = (postsWithDemoTargets.all() as { post_id: string }[]).map((row) => row.post_id);
        deleteDemoTargets.run();
        deleteOrphanedPosts.run(JSON.stringify(touchedPosts));
        unlinkDemoAccounts.run();
        deleteDemoAccounts.run();
        return ids;
      });
    },
  };
}

export type AccountsRepository = ReturnType<typeof createAccountsRepository>;
