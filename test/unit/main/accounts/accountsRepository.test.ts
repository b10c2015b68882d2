import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAccountsRepository, type ConnectedAccount } from '../../../../main/accounts/accountsRepository';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { openOutpostDatabase } from '../../../../main/store/database';
import { createPostsRepository } from '../../../../main/store/postsRepository';
import { useTempDirectory } from '../../../support/useTempDirectory';

const page = (overrides: Partial<ConnectedAccount> = {}): ConnectedAccount => ({
  platform: 'facebook',
  platformAccountId: '1001',
  displayName: "Rosie's Bakery",
  username: null,
  avatarUrl: null,
  loginPath: 'facebook_login',
  isDemo: true,
  grantedScopes: ['pages_show_list'],
  linkedAccountId: null,
  signInUserId: '5001',
  dataAccessExpiresAt: null,
  ...overrides,
});

describe('accounts repository', () => {
  const tempDirectory = useTempDirectory('accounts');
  const open = () => {
    const database = openOutpostDatabase({ file: join(tempDirectory(), 'outpost.db'), logger: createSilentLogger() });
    return { database, accounts: createAccountsRepository(database.db), posts: createPostsRepository(database.db) };
  };

  it('saves an account once per platform identity and environment, refreshing it on reconnect', () => {
    const { database, accounts } = open();
    const first = accounts.save(page());
    const again = accounts.save(page({ displayName: "Rosie's Bakery & Café" }));
    const live = accounts.save(page({ isDemo: false }));
    expect(again).toBe(first);
    expect(live).not.toBe(first);
    expect(accounts.list().map((a) => [a.displayName, a.isDemo])).toEqual([
      ["Rosie's Bakery", false],
      ["Rosie's Bakery & Café", true],
    ]);
    expect(accounts.counts()).toEqual({ all: 2, demo: 1 });
    database.close();
  });

  it('removes demo accounts with their history in one step, leaving real accounts, shared posts and drafts', () => {
    const { database, accounts, posts } = open();
    const demoPage = accounts.save(page());
    const demoInstagram = accounts.save(page({ platform: 'instagram', platformAccountId: '2002', linkedAccountId: demoPage }));
    const realPage = accounts.save(page({ isDemo: false, platformAccountId: '3003' }));
    const at = '2026-11-20T10:00:00.000Z';
    const target = (id: string, accountId: string, status: 'draft' | 'published' = 'published') =>
      ({ id, accountId, status, dueAtUtc: null, timezone: null, caption: null });
    posts.insertPostWithTargets({ id: 'demo-only', body: 'Croissants!', createdAt: at }, [target('t1', demoPage), target('t2', demoInstagram)]);
    posts.insertPostWithTargets({ id: 'shared', body: 'Open late', createdAt: at }, [target('t3', demoPage), target('t4', realPage)]);
    posts.insertPostWithTargets({ id: 'real-only', body: 'Closed Monday', createdAt: at }, [target('t5', realPage)]);
    posts.insertPostWithTargets({ id: 'unassigned', body: 'Idea', createdAt: at }, []);
    posts.insertPostWithTargets({ id: 'demo-draft', body: 'Words the owner wrote', createdAt: at }, [target('t6', demoInstagram, 'draft')]);

    expect(accounts.removeDemoAccounts().sort()).toEqual([demoPage, demoInstagram].sort());

    expect(accounts.list().map((a) => a.id)).toEqual([realPage]);
    const remainingPosts = database.db.prepare('SELECT id FROM posts ORDER BY id').all().map((r) => r.id);
    expect(remainingPosts).toEqual(['demo-draft', 'real-only', 'shared', 'unassigned']);
    const remainingTargets = database.db.prepare('SELECT id, account_id FROM targets ORDER BY id').all();
    expect(remainingTargets).toEqual([
      { id: 't4', account_id: realPage },
      { id: 't5', account_id: realPage },
      { id: 't6', account_id: null },
    ]);
    database.close();
  });

  const at = '2026-11-20T10:00:00.000Z';
  const draft = (id: string, accountId: string) => ({ id, accountId, status: 'draft' as const, dueAtUtc: null, timezone: null, caption: null });

  it('disconnects keeping the history: the account leaves the list, its posts stay, signing in again re-attaches them', () => {
    const { database, accounts, posts } = open();
    const id = accounts.save(page({ isDemo: false }));
    posts.insertPostWithTargets({ id: 'p1', body: 'Sourdough Saturday', createdAt: at }, [draft('t1', id)]);
    accounts.disconnect(id, true);
    expect(accounts.list()).toEqual([]);
    expect(accounts.get(id)).toBeUndefined();
    expect(accounts.isConnected('facebook', '1001', false)).toBe(false);
    expect(database.db.prepare('SELECT account_id FROM targets').all()).toEqual([{ account_id: id }]);
    expect(accounts.save(page({ isDemo: false }))).toBe(id);
    expect(accounts.list().map((a) => a.id)).toEqual([id]);
    database.close();
  });

  it('disconnects deleting the history: its published targets, posts left without targets, and links to it go; drafts stay', () => {
    const { database, accounts, posts } = open();
    const pageId = accounts.save(page({ isDemo: false }));
    const instagramId = accounts.save(page({ isDemo: false, platform: 'instagram', platformAccountId: '2002', linkedAccountId: pageId }));
    const published = (id: string, accountId: string) => ({ ...draft(id, accountId), status: 'published' as const });
    posts.insertPostWithTargets({ id: 'only-page', body: 'a', createdAt: at }, [published('t1', pageId)]);
    posts.insertPostWithTargets({ id: 'both', body: 'b', createdAt: at }, [published('t2', pageId), published('t3', instagramId)]);
    posts.insertPostWithTargets({ id: 'draft', body: 'c', createdAt: at }, [draft('t4', pageId)]);
    accounts.disconnect(pageId, false);
    expect(database.db.prepare('SELECT id FROM posts ORDER BY id').all().map((r) => r.id)).toEqual(['both', 'draft']);
    expect(database.db.prepare('SELECT id, account_id FROM targets ORDER BY id').all()).toEqual([
      { id: 't3', account_id: instagramId },
      { id: 't4', account_id: null },
    ]);
    expect(accounts.list().map((a) => [a.id, a.linkedAccountId])).toEqual([[instagramId, null]]);
    database.close();
  });

  it('knows which accounts share one sign-in, so revoking one would cut off the others', () => {
    const { database, accounts } = open();
    const first = accounts.save(page({ isDemo: false, signInUserId: 'meta-user-1' }));
    const second = accounts.save(page({ isDemo: false, platformAccountId: '1002', signInUserId: 'meta-user-1' }));
    const other = accounts.save(page({ isDemo: false, platformAccountId: '1003', signInUserId: 'meta-user-2' }));
    expect(accounts.sharesSignIn(accounts.get(first)!)).toBe(true);
    expect(accounts.sharesSignIn(accounts.get(other)!)).toBe(false);
    accounts.disconnect(second, true);
    expect(accounts.sharesSignIn(accounts.get(first)!)).toBe(false);
    database.close();
  });

  it('reports health from what upkeep recorded, the granted scopes and the deadline secret', () => {
    let now = new Date('2026-11-20T10:00:00.000Z');
    const database = openOutpostDatabase({ file: join(tempDirectory(), 'outpost.db'), logger: createSilentLogger() });
    const accounts = createAccountsRepository(database.db, () => now);
    const tiktok = accounts.save(page({ platform: 'tiktok', loginPath: 'tiktok_login', platformAccountId: 'open-1', isDemo: false,
      grantedScopes: ['user.info.basic', 'user.info.profile', 'video.upload', 'video.publish', 'user.info.stats', 'video.list'] }));
    const insert = database.db.prepare("INSERT INTO secrets (name, backend, ciphertext, expires_at, updated_at) VALUES (?, 'test', x'00', ?, ?)");
    insert.run(`account:${tiktok}:access_token`, '2026-11-21T10:00:00.000Z', at);
    insert.run(`account:${tiktok}:refresh_token`, '2026-11-25T10:00:00.000Z', at);
    const health = () => accounts.get(tiktok)!.summary.health;
    // The refresh token is the deadline: the access token renews from it.
    expect(health()).toMatchObject({ state: 'expiring', tokenExpiresAt: '2026-11-25T10:00:00.000Z', reason: null });
    now = new Date('2026-11-26T10:00:00.000Z');
    expect(health()).toMatchObject({ state: 'needs_reconnect', reason: 'The saved sign-in has expired.' });
    now = new Date('2026-11-20T10:00:00.000Z');
    accounts.markChecked(tiktok, ['user.info.basic', 'user.info.profile', 'user.info.stats', 'video.list']);
    expect(health()).toMatchObject({ state: 'missing_permission', checkedAt: now.toISOString() });
    expect(health().missingPermissions).toEqual([
      { permission: 'video.upload', feature: 'Publish to TikTok' },
      { permission: 'video.publish', feature: 'Publish to TikTok' },
    ]);
    accounts.markNeedsReconnect(tiktok, 'TikTok says the sign-in was revoked.');
    expect(health()).toMatchObject({ state: 'needs_reconnect', reason: 'TikTok says the sign-in was revoked.' });
    database.close();
  });
});
