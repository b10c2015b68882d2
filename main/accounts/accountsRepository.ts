import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { TikTokCreatorSettings, type AccountSummary, type LoginPath, type Platform } from '../../preload/contract';
import { inTransaction } from '../store/transaction';
import { accountHealth } from './health/accountHealth';

export type { LoginPath };

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
  /** Who signed in; accounts sharing a sign-in share its revocation. */
  signInUserId: string | null;
  /** Meta's data access expiry for Facebook Login accounts; null elsewhere. */
  dataAccessExpiresAt: string | null;
}

/** What upkeep and disconnect need to know of a saved account. */
export interface AccountRecord {
  id: string;
  platform: Platform;
  platformAccountId: string;
  loginPath: LoginPath;
  isDemo: boolean;
  displayName: string;
  signInUserId: string | null;
  grantedScopes: string[];
  summary: AccountSummary;
}

interface AccountRow {
  id: string;
  platform: Platform;
  platform_account_id: string;
  display_name: string;
  username: string | null;
  avatar_url: string | null;
  is_demo: number;
  login_path: LoginPath;
  health: 'connected' | 'needs_reconnect';
  health_reason: string | null;
  granted_scopes: string;
  linked_account_id: string | null;
  connected_at: string;
  data_access_expires_at: string | null;
  checked_at: string | null;
  sign_in_user_id: string | null;
  token_expires_at: string | null;
  /** JSON of TikTokCreatorSettings, written by sign-in and upkeep. */
  tiktok_creator: string | null;
}

/** The secrets of one account live under this prefix in the token vault. */
export const accountSecretPrefix = (accountId: string) => `account:${accountId}:`;

/** What a sign-in saves per account: the token calls use, TikTok's refresh token, Meta's user token. */
export type AccountSecretKind = 'access_token' | 'refresh_token' | 'user_token';

/** The vault name of one of an account's secrets. */
export const accountSecretName = (accountId: string, kind: AccountSecretKind) => `${accountSecretPrefix(accountId)}${kind}`;

/**
 * The secret whose expiry is the account's deadline: Instagram Login's long-lived token (refreshed
 * by upkeep), TikTok's refresh token (its access token is renewed from it). Facebook Page tokens
 * from a long-lived user token do not expire (platform-apis.md 1.4), so those have none.
 */
const DEADLINE_SECRET = `CASE a.login_path WHEN 'instagram_login' THEN 'access_token' WHEN 'tiktok_login' THEN 'refresh_token' END`;

const COLUMNS = `a.id, a.platform, a.platform_account_id, a.display_name, a.username, a.avatar_url, a.is_demo,
  a.login_path, a.health, a.health_reason, a.granted_scopes, a.linked_account_id, a.connected_at,
  a.data_access_expires_at, a.checked_at, a.sign_in_user_id, a.tiktok_creator,
  (SELECT s.expires_at FROM secrets s WHERE s.name = 'account:' || a.id || ':' || ${DEADLINE_SECRET}) AS token_expires_at`;

