import { describe, expect, it } from 'vitest';
import { graphPath } from '../../../../../main/platforms/meta/graphConventions';
import { tiktokPath } from '../../../../../main/platforms/tiktok/tiktokConventions';
import { useTempDirectory } from '../../../../support/useTempDirectory';
import { DAY, HOUR, START, metaError, platformError, upkeepWorld, type FakeCall } from './upkeepFixtures';

const PAGE_ID = '104000000000001';
const IG_ID = '17841400000000001';
const ALL_PAGE_SCOPES = ['pages_show_list', 'pages_manage_posts', 'pages_read_engagement', 'publish_video', 'pages_manage_engagement', 'read_insights'];
const ALL_INSTAGRAM_SCOPES = ['instagram_basic', 'instagram_content_publish', 'pages_read_engagement', 'instagram_manage_comments', 'instagram_manage_insights'];
const permissionRows = (granted: string[], declined: string[] = []) => ({
  data: [...granted.map((permission) => ({ permission, status: 'granted' })), ...declined.map((permission) => ({ permission, status: 'declined' }))],
});
const form = (call: FakeCall) => call.data as URLSearchParams;

describe('token upkeep', () => {
  const tempDirectory = useTempDirectory('upkeep');
  const world = () => upkeepWorld(tempDirectory());

  describe('Instagram Login', () => {
    async function instagramAccount(w: ReturnType<typeof world>, expiresAt = new Date(START.getTime() + 60 * DAY)) {
      const id = w.save({
        platform: 'instagram',
        platformAccountId: IG_ID,
        displayName: '@rosiesbakery',
        loginPath: 'instagram_login',
        grantedScopes: ['instagram_business_basic', 'instagram_business_content_publish', 'instagram_business_manage_comments', 'instagram_business_manage_insights'],
      });
      await w.store(id, 'access_token', 'IG-original', expiresAt);
      return id;
    }

    it('verifies a token younger than 24 hours with a profile read, without refreshing it', async () => {
      const w = world();
      const id = await instagramAccount(w);
      w.platforms.route(`instagramGraph GET ${graphPath(IG_ID)}`, () => ({ id: IG_ID, username: 'rosiesbakery' }));
      w.advance(23 * HOUR);

      const report = await w.upkeep.runPass();

      expect(report).toMatchObject({ refreshed: 0, verified: 1, needsReconnect: 0, skipped: [] });
      expect(w.platforms.calls.map((call) => [call.url, call.params.access_token])).toEqual([[graphPath(IG_ID), 'IG-original']]);
      expect(await w.secret(id, 'access_token')).toBe('IG-original');
      expect(w.health(id)?.checkedAt).toBe(w.now().toISOString());
      expect(w.onAccountsChanged).toHaveBeenCalledTimes(1);
    });

    it('refreshes a token 24 hours old, storing the new one with the expiry Instagram gave', async () => {
      const w = world();
      const id = await instagramAccount(w);
      w.platforms.route('instagramGraph GET /refresh_access_token', (call) => {
        expect(call.params).toEqual({ grant_type: 'ig_refresh_token', access_token: 'IG-original' });
        return { access_token: 'IG-refreshed', token_type: 'bearer', expires_in: 5_000_000 };
      });
      w.advance(25 * HOUR);

      const report = await w.upkeep.runPass();

      expect(report).toMatchObject({ refreshed: 1, verified: 0 });
      expect(await w.secret(id, 'access_token')).toBe('IG-refreshed');
      const expected = new Date(w.now().getTime() + 5_000_000 * 1000).toISOString();
      expect(w.health(id)).toMatchObject({ state: 'connected', tokenExpiresAt: expected });
    });

    it('asks nothing about a token whose stored expiry has passed: health already says reconnect', async () => {
      const w = world();
      const id = await instagramAccount(w, new Date(START.getTime() + DAY));
      w.advance(2 * DAY);

      const report = await w.upkeep.runPass();

      expect(report.skipped).toEqual([{ accountId: id, reason: 'deadline_passed' }]);
      expect(w.accessRequests).toEqual([]);
      expect(w.health(id)).toMatchObject({ state: 'needs_reconnect', reason: 'The saved sign-in has expired.' });
      expect(w.onAccountsChanged).not.toHaveBeenCalled();
    });
  });

  describe('TikTok', () => {
    async function tiktokAccount(w: ReturnType<typeof world>, openId = 'open-1') {
      const id = w.save({ platform: 'tiktok', platformAccountId: openId, displayName: `Rosie ${openId}`, loginPath: 'tiktok_login' });
      await w.store(id, 'access_token', 'act.old', new Date(START.getTime() + HOUR));
      await w.store(id, 'refresh_token', 'rft.old', new Date(START.getTime() + 300 * DAY));
      return id;
    }

    it('refreshes with the app, and stores the rotated refresh token with the lifetimes TikTok gave', async () => {
      const w = world();
      const id = await tiktokAccount(w);
      w.platforms.apps.tiktok = { appId: 'sbawclientkey', appSecret: 'client-secret' };
      w.platforms.route(`tiktokApi POST ${tiktokPath('oauth/token/')}`, (call) => {
        expect(Object.fromEntries(form(call))).toEqual({
          client_key: 'sbawclientkey',
          client_secret: 'client-secret',
          grant_type: 'refresh_token',
          refresh_token: 'rft.old',
        });
        // Lifetimes from the answer (a newer TikTok page says 2 hours and 180 days), never constants.
        return { open_id: 'open-1', scope: 'user.info.basic,video.publish', access_token: 'act.new', expires_in: 7200, refresh_token: 'rft.new', refresh_expires_in: 15_552_000 };
      });

      const report = await w.upkeep.runPass();

      expect(report).toMatchObject({ refreshed: 1 });
      expect(await w.secret(id, 'refresh_token')).toBe('rft.new');
      expect(await w.secret(id, 'access_token')).toBe('act.new');
      const after = (seconds: number) => new Date(START.getTime() + seconds * 1000).toISOString();
      expect(w.vault.info(`account:${id}:access_token`)?.expiresAt).toBe(after(7200));
      expect(w.health(id)?.tokenExpiresAt).toBe(after(15_552_000));
      expect(w.accounts.get(id)?.grantedScopes).toEqual(['user.info.basic', 'video.publish']);
      expect(w.health(id)?.missingPermissions.map((missing) => missing.feature)).toContain('TikTok insights');
    });

    it('leaves TikTok accounts as they are while the developer app is not set up, and says so once', async () => {
      const w = world();
      const first = await tiktokAccount(w, 'open-1');
      const second = await tiktokAccount(w, 'open-2');
      const before = w.health(first);

      const report = await w.upkeep.runPass();

      expect(report.developerAppsMissing).toEqual(['tiktok']);
      expect(report.skipped).toEqual([
        { accountId: first, reason: 'developer_app_missing' },
        { accountId: second, reason: 'developer_app_missing' },
      ]);
      expect(w.health(first)).toEqual(before);
      expect(w.lines.filter((line) => line.msg.includes('developer app'))).toHaveLength(1);
      expect(w.onAccountsChanged).not.toHaveBeenCalled();
    });
  });

  describe('Facebook Login', () => {
    async function pageAccount(w: ReturnType<typeof world>, platform: 'facebook' | 'instagram' = 'facebook', userTokenExpiresAt?: Date) {
      const id = w.save({
        platform,
        platformAccountId: platform === 'facebook' ? PAGE_ID : IG_ID,
        grantedScopes: [...ALL_PAGE_SCOPES, ...ALL_INSTAGRAM_SCOPES],
      });
      await w.store(id, 'access_token', 'EAA-page');
      await w.store(id, 'user_token', 'EAA-user', userTokenExpiresAt ?? new Date(START.getTime() + 60 * DAY));
      return id;
    }

    it('reads the granted permissions with the user token and proves the Page token works', async () => {
      const w = world();
      const id = await pageAccount(w);
      w.platforms.route(`metaGraph GET ${graphPath('me', 'permissions')}`, () => permissionRows(ALL_PAGE_SCOPES.filter((p) => p !== 'read_insights'), ['read_insights']));
      w.platforms.route(`metaGraph GET ${graphPath(PAGE_ID)}`, () => ({ id: PAGE_ID }));

      const report = await w.upkeep.runPass();

      expect(report).toMatchObject({ verified: 1, needsReconnect: 0 });
      expect(w.platforms.calls.map((call) => [call.url, call.params.access_token])).toEqual([
        [graphPath('me', 'permissions'), 'EAA-user'],
        [graphPath(PAGE_ID), 'EAA-page'],
      ]);
      expect(w.health(id)).toMatchObject({ state: 'missing_permission', missingPermissions: [{ permission: 'read_insights', feature: 'Page insights' }] });
    });

    it('counts an Instagram account as working when only a permission is missing, and names the feature', async () => {
      const w = world();
      const id = await pageAccount(w, 'instagram');
      w.platforms.route(`metaGraph GET ${graphPath('me', 'permissions')}`, () =>
        permissionRows(ALL_INSTAGRAM_SCOPES.filter((p) => p !== 'instagram_basic'), ['instagram_basic']),
      );
      w.platforms.route(`metaGraph GET ${graphPath(IG_ID)}`, () => {
        throw metaError(10);
      });

      const report = await w.upkeep.runPass();

      expect(report).toMatchObject({ verified: 1, skipped: [] });
      expect(w.health(id)).toMatchObject({ state: 'missing_permission', missingPermissions: [{ permission: 'instagram_basic', feature: 'Publish to Instagram' }] });
    });

    it('once the user token has lapsed, checks only the Page token, which outlives it', async () => {
      const w = world();
      const id = await pageAccount(w, 'facebook', new Date(START.getTime() - HOUR));
      w.platforms.route(`metaGraph GET ${graphPath(PAGE_ID)}`, () => ({ id: PAGE_ID }));

      await w.upkeep.runPass();

      expect(w.platforms.calls.map((call) => call.url)).toEqual([graphPath(PAGE_ID)]);
      expect(w.health(id)).toMatchObject({ state: 'connected', checkedAt: START.toISOString() });
      expect(w.accounts.get(id)?.grantedScopes).toEqual([...ALL_PAGE_SCOPES, ...ALL_INSTAGRAM_SCOPES]);
    });

    it.each([
      ['a changed password (190/460)', metaError(190, 460), 'Facebook says the password changed, which ends every saved sign-in.'],
      ['a removed app (190/458)', metaError(190, 458), 'Facebook says Outpost’s access was removed (the app was removed from the account’s settings).'],
      ['an invalid token (190)', metaError(190), 'Facebook says the sign-in was revoked (the app was removed or the password changed).'],
    ])('asks the owner to reconnect after %s, in plain words', async (_case, error, reason) => {
      const w = world();
      const id = await pageAccount(w);
      w.platforms.route(`metaGraph GET ${graphPath('me', 'permissions')}`, () => {
        throw error;
      });

      const report = await w.upkeep.runPass();

      expect(report.needsReconnect).toBe(1);
      expect(w.health(id)).toMatchObject({ state: 'needs_reconnect', reason });
      expect(w.onAccountsChanged).toHaveBeenCalledTimes(1);
    });

    it.each([
      ['the platform is down (503)', platformError({ platform: 'meta', network: 'metaGraph', httpStatus: 503 }), 'platform_unavailable'],
      ['no network', platformError({ platform: 'meta', network: 'metaGraph', transport: 'ENOTFOUND' }), 'platform_unavailable'],
      ['a throttle (code 4)', metaError(4), 'rate_limited'],
      ['a refusal (code 100)', metaError(100), 'platform_refused'],
      ['a bug', new Error('boom'), 'unexpected'],
    ])('leaves the account as it was when %s', async (_case, error, reason) => {
      const w = world();
      const id = await pageAccount(w);
      const before = w.health(id);
      w.platforms.route(`metaGraph GET ${graphPath('me', 'permissions')}`, () => {
        throw error;
      });

      const report = await w.upkeep.runPass();

      expect(report.skipped).toEqual([{ accountId: id, reason }]);
      expect(w.health(id)).toEqual(before);
      expect(w.onAccountsChanged).not.toHaveBeenCalled();
      expect(w.lines).toContainEqual(expect.objectContaining({ msg: expect.stringContaining('left as it was'), accountId: id, why: reason }));
    });

    it('asks for a reconnect when the vault has no sign-in for the account', async () => {
      const w = world();
      const id = w.save();

      await w.upkeep.runPass();

      expect(w.health(id)).toMatchObject({ state: 'needs_reconnect', reason: 'Outpost has no sign-in saved for this account.' });
    });
  });

  it('checks every account even when one fails, and alerts after the pass with the new state', async () => {
    const w = world();
    const broken = w.save({ platform: 'instagram', platformAccountId: IG_ID, displayName: '@rosiesbakery', loginPath: 'instagram_login' });
    await w.store(broken, 'access_token', 'IG-original', new Date(START.getTime() + 60 * DAY));
    const page = w.save();
    await w.store(page, 'access_token', 'EAA-page');
    await w.store(page, 'user_token', 'EAA-user', new Date(START.getTime() + 60 * DAY));
    w.platforms.route(`instagramGraph GET ${graphPath(IG_ID)}`, () => {
      throw new Error('boom');
    });
    w.platforms.route(`metaGraph GET ${graphPath('me', 'permissions')}`, () => permissionRows(ALL_PAGE_SCOPES));
    w.platforms.route(`metaGraph GET ${graphPath(PAGE_ID)}`, () => ({ id: PAGE_ID }));
    w.alerts.alertDue.mockReturnValue(2);

    const report = await w.upkeep.runPass();

    expect(report).toMatchObject({ verified: 1, skipped: [{ accountId: broken, reason: 'unexpected' }], alerted: 2 });
    expect(w.alerts.alertDue).toHaveBeenCalledWith(w.accounts.list());
    expect(w.health(page)?.checkedAt).toBe(START.toISOString());
  });

  it('asks each environment for its platforms once per pass, and only when an account needs them', async () => {
    const w = world();
    for (const [platformAccountId, isDemo] of [['1', true], ['2', true], ['3', false]] as const) {
      const id = w.save({ platformAccountId, isDemo });
      await w.store(id, 'access_token', 'EAA-page');
      await w.store(id, 'user_token', 'EAA-user', new Date(START.getTime() + 60 * DAY));
    }
    const expired = w.save({ platform: 'instagram', platformAccountId: IG_ID, loginPath: 'instagram_login', isDemo: false });
    await w.store(expired, 'access_token', 'IG-old', new Date(START.getTime() - DAY));
    w.platforms.route(`metaGraph GET ${graphPath('me', 'permissions')}`, () => permissionRows(ALL_PAGE_SCOPES));
    for (const pageId of ['1', '2', '3']) w.platforms.route(`metaGraph GET ${graphPath(pageId)}`, () => ({ id: pageId }));

    await w.upkeep.runPass();
    expect(w.accessRequests.sort()).toEqual([false, true]);

    w.accounts.disconnect(w.accounts.records().find((record) => record.platformAccountId === '3')!.id, false);
    w.accessRequests.length = 0;
    await w.upkeep.runPass();
    expect(w.accessRequests).toEqual([true]);
  });

  it('runs one pass at a time: a second call joins the running one', async () => {
    const w = world();
    const id = w.save({ platform: 'instagram', platformAccountId: IG_ID, loginPath: 'instagram_login' });
    await w.store(id, 'access_token', 'IG-original', new Date(START.getTime() + 60 * DAY));
    w.platforms.route(`instagramGraph GET ${graphPath(IG_ID)}`, () => ({ id: IG_ID, username: 'rosiesbakery' }));

    const first = w.upkeep.runPass();
    const second = w.upkeep.runPass();

    expect(second).toBe(first);
    await first;
    expect(w.platforms.calls).toHaveLength(1);
    const third = w.upkeep.runPass();
    expect(third).not.toBe(first);
    await third;
    expect(w.platforms.calls).toHaveLength(2);
  });
});
