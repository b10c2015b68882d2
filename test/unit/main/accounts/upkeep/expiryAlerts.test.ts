import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { Notice } from '../../../../../preload/contract';
import { createAccountsRepository, type ConnectedAccount } from '../../../../../main/accounts/accountsRepository';
import { createDevelopmentCipher } from '../../../../../main/accounts/developmentCipher';
import { createTokenVault } from '../../../../../main/accounts/tokenVault';
import { createExpiryAlerts } from '../../../../../main/accounts/upkeep/expiryAlerts';
import { createSilentLogger } from '../../../../../main/diagnostics/logger';
import { openOutpostDatabase } from '../../../../../main/store/database';
import { useTempDirectory } from '../../../../support/useTempDirectory';

const DAY = 24 * 60 * 60 * 1000;

describe('expiry alerts', () => {
  const tempDirectory = useTempDirectory('alerts');

  /** Each set-up gets its own database, so one test can compare two. */
  function setUp(timezone = 'UTC', name = 'outpost') {
    const directory = join(tempDirectory(), name);
    let current = new Date('2026-12-06T12:00:00Z');
    const now = () => current;
    const database = openOutpostDatabase({ file: join(directory, 'outpost.db'), logger: createSilentLogger() });
    onTestFinished(() => database.close());
    const accounts = createAccountsRepository(database.db, now);
    const cipher = createDevelopmentCipher(join(directory, 'dev-secret.key'));
    const vault = createTokenVault(database.db, async () => cipher, createSilentLogger(), now);
    const notify = vi.fn<(message: { title: string; body: string }) => void>();
    const notices: Notice[] = [];
    const alerts = createExpiryAlerts({ db: database.db, notify, emitNotice: (notice) => notices.push(notice), timezone: () => timezone, now });
    const save = (overrides: Partial<ConnectedAccount>) =>
      accounts.save({
        platform: 'facebook',
        platformAccountId: '104000000000001',
        displayName: "Rosie's Bakery",
        username: null,
        avatarUrl: null,
        loginPath: 'facebook_login',
        isDemo: false,
        grantedScopes: [],
        linkedAccountId: null,
        signInUserId: '1',
        dataAccessExpiresAt: null,
        ...overrides,
      });
    const instagramLogin = () =>
      save({ platform: 'instagram', platformAccountId: '17841400000000001', displayName: '@rosiesbakery', loginPath: 'instagram_login' });
    return {
      accounts,
      vault,
      notify,
      notices,
      save,
      instagramLogin,
      pass: () => alerts.alertDue(accounts.list()),
      advance: (ms: number) => (current = new Date(current.getTime() + ms)),
      now,
    };
  }

  it('warns once about a sign-in that ends within 7 days, in plain words, as a notification and a toast', async () => {
    const t = setUp();
    const id = t.instagramLogin();
    await t.vault.store(`account:${id}:access_token`, 'IG', { expiresAt: new Date(t.now().getTime() + 6 * DAY).toISOString() });

    expect(t.pass()).toBe(1);
    const message = { title: 'Sign-in ending soon', body: '@rosiesbakery (Instagram): the saved sign-in ends on 12 December. Reconnect to keep publishing.' };
    expect(t.notify.mock.calls).toEqual([[message]]);
    expect(t.notices).toEqual([{ id: `account-alert:${id}:token_expiry`, level: 'warning', ...message }]);

    t.advance(DAY);
    expect(t.pass()).toBe(0);
    expect(t.notify).toHaveBeenCalledTimes(1);
  });

  it('warns again about a new deadline, and not about one further than 7 days away', async () => {
    const t = setUp();
    const id = t.instagramLogin();
    const storeExpiry = (days: number) =>
      t.vault.store(`account:${id}:access_token`, 'IG', { expiresAt: new Date(t.now().getTime() + days * DAY).toISOString() });

    await storeExpiry(8);
    expect(t.pass()).toBe(0);
    await storeExpiry(5);
    expect(t.pass()).toBe(1);
    await storeExpiry(4);
    expect(t.pass()).toBe(1);
    expect(t.notify).toHaveBeenCalledTimes(2);
  });

  it("names the day in the owner's time zone", () => {
    // 23:30 UTC on 11 December is already 12 December in Auckland (UTC+13 in summer).
    const t = setUp('Pacific/Auckland');
    t.save({ dataAccessExpiresAt: '2026-12-11T23:30:00.000Z' });
    t.pass();
    expect(t.notify.mock.calls[0]?.[0].body).toBe("Rosie's Bakery (Facebook): data access ends on 12 December. Reconnect to keep publishing.");

    const utc = setUp('UTC', 'in-utc');
    utc.save({ dataAccessExpiresAt: '2026-12-11T23:30:00.000Z' });
    utc.pass();
    expect(utc.notify.mock.calls[0]?.[0].body).toBe("Rosie's Bakery (Facebook): data access ends on 11 December. Reconnect to keep publishing.");
  });

  it('tells the owner once that an account needs reconnecting, and again if it breaks again after working', () => {
    const t = setUp();
    const id = t.save({});
    const reason = 'Facebook says the password changed, which ends every saved sign-in.';
    t.accounts.markNeedsReconnect(id, reason);

    expect(t.pass()).toBe(1);
    expect(t.notices.at(-1)).toEqual({
      id: `account-alert:${id}:needs_reconnect`,
      level: 'error',
      title: 'Sign-in needed',
      body: `Rosie's Bakery (Facebook): ${reason} Reconnect to keep publishing.`,
    });
    expect(t.pass()).toBe(0);

    t.accounts.markChecked(id);
    expect(t.pass()).toBe(0);
    t.accounts.markNeedsReconnect(id, reason);
    expect(t.pass()).toBe(1);
  });

  it('says only "reconnect" for a broken account, not its deadlines too', () => {
    const t = setUp();
    const id = t.save({ dataAccessExpiresAt: new Date(t.now().getTime() + 3 * DAY).toISOString() });
    t.accounts.markNeedsReconnect(id, 'Facebook says the sign-in expired.');
    expect(t.pass()).toBe(1);
    expect(t.notices.map((notice) => notice.id)).toEqual([`account-alert:${id}:needs_reconnect`]);
  });
});