export function createAccountsRepository(db: DatabaseSync, now: () => Date = () => new Date()) {
  const toSummary = (row: AccountRow): AccountSummary => {
    const grantedScopes = JSON.parse(row.granted_scopes) as string[];
    return {
      id: row.id,
      platform: row.platform,
      displayName: row.display_name,
      username: row.username,
      avatarUrl: row.avatar_url,
      isDemo: row.is_demo === 1,
      loginPath: row.login_path,
      grantedScopes,
      connectedAt: row.connected_at,
      linkedAccountId: row.linked_account_id,
      tiktokCreator: row.tiktok_creator === null ? null : TikTokCreatorSettings.parse(JSON.parse(row.tiktok_creator)),
      health: accountHealth(
        {
          platform: row.platform,
          loginPath: row.login_path,
          grantedScopes,
          reconnectReason: row.health === 'needs_reconnect' ? (row.health_reason ?? 'The platform no longer accepts the saved sign-in.') : null,
          tokenExpiresAt: row.token_expires_at,
          dataAccessExpiresAt: row.data_access_expires_at,
          checkedAt: row.checked_at,
        },
        now(),
      ),
    };
  };
  const toRecord = (row: AccountRow): AccountRecord => {
    const summary = toSummary(row);
    return {
      id: row.id,
      platform: row.platform,
      platformAccountId: row.platform_account_id,
      loginPath: row.login_path,
      isDemo: row.is_demo === 1,
      displayName: row.display_name,
      signInUserId: row.sign_in_user_id,
      grantedScopes: summary.grantedScopes,
      summary,
    };
  };

  const selectActive = db.prepare(`
    SELECT ${COLUMNS} FROM accounts a WHERE a.disconnected_at IS NULL
    ORDER BY a.is_demo, a.platform, a.display_name COLLATE NOCASE, a.id`);
  const selectOne = db.prepare(`SELECT ${COLUMNS} FROM accounts a WHERE a.id = ? AND a.disconnected_at IS NULL`);
  const selectIdentity = db.prepare('SELECT id FROM accounts WHERE platform = ? AND platform_account_id = ? AND is_demo = ?');
  const selectActiveIdentity = db.prepare(
    'SELECT id FROM accounts WHERE platform = ? AND platform_account_id = ? AND is_demo = ? AND disconnected_at IS NULL',
  );
  const insert = db.prepare(`
    INSERT INTO accounts (id, platform, platform_account_id, display_name, username, avatar_url, login_path,
      is_demo, linked_account_id, granted_scopes, health, created_at, connected_at, data_access_expires_at, sign_in_user_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'connected', ?, ?, ?, ?)`);
  // Signing in again refreshes what the platform says, clears "needs reconnect" and re-attaches a
  // disconnected account with its history.
  const update = db.prepare(`
    UPDATE accounts SET display_name = ?, username = ?, avatar_url = ?, login_path = ?, linked_account_id = ?,
      granted_scopes = ?, health = 'connected', health_reason = NULL, connected_at = ?, data_access_expires_at = ?,
      sign_in_user_id = ?, disconnected_at = NULL WHERE id = ?`);
  const setReconnect = db.prepare(`UPDATE accounts SET health = 'needs_reconnect', health_reason = ?, checked_at = ? WHERE id = ?`);
  const setChecked = db.prepare(`
    UPDATE accounts SET health = 'connected', health_reason = NULL, checked_at = ?, granted_scopes = coalesce(?, granted_scopes)
    WHERE id = ?`);
  const countDemo = db.prepare('SELECT count(*) AS n FROM accounts WHERE is_demo = 1 AND disconnected_at IS NULL');
  const countAll = db.prepare('SELECT count(*) AS n FROM accounts WHERE disconnected_at IS NULL');
  const sharingSignIn = db.prepare(`
    SELECT count(*) AS n FROM accounts WHERE id <> ? AND login_path = ? AND is_demo = ? AND disconnected_at IS NULL
      AND sign_in_user_id IS ?`);
  const setTikTokCreator = db.prepare('UPDATE accounts SET tiktok_creator = ? WHERE id = ?');
  const setDisconnected = db.prepare('UPDATE accounts SET disconnected_at = ?, checked_at = NULL WHERE id = ?');
  const postsOfAccount = db.prepare('SELECT DISTINCT post_id FROM targets WHERE account_id = ?');
  // Drafts are the owner's words, not the account's history: they stay, waiting for an account.
  const keepDraftsOfAccount = db.prepare("UPDATE targets SET account_id = NULL WHERE account_id = ? AND status = 'draft'");
  const deleteTargetsOfAccount = db.prepare('DELETE FROM targets WHERE account_id = ?');
  const unlinkFrom = db.prepare('UPDATE accounts SET linked_account_id = NULL WHERE linked_account_id = ?');
  const deleteAccount = db.prepare('DELETE FROM accounts WHERE id = ?');
  const demoIds = db.prepare('SELECT id FROM accounts WHERE is_demo = 1');
  const demoAccounts = 'SELECT id FROM accounts WHERE is_demo = 1';
  const postsWithDemoTargets = db.prepare(`SELECT DISTINCT post_id FROM targets WHERE account_id IN (${demoAccounts})`);
  const keepDraftsOfDemoAccounts = db.prepare(`UPDATE targets SET account_id = NULL WHERE account_id IN (${demoAccounts}) AND status = 'draft'`);
  const deleteDemoTargets = db.prepare(`DELETE FROM targets WHERE account_id IN (${demoAccounts})`);
  const deleteOrphanedPosts = db.prepare(`
    DELETE FROM posts WHERE id IN (SELECT value FROM json_each(?))
      AND NOT EXISTS (SELECT 1 FROM targets WHERE targets.post_id = posts.id)`);
  // Links between demo accounts go first, so no foreign key points at a row being deleted.
  const unlinkDemoAccounts = db.prepare('UPDATE accounts SET linked_account_id = NULL WHERE is_demo = 1');
  const deleteDemoAccounts = db.prepare('DELETE FROM accounts WHERE is_demo = 1');

  const rows = () => selectActive.all() as unknown as AccountRow[];
  const one = (id: string) => selectOne.get(id) as unknown as AccountRow | undefined;

  return {
    /** The connected accounts (disconnected ones whose history was kept are not listed). */
    list: (): AccountSummary[] => rows().map(toSummary),
    records: (): AccountRecord[] => rows().map(toRecord),
    get: (id: string): AccountRecord | undefined => {
      const row = one(id);
      return row ? toRecord(row) : undefined;
    },

    /** Adds the account, or refreshes it when the same platform identity was connected before. */
    save(account: ConnectedAccount): string {
      const scopes = JSON.stringify(account.grantedScopes);
      const at = now().toISOString();
      const existing = selectIdentity.get(account.platform, account.platformAccountId, account.isDemo ? 1 : 0) as
        | { id: string }
        | undefined;
      if (existing) {
        update.run(
          account.displayName,
          account.username,
          account.avatarUrl,
          account.loginPath,
          account.linkedAccountId,
          scopes,
          at,
          account.dataAccessExpiresAt,
          account.signInUserId,
          existing.id,
        );
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
        at,
        at,
        account.dataAccessExpiresAt,
        account.signInUserId,
      );
      return id;
    },

    isConnected(platform: Platform, platformAccountId: string, isDemo: boolean): boolean {
      return selectActiveIdentity.get(platform, platformAccountId, isDemo ? 1 : 0) !== undefined;
    },

    /** The platform no longer accepts the account's sign-in; `reason` is shown to the owner. */
    markNeedsReconnect(id: string, reason: string): void {
      setReconnect.run(reason, now().toISOString(), id);
    },

    /** Upkeep verified the account; `grantedScopes` replaces the stored ones when the check read them. */
    markChecked(id: string, grantedScopes?: readonly string[]): void {
      setChecked.run(now().toISOString(), grantedScopes ? JSON.stringify(grantedScopes) : null, id);
    },

    /** TikTok: the creator's posting settings as just read (at sign-in and by upkeep). */
    setTikTokCreator(id: string, settings: TikTokCreatorSettings): void {
      setTikTokCreator.run(JSON.stringify(settings), id);
    },

    /** Whether another connected account came from the same sign-in (and so shares its revocation). */
    sharesSignIn(record: AccountRecord): boolean {
      const row = sharingSignIn.get(record.id, record.loginPath, record.isDemo ? 1 : 0, record.signInUserId) as { n: number };
      return row.n > 0;
    },

    /**
     * Disconnects an account. Keeping the history leaves the row (hidden from the list) so posts keep
     * their account and a later sign-in re-attaches them; otherwise its history (targets past the
     * draft stage), posts left with no target, and the row go, in one transaction. Drafts stay,
     * with the account to be chosen again.
     */
    disconnect(id: string, keepHistory: boolean): void {
      inTransaction(db, () => {
        if (keepHistory) {
          setDisconnected.run(now().toISOString(), id);
          return;
        }
        const touchedPosts = (postsOfAccount.all(id) as { post_id: string }[]).map((row) => row.post_id);
        keepDraftsOfAccount.run(id);
        deleteTargetsOfAccount.run(id);
        deleteOrphanedPosts.run(JSON.stringify(touchedPosts));
        unlinkFrom.run(id);
        deleteAccount.run(id);
      });
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
        keepDraftsOfDemoAccounts.run();
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
