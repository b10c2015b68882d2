import { createServer, type Server } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConnectResult, SignInNetwork } from '../../../preload/contract';
import type { OutpostCore } from '../../../main/core';
import { startSandbox, type Sandbox } from '../../../main/sandbox';
import { answerConsent } from '../../support/consentBrowser';
import { makeTempDirectory } from '../../support/tempDirectory';
import { createTestCore, type TestCore } from '../../support/testCore';
import { freePort } from '../../e2e/support/freePort';

/**
 * Live sign-ins, as an owner with their own developer apps does them: the sandbox stands in for
 * Meta, Instagram and TikTok over HTTP (the `OUTPOST_*_URL` variables point the clients at it),
 * the apps are saved through the same channels as the setup screen, and the redirect URIs the
 * guide shows are the ones registered with the platform.
 */
const networks: SignInNetwork[] = ['meta', 'instagram', 'tiktok'];
const platformsOf: Record<SignInNetwork, string[]> = { meta: ['facebook', 'instagram'], instagram: ['instagram'], tiktok: ['tiktok'] };

describe('live sign-in with the owner’s developer apps', () => {
  let sandbox: Sandbox;
  let data: ReturnType<typeof makeTempDirectory>;
  let test: TestCore;
  let callbackPort: number;
  const h = () => test.core.handlers;

  async function startCore(overrides: Parameters<typeof createTestCore>[1] = {}): Promise<OutpostCore> {
    await test?.core.close();
    test = createTestCore(data.path, { env: sandbox.env, metaCallbackPort: callbackPort, ...overrides });
    return test.core;
  }

  async function setUpApps() {
    const demo = sandbox.control.demo();
    await h()['developerApps.save']({ kind: 'meta', appId: demo.meta.appId, appSecret: demo.meta.appSecret });
    await h()['developerApps.save']({ kind: 'instagram', appId: demo.instagram.appId, appSecret: demo.instagram.appSecret });
    const apps = await h()['developerApps.save']({ kind: 'tiktok', appId: demo.tiktok.clientKey, appSecret: demo.tiktok.clientSecret });
    // What the setup guide tells the owner to register, registered as they would.
    const uri = (kind: string) => apps.find((app) => app.kind === kind)!.redirectUri;
    sandbox.control.setRedirectUris('meta', [uri('meta')]);
    sandbox.control.setRedirectUris('instagram', [uri('instagram')]);
    sandbox.control.setRedirectUris('tiktok', [uri('tiktok')]);
  }

  async function signIn(network: SignInNetwork, options: { decline?: string[]; reconsent?: boolean } = {}): Promise<ConnectResult> {
    const start = await h()['accounts.beginConnect']({ network, demo: false, ...(options.reconsent && { reconsent: true }) });
    const landing = await answerConsent(start.authorizationUrl!, 'allow', { decline: options.decline ?? [] });
    expect(landing.status).toBe(200);
    return h()['accounts.finishConnect']({ attemptId: start.attemptId });
  }

  async function connect(network: SignInNetwork) {
    const result = await signIn(network);
    return h()['accounts.confirmConnect']({ attemptId: result.attemptId, candidateIds: result.candidates.map((c) => c.candidateId) });
  }

  beforeEach(async () => {
    sandbox = await startSandbox({ seed: 'live-sign-in' });
    data = makeTempDirectory('live-sign-in');
    callbackPort = await freePort();
    await startCore();
    await setUpApps();
  });
  afterEach(async () => {
    await test.core.close();
    await sandbox.close();
    data.remove();
  });

  it('registers the exact redirect URIs the guide shows: the fixed port for Meta and Instagram, any port for TikTok', async () => {
    const apps = await h()['developerApps.list'](undefined);
    expect(apps.map((app) => [app.kind, app.source, app.redirectUri])).toEqual([
      ['meta', 'saved', `http://127.0.0.1:${callbackPort}/callback/`],
      ['instagram', 'saved', `http://127.0.0.1:${callbackPort}/callback/`],
      ['tiktok', 'saved', 'http://127.0.0.1:*/callback/'],
    ]);
  });

  it.each(networks)('%s: signs in, and the chosen accounts are saved as live accounts with their health', async (network) => {
    const accounts = await connect(network);
    expect(accounts.map((a) => a.platform).sort()).toEqual([...platformsOf[network]].sort());
    for (const account of accounts) {
      expect(account).toMatchObject({ isDemo: false, health: { state: 'connected', missingPermissions: [] } });
    }
    const secrets = test.core.database.db.prepare('SELECT name, backend FROM secrets ORDER BY name').all() as { name: string; backend: string }[];
    for (const account of accounts) expect(secrets.some((s) => s.name.startsWith(`account:${account.id}:`))).toBe(true);
    const issued = [...Object.keys(sandbox.control.state().tokens), sandbox.control.demo().meta.appSecret];
    const shown = JSON.stringify(accounts);
    expect(issued.filter((secret) => shown.includes(secret))).toEqual([]);
  });

  it('shows when each kind of sign-in runs out: Instagram Login in 60 days, TikTok after its refresh token, Facebook data access in 90 days', async () => {
    const day = 24 * 60 * 60 * 1000;
    const daysUntil = (instant: string | null) => (instant === null ? null : Math.round((Date.parse(instant) - Date.now()) / day));
    for (const network of networks) await connect(network);
    const accounts = await h()['accounts.list'](undefined);
    const byPath = Object.fromEntries(accounts.map((a) => [`${a.loginPath}:${a.platform}`, a.health]));
    expect(daysUntil(byPath['instagram_login:instagram']!.tokenExpiresAt)).toBe(60);
    expect(daysUntil(byPath['tiktok_login:tiktok']!.tokenExpiresAt)).toBe(365);
    expect(byPath['facebook_login:facebook']!.tokenExpiresAt).toBeNull();
    expect(daysUntil(byPath['facebook_login:facebook']!.dataAccessExpiresAt)).toBe(90);
  });

  it.each(networks)('%s: a declined consent connects nothing', async (network) => {
    const start = await h()['accounts.beginConnect']({ network, demo: false });
    await answerConsent(start.authorizationUrl!, 'cancel');
    await expect(h()['accounts.finishConnect']({ attemptId: start.attemptId })).rejects.toMatchObject({ code: 'AUTH_CANCELLED' });
    expect(h()['accounts.list'](undefined)).toEqual([]);
  });

  it.each(networks)('%s: a callback with the wrong state or on the wrong path is refused and the real one still works', async (network) => {
    const start = await h()['accounts.beginConnect']({ network, demo: false });
    const redirect = new URL(new URL(start.authorizationUrl!).searchParams.get('redirect_uri')!);
    // Meta and Instagram get the fixed port the owner registered; TikTok any free one.
    if (network !== 'tiktok') expect(redirect.port).toBe(String(callbackPort));
    const forged = await fetch(`${redirect.origin}${redirect.pathname}?code=forged&state=not-the-state`);
    expect(forged.status).toBe(400);
    const wrongPath = await fetch(`${redirect.origin}/elsewhere?code=forged&state=x`);
    expect(wrongPath.status).toBe(404);
    const landing = await answerConsent(start.authorizationUrl!, 'allow');
    expect(landing.status).toBe(200);
    const result = await h()['accounts.finishConnect']({ attemptId: start.attemptId });
    expect(result.candidates.length).toBeGreaterThan(0);
    // The listener closed after the one valid callback: a replay reaches nobody.
    await expect(fetch(`${redirect.origin}${redirect.pathname}?code=again&state=again`)).rejects.toThrow();
  });

  it.each(networks)('%s: times out when the owner never finishes in the browser', async (network) => {
    await startCore({ signInTimeoutMs: 200 });
    const start = await h()['accounts.beginConnect']({ network, demo: false });
    await expect(h()['accounts.finishConnect']({ attemptId: start.attemptId })).rejects.toMatchObject({ code: 'AUTH_TIMEOUT' });
  });

  it.each(['meta', 'instagram'] as const)('%s: a busy callback port is named, and TikTok (any port) still signs in', async (network) => {
    const blocker = await occupy(callbackPort);
    try {
      await expect(h()['accounts.beginConnect']({ network, demo: false })).rejects.toMatchObject({
        code: 'PORT_IN_USE',
        message: expect.stringContaining(String(callbackPort)),
      });
      expect(await connect('tiktok')).toHaveLength(1);
    } finally {
      blocker.close();
    }
  });

  it('asks for the developer app before taking any port when it is not set up', async () => {
    await h()['developerApps.remove']({ kind: 'instagram' });
    const blocker = await occupy(callbackPort);
    try {
      await expect(h()['accounts.beginConnect']({ network: 'instagram', demo: false })).rejects.toMatchObject({ code: 'DEVELOPER_APP_MISSING' });
    } finally {
      blocker.close();
    }
  });

  it('TikTok: reads creator_info for the @username, and a declined video.publish is named rather than failing', async () => {
    const [full] = await connect('tiktok');
    expect(full!.username).toBe(sandbox.control.state().tiktok.users[sandbox.control.demo().tiktok.openId]!.username);
    const partial = await signIn('tiktok', { decline: ['video.publish'] });
    expect(partial.missingScopes).toEqual(['video.publish']);
    const [saved] = await h()['accounts.confirmConnect']({ attemptId: partial.attemptId, candidateIds: [partial.candidates[0]!.candidateId] });
    expect(saved!.health).toMatchObject({ state: 'missing_permission', missingPermissions: [{ permission: 'video.publish', feature: 'Publish to TikTok' }] });
  });

  it('names declined permissions, and asking again with re-consent restores them', async () => {
    const partial = await signIn('meta', { decline: ['read_insights', 'instagram_manage_insights'] });
    expect(partial.missingScopes.sort()).toEqual(['instagram_manage_insights', 'read_insights']);
    const saved = await h()['accounts.confirmConnect']({ attemptId: partial.attemptId, candidateIds: partial.candidates.map((c) => c.candidateId) });
    const page = saved.find((a) => a.platform === 'facebook')!;
    expect(page.health).toMatchObject({ state: 'missing_permission', missingPermissions: [{ permission: 'read_insights', feature: 'Page insights' }] });

    const start = await h()['accounts.beginConnect']({ network: 'meta', demo: false, reconsent: true });
    expect(new URL(start.authorizationUrl!).searchParams.get('auth_type')).toBe('rerequest');
    await answerConsent(start.authorizationUrl!, 'allow');
    const again = await h()['accounts.finishConnect']({ attemptId: start.attemptId });
    expect(again.missingScopes).toEqual([]);
    expect(again.candidates.every((c) => c.alreadyConnected)).toBe(true);
    const after = await h()['accounts.confirmConnect']({ attemptId: again.attemptId, candidateIds: again.candidates.map((c) => c.candidateId) });
    expect(after.find((a) => a.id === page.id)!.health.state).toBe('connected');
  });

  it('disconnecting revokes on the platform only when no other account shares the sign-in, and reconnecting keeps the history', async () => {
    const [first] = await connect('meta').then((accounts) => accounts.filter((a) => a.platform === 'facebook'));
    const instagram = (await h()['accounts.list'](undefined)).find((a) => a.platform === 'instagram')!;
    test.core.database.db.prepare("INSERT INTO posts (id, body, created_at, updated_at) VALUES ('p1', 'Cinnamon buns', 'x', 'x')").run();
    test.core.database.db
      .prepare("INSERT INTO targets (id, post_id, account_id, status, updated_at) VALUES ('t1', 'p1', ?, 'draft', 'x')")
      .run(first!.id);

    // The Instagram account still uses the same Meta sign-in: revoking would cut it off.
    expect(await h()['accounts.disconnect']({ accountId: first!.id, keepHistory: true })).toEqual({ revokedOnPlatform: false });
    expect(secretNames()).not.toContainEqual(expect.stringContaining(first!.id));
    expect(await h()['accounts.disconnect']({ accountId: instagram.id, keepHistory: false })).toEqual({ revokedOnPlatform: true });
    const metaTokens = Object.values(sandbox.control.state().tokens).filter((t) => t.platform === 'meta' && t.kind === 'user');
    expect(metaTokens.length).toBeGreaterThan(0);
    expect(metaTokens.every((t) => t.invalidated !== null)).toBe(true);
    expect(h()['accounts.list'](undefined)).toEqual([]);

    const back = await connect('meta');
    expect(back.find((a) => a.platform === 'facebook')!.id).toBe(first!.id);
    expect(test.core.database.db.prepare('SELECT account_id FROM targets').all()).toEqual([{ account_id: first!.id }]);
  });

  it('TikTok: disconnecting revokes the token on TikTok', async () => {
    const [tiktok] = await connect('tiktok');
    expect(await h()['accounts.disconnect']({ accountId: tiktok!.id, keepHistory: false })).toEqual({ revokedOnPlatform: true });
    const openId = sandbox.control.demo().tiktok.openId;
    const tokens = Object.values(sandbox.control.state().tokens).filter((t) => t.platform === 'tiktok' && t.userId === openId);
    expect(tokens.length).toBeGreaterThan(0);
    expect(tokens.every((t) => t.invalidated !== null)).toBe(true);
    expect(secretNames()).toEqual(['developer-app:instagram:secret', 'developer-app:meta:secret', 'developer-app:tiktok:secret']);
  });

  it('a token revoked on the platform reads as "reconnect needed" after the next check, with a notification', async () => {
    await connect('tiktok');
    sandbox.control.tokens.revoke({ platform: 'tiktok' }, 'app_removed');
    const accounts = await h()['accounts.checkHealth'](undefined);
    expect(accounts[0]!.health).toMatchObject({ state: 'needs_reconnect', reason: expect.any(String) });
    expect(test.notifications).toHaveLength(1);
    expect(test.notifications[0]!.title).toMatch(/sign-in|reconnect/i);
  });

  const secretNames = () =>
    (test.core.database.db.prepare('SELECT name FROM secrets ORDER BY name').all() as { name: string }[]).map((row) => row.name);
});

function occupy(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
