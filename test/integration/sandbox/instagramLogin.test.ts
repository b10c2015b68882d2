import { describe, expect, it } from 'vitest';
import { demoIds, type Sandbox } from '../../../main/sandbox';
import { actionFrom, call, consentIdFrom, useSandbox, type GraphErrorBody } from './sandboxHarness';

const REDIRECT = 'http://localhost:8137/callback';
const SCOPES = 'instagram_business_basic,instagram_business_content_publish,instagram_business_manage_insights';
const DAY = 24 * 60 * 60 * 1000;

interface IgOAuthBody {
  access_token: string;
  user_id: string;
  permissions: string;
  error_type?: string;
  code?: number;
  error_message?: string;
}

async function authorize(sandbox: Sandbox, query: Record<string, string> = {}, decision = 'allow') {
  const page = await call('GET', `${sandbox.urls.instagramApi}/oauth/authorize`, {
    query: { client_id: sandbox.control.demo().instagram.appId, redirect_uri: REDIRECT, response_type: 'code', scope: SCOPES, state: 'ig-state', ...query },
  });
  if (page.status !== 200) return { page, location: '' };
  const answer = await call('POST', actionFrom(page.text), { form: { consent_id: consentIdFrom(page.text), decision } });
  return { page, location: answer.headers.get('location') ?? '' };
}

