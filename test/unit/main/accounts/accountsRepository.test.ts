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

  it('removes demo accounts with their posts in one step, leaving real accounts and shared posts', () => {
    const { database, accounts, posts } = open();
    const demoPage = accounts.save(page());
    const demoInstagram = accounts.save(page({ platform: 'instagram', platformAccountId: '2002', linkedAccountId: demoPage }));
    const realPage = accounts.save(page({ isDemo: false, platformAccountId: '3003' }));
    const at = '2026-11-20T10:00:00.000Z';
    const target = (id: string, accountId: string) => ({ id, accountId, status: 'draft' as const, dueAtUtc: null, timezone: null, caption: null });
    posts.insertPostWithTargets({ id: 'demo-only', body: 'Croissants!', createdAt: at }, [target('t1', demoPage), target('t2', demoInstagram)]);
    posts.insertPostWithTargets({ id: 'shared', body: 'Open late', createdAt: at }, [target('t3', demoPage), target('t4', realPage)]);
    posts.insertPostWithTargets({ id: 'real-only', body: 'Closed Monday', createdAt: at }, [target('t5', realPage)]);
    posts.insertPostWithTargets({ id: 'unassigned', body: 'Idea', createdAt: at }, []);

    expect(accounts.removeDemoAccounts().sort()).toEqual([demoPage, demoInstagram].sort());

    expect(accounts.list().map((a) => a.id)).toEqual([realPage]);
    const remainingPosts = database.db.prepare('SELECT id FROM posts ORDER BY id').all().map((r) => r.id);
    expect(remainingPosts).toEqual(['real-only', 'shared', 'unassigned']);
    const remainingTargets = database.db.prepare('SELECT id FROM targets ORDER BY id').all().map((r) => r.id);
    expect(remainingTargets).toEqual(['t4', 't5']);
    database.close();
  });
});
