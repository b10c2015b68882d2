import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountHealth, Notice } from '../../../preload/contract';
import { createAccountsRepository, type AccountsRepository, type ConnectedAccount } from '../../../main/accounts/accountsRepository';
import { createDevelopmentCipher } from '../../../main/accounts/developmentCipher';
import { dataAccessExpiry } from '../../../main/accounts/health/accountHealth';
import type { PlatformAccess } from '../../../main/accounts/platformAccess';
import type { SecretCipher } from '../../../main/accounts/secretCipher';
import { createTokenVault, type TokenVault } from '../../../main/accounts/tokenVault';
import { accountSecretName, type AccountSecretKind } from '../../../main/accounts/accountsRepository';
import { createExpiryAlerts } from '../../../main/accounts/upkeep/expiryAlerts';
import { createTokenUpkeep, type TokenUpkeep } from '../../../main/accounts/upkeep/tokenUpkeep';
import { createSilentLogger } from '../../../main/diagnostics/logger';
import { resolveEndpoints } from '../../../main/platforms/endpoints';
import { graphPath } from '../../../main/platforms/meta/graphConventions';
import { fetchGrantedPermissions, fetchManagedPages, fetchPageInstagramAccountId } from '../../../main/platforms/meta/graphUser';
import { createPlatformNetworks, type PlatformNetworks } from '../../../main/platforms/platformNetworks';
import { createUsageLedger } from '../../../main/platforms/usageLedger';
import { createManualClock, startSandbox, type DemoAccounts, type Sandbox } from '../../../main/sandbox';
import { REFRESH_TOKEN_SECONDS } from '../../../main/sandbox/tiktok/tiktokTokens';
import { openOutpostDatabase, type OpenedDatabase } from '../../../main/store/database';
import { makeTempDirectory } from '../../support/tempDirectory';

const HOUR = 60 * 60 * 1000;
const INSTAGRAM_LOGIN_SCOPES = [
  'instagram_business_basic',
  'instagram_business_content_publish',
  'instagram_business_manage_comments',
  'instagram_business_manage_insights',
];

/**
 * Token upkeep over real HTTP against the sandbox: accounts and secrets saved the way sign-in
 * saves them, then passes on the sandbox's clock while the sandbox expires, revokes, declines and
 * fails. Every test gets a fresh sandbox and database.
 */