/** Meta appends #_ after the code (reference 1.8): strip it. */
function codeFrom(location: string): string {
  return new URL(location.replace(/#_$/, '')).searchParams.get('code') ?? '';
}

function exchange(sandbox: Sandbox, code: string, overrides: Record<string, string> = {}) {
  const demo = sandbox.control.demo().instagram;
  return call<IgOAuthBody>('POST', `${sandbox.urls.instagramApi}/oauth/access_token`, {
    form: { client_id: demo.appId, client_secret: demo.appSecret, grant_type: 'authorization_code', redirect_uri: REDIRECT, code, ...overrides },
  });
}

const graph = (sandbox: Sandbox, path: string, query: Record<string, string>) =>
  call<{ access_token: string; token_type: string; expires_in: number } & Record<string, unknown> & GraphErrorBody>('GET', `${sandbox.urls.instagramGraph}${path}`, { query });

async function shortToken(sandbox: Sandbox): Promise<string> {
  const { location } = await authorize(sandbox);
  return (await exchange(sandbox, codeFrom(location))).body.access_token;
}

async function longToken(sandbox: Sandbox): Promise<string> {
  const short = await shortToken(sandbox);
  return (await graph(sandbox, '/access_token', { grant_type: 'ig_exchange_token', client_secret: sandbox.control.demo().instagram.appSecret, access_token: short })).body.access_token;
}

describe('Instagram Login (reference 1.8)', () => {
  const ctx = useSandbox();

  it('authorizes and redirects with state and code followed by #_', async () => {
    const { page, location } = await authorize(ctx.sandbox);
    expect(page.text).toContain('@rosiesbakery');
    expect(location.startsWith(`${REDIRECT}?state=ig-state&code=AQ`)).toBe(true);
    expect(location.endsWith('#_')).toBe(true);
  });

  it('Cancel redirects with error=access_denied', async () => {
    const { location } = await authorize(ctx.sandbox, {}, 'cancel');
    const url = new URL(location);
    expect(url.searchParams.get('error')).toBe('access_denied');
    expect(url.searchParams.get('error_reason')).toBe('user_denied');
  });

  it.each([
    ['an unregistered redirect URI', { redirect_uri: `${REDIRECT}/` }],
    ['a deprecated scope name', { scope: 'business_basic' }],
    ['a Facebook Login scope', { scope: 'instagram_basic' }],
    ['a misspelled parameter', { respons_type: 'code' }],
    ['another app', { client_id: '1' }],
  ])('refuses %s', async (_name, query) => {
    expect((await authorize(ctx.sandbox, query)).page.status).toBe(400);
  });

  it('exchanges the code for a 1-hour token with user_id and permissions', async () => {
    const { location } = await authorize(ctx.sandbox);
    const result = await exchange(ctx.sandbox, codeFrom(location));
    expect(result.body).toEqual({ access_token: expect.stringMatching(/^IGAA/), user_id: demoIds.instagramAccountId, permissions: SCOPES });
    const me = await graph(ctx.sandbox, '/v23.0/me', { access_token: result.body.access_token, fields: 'user_id,username' });
    expect(me.body).toMatchObject({ user_id: demoIds.instagramAccountId, username: 'rosiesbakery' });
    ctx.sandbox.control.clock.advance(60 * 60 * 1000);
    expect((await graph(ctx.sandbox, '/v23.0/me', { access_token: result.body.access_token })).body.error).toMatchObject({ code: 190, error_subcode: 463 });
  });

  it('refuses a wrong secret, a mismatched redirect, a reused or unknown code, and a typo, in the Instagram error shape', async () => {
    const { location } = await authorize(ctx.sandbox);
    const code = codeFrom(location);
    const wrongSecret = await exchange(ctx.sandbox, code, { client_secret: 'x' });
    expect(wrongSecret.status).toBe(400);
    expect(wrongSecret.body).toEqual({ error_type: 'OAuthException', code: 400, error_message: 'Error validating client secret.' });
    expect((await exchange(ctx.sandbox, code, { redirect_uri: `${REDIRECT}x` })).body.error_message).toContain('redirect_uri');
    expect((await exchange(ctx.sandbox, `${code}#_`)).body.error_message).toBe('Invalid authorization code');
    expect((await exchange(ctx.sandbox, code, { grant_typ: 'x' })).body.error_message).toBe('Unknown parameter: grant_typ');
    expect((await exchange(ctx.sandbox, code)).status).toBe(200);
    expect((await exchange(ctx.sandbox, code)).body.error_message).toBe('This authorization code has been used');
  });

  it('exchanges a short-lived token for a 60-day one with the secret', async () => {
    const short = await shortToken(ctx.sandbox);
    const secret = ctx.sandbox.control.demo().instagram.appSecret;
    expect((await graph(ctx.sandbox, '/access_token', { grant_type: 'ig_exchange_token', client_secret: 'nope', access_token: short })).body.error.code).toBe(1);
    const result = await graph(ctx.sandbox, '/access_token', { grant_type: 'ig_exchange_token', client_secret: secret, access_token: short });
    expect(result.body).toEqual({ access_token: expect.stringMatching(/^IGAA/), token_type: 'bearer', expires_in: 5183944 });
    expect((await graph(ctx.sandbox, '/access_token', { grant_type: 'ig_exchange_token', client_secret: secret, access_token: result.body.access_token })).body.error.code).toBe(100);
    ctx.sandbox.control.clock.advance(2 * 60 * 60 * 1000);
    expect((await graph(ctx.sandbox, '/access_token', { grant_type: 'ig_exchange_token', client_secret: secret, access_token: short })).body.error.error_subcode).toBe(463);
  });

  it('refreshes a long-lived token only when it is at least 24 hours old', async () => {
    const token = await longToken(ctx.sandbox);
    const refresh = (accessToken: string) => graph(ctx.sandbox, '/refresh_access_token', { grant_type: 'ig_refresh_token', access_token: accessToken });
    const tooSoon = await refresh(token);
    expect(tooSoon.body.error.code).toBe(100);
    expect(tooSoon.body.error.message).toContain('24 hours');
    ctx.sandbox.control.clock.advance(DAY);
    const refreshed = await refresh(token);
    expect(refreshed.body).toMatchObject({ token_type: 'bearer', expires_in: 5183944 });
    ctx.sandbox.control.clock.advance(59 * DAY);
    expect((await graph(ctx.sandbox, '/v23.0/me', { access_token: refreshed.body.access_token })).status).toBe(200);
    expect((await refresh(token)).body.error).toMatchObject({ code: 190, error_subcode: 463 });
  });

  it('refuses refreshing a short-lived token and a misspelled grant type', async () => {
    const short = await shortToken(ctx.sandbox);
    ctx.sandbox.control.clock.advance(30 * 60 * 1000);
    expect((await graph(ctx.sandbox, '/refresh_access_token', { grant_type: 'ig_refresh_token', access_token: short })).body.error.code).toBe(100);
    expect((await graph(ctx.sandbox, '/refresh_access_token', { grant_type: 'ig_refresh', access_token: short })).body.error.code).toBe(100);
  });

  it('an Instagram Login token is refused on graph.facebook.com and a Facebook token on graph.instagram.com', async () => {
    const igToken = await shortToken(ctx.sandbox);
    const fbToken = ctx.sandbox.control.tokens.issueMetaUserToken().access_token;
    expect((await call<GraphErrorBody>('GET', `${ctx.sandbox.urls.metaGraph}/v23.0/me`, { query: { access_token: igToken } })).body.error.code).toBe(190);
    expect((await graph(ctx.sandbox, '/v23.0/me', { access_token: fbToken })).body.error.code).toBe(190);
  });

  it('answers injected faults on the token endpoint in the Instagram shape', async () => {
    ctx.sandbox.control.faults.inject({ kind: 'throttle', match: { hosts: ['instagramApi'] } });
    const result = await exchange(ctx.sandbox, 'AQx');
    expect(result.status).toBe(429);
    expect(result.body.error_type).toBe('OAuthRateLimitException');
  });
});