describe('token upkeep against the sandbox', () => {
  let data: ReturnType<typeof makeTempDirectory>;
  let sandbox: Sandbox;
  let database: OpenedDatabase;
  let accounts: AccountsRepository;
  let vault: TokenVault;
  let networks: PlatformNetworks;
  let demo: DemoAccounts;
  let notify: ReturnType<typeof vi.fn<(message: { title: string; body: string }) => void>>;
  let notices: Notice[];

  const now = () => new Date(sandbox.control.clock.now());
  const developmentCipher = () => createDevelopmentCipher(join(data.path, 'dev-secret.key'));

  beforeEach(async () => {
    data = makeTempDirectory('token-upkeep');
    sandbox = await startSandbox({ seed: 'token-upkeep', clock: createManualClock(), port: 0 });
    demo = sandbox.control.demo();
    networks = createPlatformNetworks({ endpoints: resolveEndpoints(sandbox.env), ledger: createUsageLedger({ now }), now });
    database = openOutpostDatabase({ file: join(data.path, 'outpost.db'), logger: createSilentLogger() });
    accounts = createAccountsRepository(database.db, now);
    vault = vaultWith(developmentCipher());
    notify = vi.fn();
    notices = [];
  });
  afterEach(async () => {
    database.close();
    await sandbox.close();
    data.remove();
  });

  function vaultWith(cipher: SecretCipher): TokenVault {
    return createTokenVault(database.db, async () => cipher, createSilentLogger(), now);
  }

  /** The demo sandbox as core's platformAccessFor(true) hands it out: its networks and its own apps. */
  function demoAccess(): PlatformAccess {
    const apps = {
      meta: { appId: demo.meta.appId, appSecret: demo.meta.appSecret },
      instagram: { appId: demo.instagram.appId, appSecret: demo.instagram.appSecret },
      tiktok: { appId: demo.tiktok.clientKey, appSecret: demo.tiktok.clientSecret },
    };
    return { isDemo: true, endpoints: resolveEndpoints(sandbox.env), networks, app: async (kind) => apps[kind], registerRedirectUri: () => undefined };
  }

  function upkeep(withVault = vault): TokenUpkeep {
    const alerts = createExpiryAlerts({ db: database.db, notify, emitNotice: (notice) => notices.push(notice), timezone: () => 'UTC', now });
    return createTokenUpkeep({
      accounts,
      vault: withVault,
      platformAccessFor: async (isDemo) => {
        expect(isDemo).toBe(true);
        return demoAccess();
      },
      alerts,
      logger: createSilentLogger(),
      now,
      onAccountsChanged: () => undefined,
    });
  }

  const expiryIn = (seconds: number) => new Date(now().getTime() + seconds * 1000).toISOString();
  const store = (accountId: string, kind: AccountSecretKind, secret: string, expiresAt?: string) =>
    vault.store(accountSecretName(accountId, kind), secret, expiresAt ? { expiresAt } : {});
  const secret = (accountId: string, kind: AccountSecretKind) => vault.read(accountSecretName(accountId, kind));
  const health = (accountId: string): AccountHealth | undefined => accounts.get(accountId)?.summary.health;

  function save(account: Omit<ConnectedAccount, 'avatarUrl' | 'isDemo' | 'linkedAccountId' | 'dataAccessExpiresAt' | 'username'> & Partial<ConnectedAccount>) {
    return accounts.save({ avatarUrl: null, isDemo: true, linkedAccountId: null, dataAccessExpiresAt: null, username: null, ...account });
  }

  /** Facebook Login as metaSignIn.ts does it: user token → granted permissions → the Page and its Page token → the linked Instagram account. */
  async function connectFacebookLogin() {
    const user = sandbox.control.tokens.issueMetaUserToken();
    const granted = (await fetchGrantedPermissions(networks.metaGraph, { accessToken: user.access_token }))
      .filter((row) => row.status === 'granted')
      .map((row) => row.permission);
    const page = (await fetchManagedPages(networks.metaGraph, { accessToken: user.access_token })).find((candidate) => candidate.id === demo.meta.pageId);
    if (!page) throw new Error('The demo Page is not among the managed Pages.');
    const instagramId = await fetchPageInstagramAccountId(networks.metaGraph, { pageId: page.id, pageAccessToken: page.accessToken });
    if (!instagramId) throw new Error('The demo Page has no linked Instagram account.');
    const common = { loginPath: 'facebook_login' as const, grantedScopes: granted, signInUserId: demo.meta.userId, dataAccessExpiresAt: dataAccessExpiry(now()) };
    const pageAccount = save({ ...common, platform: 'facebook', platformAccountId: page.id, displayName: page.name });
    const instagramAccount = save({ ...common, platform: 'instagram', platformAccountId: instagramId, displayName: demo.instagram.username, linkedAccountId: pageAccount });
    for (const id of [pageAccount, instagramAccount]) {
      await store(id, 'access_token', page.accessToken);
      await store(id, 'user_token', user.access_token, expiryIn(user.expires_in ?? 0));
    }
    return { pageAccount, instagramAccount, userToken: user.access_token };
  }

  async function connectInstagramLogin(expiresAt?: string) {
    const token = sandbox.control.tokens.issueInstagramToken({ scopes: INSTAGRAM_LOGIN_SCOPES });
    const id = save({
      platform: 'instagram',
      platformAccountId: demo.instagram.accountId,
      displayName: `@${demo.instagram.username}`,
      loginPath: 'instagram_login',
      grantedScopes: INSTAGRAM_LOGIN_SCOPES,
      signInUserId: demo.instagram.accountId,
    });
    await store(id, 'access_token', token.access_token, expiresAt ?? expiryIn(token.expires_in ?? 0));
    return id;
  }

  async function connectTikTok() {
    const tokens = sandbox.control.tokens.issueTikTokToken();
    const id = save({
      platform: 'tiktok',
      platformAccountId: tokens.open_id,
      displayName: demo.tiktok.displayName,
      loginPath: 'tiktok_login',
      grantedScopes: [],
      signInUserId: tokens.open_id,
    });
    await store(id, 'access_token', tokens.access_token, expiryIn(tokens.expires_in ?? 0));
    await store(id, 'refresh_token', tokens.refresh_token, expiryIn(REFRESH_TOKEN_SECONDS));
    return { id, refreshToken: tokens.refresh_token };
  }

  describe('Instagram Login', () => {
    it('leaves a token younger than 24 hours, then refreshes it a day later and moves its expiry', async () => {
      const id = await connectInstagramLogin();
      const original = await secret(id, 'access_token');
      const firstExpiry = health(id)?.tokenExpiresAt;

      expect(await upkeep().runPass()).toMatchObject({ refreshed: 0, verified: 1, needsReconnect: 0 });
      expect(await secret(id, 'access_token')).toBe(original);

      sandbox.control.clock.advance(25 * HOUR);
      expect(await upkeep().runPass()).toMatchObject({ refreshed: 1, needsReconnect: 0 });
      expect(await secret(id, 'access_token')).not.toBe(original);
      expect(Date.parse(health(id)?.tokenExpiresAt ?? '')).toBe(Date.parse(firstExpiry ?? '') + 25 * HOUR);
      expect(health(id)?.state).toBe('connected');

      // The new token is the one Instagram now accepts: a later pass verifies with it.
      expect(await upkeep().runPass()).toMatchObject({ verified: 1, needsReconnect: 0 });
    });

    it('asks for a reconnect when Instagram says the token expired', async () => {
      const id = await connectInstagramLogin();
      sandbox.control.tokens.expire({ platform: 'instagram' });

      expect(await upkeep().runPass()).toMatchObject({ needsReconnect: 1 });
      expect(health(id)).toMatchObject({ state: 'needs_reconnect', reason: 'Instagram says the sign-in expired.' });
    });

    it('alerts once about a sign-in that ends within 7 days', async () => {
      const id = await connectInstagramLogin(expiryIn(6 * 24 * 60 * 60));

      await upkeep().runPass();
      expect(notify).toHaveBeenCalledTimes(1);
      expect(notify.mock.calls[0]?.[0].body).toBe(`@${demo.instagram.username} (Instagram): the saved sign-in ends on 21 January. Reconnect to keep publishing.`);
      expect(notices.map((notice) => notice.id)).toEqual([`account-alert:${id}:token_expiry`]);

      await upkeep().runPass();
      expect(notify).toHaveBeenCalledTimes(1);
    });
  });

  describe('TikTok', () => {
    it('stores the rotated refresh token: a second pass refreshes again with it', async () => {
      const { id, refreshToken } = await connectTikTok();

      expect(await upkeep().runPass()).toMatchObject({ refreshed: 1, needsReconnect: 0 });
      const rotated = await secret(id, 'refresh_token');
      expect(rotated).not.toBe(refreshToken);

      // The sandbox retired the first refresh token; only the stored rotated one works now.
      expect(await upkeep().runPass()).toMatchObject({ refreshed: 1, needsReconnect: 0 });
      expect(await secret(id, 'refresh_token')).not.toBe(rotated);
      expect(health(id)?.state).not.toBe('needs_reconnect');
    });

    it("reads the creator's posting settings again on each pass, for the composer offline", async () => {
      const { id } = await connectTikTok();
      const creator = () => accounts.get(id)?.summary.tiktokCreator;
      expect(creator()).toBeNull();

      await upkeep().runPass();
      // The demo creator (sandbox demoWorld.ts): a public account, stitching off, 10-minute videos.
      expect(creator()).toEqual({
        privacyLevelOptions: ['PUBLIC_TO_EVERYONE', 'MUTUAL_FOLLOW_FRIENDS', 'SELF_ONLY'],
        commentDisabled: false,
        duetDisabled: false,
        stitchDisabled: true,
        maxVideoPostDurationSec: 600,
        readAt: now().toISOString(),
      });

      sandbox.control.clock.advance(25 * HOUR);
      await upkeep().runPass();
      expect(creator()?.readAt).toBe(now().toISOString());
    });

    it('keeps the settings last read, and the account connected, when creator_info fails', async () => {
      const { id } = await connectTikTok();
      await upkeep().runPass();
      const firstRead = accounts.get(id)?.summary.tiktokCreator;
      expect(firstRead).not.toBeNull();

      sandbox.control.clock.advance(HOUR);
      sandbox.control.faults.inject({ kind: 'serverError', status: 503, match: { pathIncludes: 'creator_info' } });
      expect(await upkeep().runPass()).toMatchObject({ refreshed: 1, needsReconnect: 0, skipped: [] });
      // The fault was really hit: the pass asked for creator_info, which failed.
      expect(sandbox.control.faults.log().map((entry) => [entry.kind, entry.path])).toEqual([['serverError', expect.stringContaining('creator_info')]]);
      expect(accounts.get(id)?.summary.tiktokCreator).toEqual(firstRead);
      expect(health(id)).toMatchObject({ state: 'connected', checkedAt: now().toISOString() });
    });

    it('asks for a reconnect when TikTok revoked the sign-in', async () => {
      const { id } = await connectTikTok();
      sandbox.control.tokens.revoke({ platform: 'tiktok' });

      await upkeep().runPass();
      expect(health(id)).toMatchObject({ state: 'needs_reconnect', reason: 'TikTok says the sign-in was revoked or has expired.' });
    });
  });

  describe('Facebook Login', () => {
    it('keeps a working Page and its Instagram account connected, checked now', async () => {
      const { pageAccount, instagramAccount } = await connectFacebookLogin();

      expect(await upkeep().runPass()).toMatchObject({ verified: 2, needsReconnect: 0, skipped: [] });
      for (const id of [pageAccount, instagramAccount]) {
        expect(health(id)).toMatchObject({ state: 'connected', checkedAt: now().toISOString() });
      }
    });

    it('asks for a reconnect, in plain words, when the password changed', async () => {
      const { pageAccount, instagramAccount } = await connectFacebookLogin();
      sandbox.control.tokens.revoke({ platform: 'meta' }, 'password_changed');

      expect(await upkeep().runPass()).toMatchObject({ needsReconnect: 2 });
      for (const id of [pageAccount, instagramAccount]) {
        expect(health(id)).toMatchObject({ state: 'needs_reconnect', reason: 'Facebook says the password changed, which ends every saved sign-in.' });
      }
      // Told once each, as a desktop notification and a toast.
      expect(notify).toHaveBeenCalledTimes(2);
    });

    it('asks for a reconnect when the sign-in expired', async () => {
      const { pageAccount } = await connectFacebookLogin();
      sandbox.control.tokens.expire({ platform: 'meta' });

      await upkeep().runPass();
      expect(health(pageAccount)).toMatchObject({ state: 'needs_reconnect', reason: 'Facebook says the sign-in expired.' });
    });

    it('shows a permission declined since sign-in as missing, naming the feature', async () => {
      const { pageAccount, instagramAccount, userToken } = await connectFacebookLogin();
      const url = new URL(`${sandbox.urls.metaGraph}${graphPath('me', 'permissions', 'read_insights')}`);
      url.searchParams.set('access_token', userToken);
      expect((await fetch(url, { method: 'DELETE' })).status).toBe(200);

      await upkeep().runPass();
      expect(health(pageAccount)).toMatchObject({
        state: 'missing_permission',
        missingPermissions: [{ permission: 'read_insights', feature: 'Page insights' }],
      });
      // Instagram's features do not need read_insights.
      expect(health(instagramAccount)?.state).toBe('connected');
    });

    it('leaves the accounts as they were while the platform answers 5xx', async () => {
      const { pageAccount, instagramAccount } = await connectFacebookLogin();
      const before = [health(pageAccount), health(instagramAccount)];
      sandbox.control.faults.inject({ kind: 'serverError', status: 503, times: null });

      const report = await upkeep().runPass();
      expect(report.skipped.map((skip) => skip.reason)).toEqual(['platform_unavailable', 'platform_unavailable']);
      expect([health(pageAccount), health(instagramAccount)]).toEqual(before);
    });

    it('asks for a reconnect when the keyring changed and the saved sign-in cannot be read', async () => {
      const { pageAccount } = await connectFacebookLogin();
      const otherKeyring: SecretCipher = { ...developmentCipher(), backend: 'gnome_libsecret' };

      await upkeep(vaultWith(otherKeyring)).runPass();
      expect(health(pageAccount)).toMatchObject({
        state: 'needs_reconnect',
        reason: "Outpost can no longer read this account's saved sign-in (it was saved with outpost-development-key, and this session uses gnome_libsecret).",
      });
    });
  });
});
