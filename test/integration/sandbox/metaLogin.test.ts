import { describe, expect, it } from 'vitest';
import { base64UrlChallenge, type Sandbox } from '../../../main/sandbox';
import { actionFrom, call, consentIdFrom, useSandbox, type GraphErrorBody } from './sandboxHarness';

const REDIRECT = 'http://localhost:8137/callback';
const VERIFIER = 'outpost-verifier-0123456789-abcdefghijklmnopqrstuvwxyz';
const ALL_SCOPES = 'pages_show_list,pages_read_engagement,pages_manage_posts,read_insights,instagram_basic,instagram_content_publish';

interface LoginOptions {
  scope?: string;
  redirectUri?: string;
  state?: string;
  decision?: 'allow' | 'cancel';
  /** Permissions left ticked; omitted = a scripted "allow everything". */
  grant?: string[];
  extra?: Record<string, string>;
}

async function openDialog(sandbox: Sandbox, options: LoginOptions = {}) {
  return call('GET', `${sandbox.urls.metaDialog}/v23.0/dialog/oauth`, {
    query: {
      client_id: sandbox.control.demo().meta.appId,
      redirect_uri: options.redirectUri ?? REDIRECT,
      state: options.state ?? 'st-1',
      scope: options.scope ?? ALL_SCOPES,
      ...options.extra,
    },
  });
}

/** Opens the dialog, answers it, and returns the redirect target. */
async function login(sandbox: Sandbox, options: LoginOptions = {}): Promise<URL> {
  const dialog = await openDialog(sandbox, options);
  expect(dialog.status).toBe(200);
  const form: Record<string, string | string[]> = { consent_id: consentIdFrom(dialog.text), decision: options.decision ?? 'allow' };
  if (options.grant) Object.assign(form, { granular: '1', grant: options.grant });
  const answer = await call('POST', actionFrom(dialog.text), { form });
  expect(answer.status).toBe(302);
  return new URL(answer.headers.get('location') ?? '');
}

async function exchange(sandbox: Sandbox, code: string, overrides: Record<string, string | undefined> = {}) {
  const demo = sandbox.control.demo().meta;
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries({ client_id: demo.appId, client_secret: demo.appSecret, redirect_uri: REDIRECT, code, ...overrides })) {
    if (value !== undefined) query[key] = value;
  }
  return call<{ access_token: string; token_type: string; expires_in: number } & GraphErrorBody>('GET', `${sandbox.urls.metaGraph}/v23.0/oauth/access_token`, { query });
}

async function userToken(sandbox: Sandbox, options: LoginOptions = {}): Promise<string> {
  const redirect = await login(sandbox, options);
  const result = await exchange(sandbox, redirect.searchParams.get('code') ?? '');
  expect(result.status).toBe(200);
  return result.body.access_token;
}

async function longLived(sandbox: Sandbox, shortToken: string) {
  const demo = sandbox.control.demo().meta;
  return call<{ access_token: string; expires_in: number } & GraphErrorBody>('GET', `${sandbox.urls.metaGraph}/v23.0/oauth/access_token`, {
    query: { grant_type: 'fb_exchange_token', client_id: demo.appId, client_secret: demo.appSecret, fb_exchange_token: shortToken },
  });
}

const graph = (sandbox: Sandbox, path: string, token: string, query: Record<string, string> = {}) =>
  call<Record<string, unknown> & GraphErrorBody>('GET', `${sandbox.urls.metaGraph}/v23.0${path}`, { query: { access_token: token, ...query } });

describe('Facebook Login dialog (reference 1.1, 1.2)', () => {
  const ctx = useSandbox();

  it('shows a consent page naming the app, the person and the permissions', async () => {
    const dialog = await openDialog(ctx.sandbox);
    expect(dialog.headers.get('content-type')).toContain('text/html');
    expect(dialog.text).toContain('Outpost Sandbox');
    expect(dialog.text).toContain('Rosie Baker');
    expect(dialog.text).toContain('value="pages_manage_posts"');
    expect(dialog.text).toContain('value="allow"');
    expect(dialog.text).toContain('value="cancel"');
  });

  it('Allow redirects to the redirect URI with code, state and #_=_', async () => {
    const target = await login(ctx.sandbox, { state: 'xyz-42' });
    expect(`${target.origin}${target.pathname}`).toBe(REDIRECT);
    expect(target.searchParams.get('state')).toBe('xyz-42');
    expect(target.searchParams.get('code')).toMatch(/^AQ/);
    expect(target.hash).toBe('#_=_');
  });

  it('Cancel redirects with error=access_denied and the state', async () => {
    const target = await login(ctx.sandbox, { decision: 'cancel', state: 'keep-me' });
    expect(target.searchParams.get('error')).toBe('access_denied');
    expect(target.searchParams.get('error_reason')).toBe('user_denied');
    expect(target.searchParams.get('state')).toBe('keep-me');
    expect(target.searchParams.has('code')).toBe(false);
  });

  it('refuses a redirect URI that is not registered byte for byte (strict mode)', async () => {
    for (const uri of ['http://localhost:8137/callback/', 'http://localhost:8138/callback', 'http://127.0.0.1:8137/callback']) {
      const dialog = await openDialog(ctx.sandbox, { redirectUri: uri });
      expect(dialog.status).toBe(400);
      expect(dialog.text).toContain('URL blocked');
    }
  });

  it('accepts a URI once registered through the control API', async () => {
    ctx.sandbox.control.setRedirectUris('meta', ['http://127.0.0.1:8137/callback']);
    const target = await login(ctx.sandbox, { redirectUri: 'http://127.0.0.1:8137/callback' });
    expect(target.searchParams.get('code')).toBeTruthy();
    expect((await openDialog(ctx.sandbox)).status).toBe(400);
  });

  it('refuses an unknown app, invalid scopes and misspelled parameters', async () => {
    const unknownApp = await call('GET', `${ctx.sandbox.urls.metaDialog}/v23.0/dialog/oauth`, { query: { client_id: '123', redirect_uri: REDIRECT } });
    expect(unknownApp.status).toBe(400);
    expect(unknownApp.text).toContain('Invalid App ID');
    const badScope = await openDialog(ctx.sandbox, { scope: 'pages_show_list,publish_pages' });
    expect(badScope.text).toContain('Invalid Scopes: publish_pages');
    const typo = await openDialog(ctx.sandbox, { extra: { redirect_url: REDIRECT } });
    expect(typo.status).toBe(400);
    expect(typo.text).toContain('redirect_url');
  });

  it('an answered consent cannot be answered twice', async () => {
    const dialog = await openDialog(ctx.sandbox);
    const form = { consent_id: consentIdFrom(dialog.text), decision: 'allow' };
    expect((await call('POST', actionFrom(dialog.text), { form })).status).toBe(302);
    expect((await call('POST', actionFrom(dialog.text), { form })).status).toBe(400);
  });

  it('is faulted only when a fault names the dialog host, and answers with an HTML error page', async () => {
    ctx.sandbox.control.faults.inject({ kind: 'serverError', status: 503 });
    expect((await openDialog(ctx.sandbox)).status).toBe(200);
    ctx.sandbox.control.faults.clear();
    ctx.sandbox.control.faults.inject({ kind: 'serverError', status: 503, match: { hosts: ['metaDialog'] } });
    const failed = await openDialog(ctx.sandbox);
    expect(failed.status).toBe(503);
    expect(failed.headers.get('content-type')).toContain('text/html');
    expect((await openDialog(ctx.sandbox)).status).toBe(200);
  });

  it('response_type=token puts a short-lived token in the fragment', async () => {
    const target = await login(ctx.sandbox, { extra: { response_type: 'token' } });
    const fragment = new URLSearchParams(target.hash.slice(1));
    expect(fragment.get('expires_in')).toBe('3600');
    expect(fragment.get('state')).toBe('st-1');
    expect((await graph(ctx.sandbox, '/me', fragment.get('access_token') ?? '')).status).toBe(200);
  });
});

describe('code exchange (reference 1.1, 1.3)', () => {
  const ctx = useSandbox();

  it('exchanges a code for a short-lived user token', async () => {
    const code = (await login(ctx.sandbox)).searchParams.get('code') ?? '';
    const result = await exchange(ctx.sandbox, code);
    expect(result.body).toEqual({ access_token: expect.stringMatching(/^EAA/), token_type: 'bearer', expires_in: 3600 });
    expect(result.headers.get('x-app-usage')).toBeTruthy();
  });

  it('needs the right secret', async () => {
    const code = (await login(ctx.sandbox)).searchParams.get('code') ?? '';
    expect((await exchange(ctx.sandbox, code, { client_secret: undefined })).body.error).toMatchObject({ code: 1, message: 'Missing client_secret parameter.' });
    expect((await exchange(ctx.sandbox, code, { client_secret: 'wrong' })).body.error).toMatchObject({ code: 1, message: 'Error validating client secret.' });
    expect((await exchange(ctx.sandbox, code, { client_id: '1' })).body.error.code).toBe(101);
  });

  it('needs the same redirect_uri as the dialog (36008)', async () => {
    const code = (await login(ctx.sandbox)).searchParams.get('code') ?? '';
    const result = await exchange(ctx.sandbox, code, { redirect_uri: `${REDIRECT}/` });
    expect(result.body.error).toMatchObject({ code: 100, error_subcode: 36008 });
  });

  it('uses a code once (36009) and not after it expires (36007)', async () => {
    const code = (await login(ctx.sandbox)).searchParams.get('code') ?? '';
    expect((await exchange(ctx.sandbox, code)).status).toBe(200);
    expect((await exchange(ctx.sandbox, code)).body.error).toMatchObject({ code: 100, error_subcode: 36009 });
    const late = (await login(ctx.sandbox)).searchParams.get('code') ?? '';
    ctx.sandbox.control.clock.advance(10 * 60 * 1000 + 1);
    expect((await exchange(ctx.sandbox, late)).body.error).toMatchObject({ code: 100, error_subcode: 36007 });
    expect((await exchange(ctx.sandbox, 'AQnotacode')).body.error.code).toBe(100);
  });

  it('refuses a misspelled exchange parameter', async () => {
    const code = (await login(ctx.sandbox)).searchParams.get('code') ?? '';
    const result = await exchange(ctx.sandbox, code, { client_secert: 'x' });
    expect(result.body.error.code).toBe(100);
    expect(result.body.error.message).toContain('client_secert');
  });

  it('refuses a code_verifier when the dialog had no code_challenge (code 1, reference 1.3)', async () => {
    const code = (await login(ctx.sandbox)).searchParams.get('code') ?? '';
    const result = await exchange(ctx.sandbox, code, { code_verifier: VERIFIER });
    expect(result.body.error).toMatchObject({ code: 1 });
    expect(result.body.error.message).toContain('without a code_challenge');
  });

  it('with PKCE: needs the verifier; the secret may be left out only for openid login', async () => {
    const challenge = { code_challenge: base64UrlChallenge(VERIFIER), code_challenge_method: 'S256' };
    const business = (await login(ctx.sandbox, { extra: challenge })).searchParams.get('code') ?? '';
    expect((await exchange(ctx.sandbox, business, { code_verifier: 'x'.repeat(43) })).body.error.message).toBe('(#100) Invalid code verifier.');
    expect((await exchange(ctx.sandbox, business, { code_verifier: VERIFIER, client_secret: undefined })).body.error.code).toBe(1);
    const oidc = (await login(ctx.sandbox, { scope: 'openid', extra: challenge })).searchParams.get('code') ?? '';
    const result = await exchange(ctx.sandbox, oidc, { code_verifier: VERIFIER, client_secret: undefined });
    expect(result.status).toBe(200);
  });

  it('extends a short-lived token to a long-lived one (reference 1.4)', async () => {
    const short = await userToken(ctx.sandbox);
    const result = await longLived(ctx.sandbox, short);
    expect(result.body).toMatchObject({ token_type: 'bearer', expires_in: 5183944 });
    ctx.sandbox.control.clock.advance(59 * 24 * 3600 * 1000);
    expect((await graph(ctx.sandbox, '/me', result.body.access_token)).status).toBe(200);
    expect((await graph(ctx.sandbox, '/me', short)).body.error).toMatchObject({ code: 190, error_subcode: 463 });
    ctx.sandbox.control.clock.advance(2 * 24 * 3600 * 1000);
    expect((await graph(ctx.sandbox, '/me', result.body.access_token)).body.error).toMatchObject({ code: 190, error_subcode: 463 });
  });

  it('cannot extend an expired token, nor without the secret', async () => {
    const short = await userToken(ctx.sandbox);
    const demo = ctx.sandbox.control.demo().meta;
    const noSecret = await call<GraphErrorBody>('GET', `${ctx.sandbox.urls.metaGraph}/v23.0/oauth/access_token`, {
      query: { grant_type: 'fb_exchange_token', client_id: demo.appId, fb_exchange_token: short },
    });
    expect(noSecret.body.error.code).toBe(1);
    ctx.sandbox.control.clock.advance(2 * 3600 * 1000);
    expect((await longLived(ctx.sandbox, short)).body.error).toMatchObject({ code: 190, error_subcode: 463 });
  });

  it('gives the app token for client_credentials', async () => {
    const demo = ctx.sandbox.control.demo().meta;
    const result = await call<{ access_token: string }>('GET', `${ctx.sandbox.urls.metaGraph}/v23.0/oauth/access_token`, {
      query: { grant_type: 'client_credentials', client_id: demo.appId, client_secret: demo.appSecret },
    });
    expect(result.body.access_token).toBe(`${demo.appId}|${demo.appSecret}`);
  });
});

describe('the user, Pages and permissions', () => {
  const ctx = useSandbox();

  it('/me/accounts lists the Page with its Page token and Instagram account', async () => {
    const token = await userToken(ctx.sandbox);
    const result = await graph(ctx.sandbox, '/me/accounts', token);
    const data = result.body.data as Record<string, unknown>[];
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ id: '104000000000001', name: "Rosie's Bakery", category: 'Bakery', access_token: expect.stringMatching(/^EAA/) });
    expect(data[0]?.tasks).toContain('CREATE_CONTENT');
    const page = await graph(ctx.sandbox, '/104000000000001', token, { fields: 'instagram_business_account{id,username},name' });
    expect(page.body).toEqual({ instagram_business_account: { id: '17841400000000001', username: 'rosiesbakery' }, name: "Rosie's Bakery", id: '104000000000001' });
  });

  it('the Page token acts as the Page', async () => {
    const token = await userToken(ctx.sandbox);
    const pageToken = ((await graph(ctx.sandbox, '/me/accounts', token)).body.data as { access_token: string }[])[0]?.access_token ?? '';
    expect((await graph(ctx.sandbox, '/me', pageToken)).body).toEqual({ name: "Rosie's Bakery", id: '104000000000001' });
    const again = ((await graph(ctx.sandbox, '/me/accounts', token)).body.data as { access_token: string }[])[0]?.access_token;
    expect(again).toBe(pageToken);
  });

  it('a Page token from a short-lived user token dies with it; from a long-lived one it does not expire', async () => {
    const short = await userToken(ctx.sandbox);
    const long = (await longLived(ctx.sandbox, short)).body.access_token;
    const pageOf = async (token: string) => ((await graph(ctx.sandbox, '/me/accounts', token)).body.data as { access_token: string }[])[0]?.access_token ?? '';
    const shortPage = await pageOf(short);
    const longPage = await pageOf(long);
    ctx.sandbox.control.clock.advance(2 * 3600 * 1000);
    expect((await graph(ctx.sandbox, '/me', shortPage)).body.error).toMatchObject({ code: 190, error_subcode: 463 });
    ctx.sandbox.control.clock.advance(40 * 24 * 3600 * 1000);
    expect((await graph(ctx.sandbox, '/me', longPage)).status).toBe(200);
  });

  it('/me/permissions lists granted and declined permissions', async () => {
    const token = await userToken(ctx.sandbox, { grant: ['pages_show_list', 'instagram_basic'], scope: 'pages_show_list,pages_manage_posts,instagram_basic' });
    const result = await graph(ctx.sandbox, '/me/permissions', token);
    expect(result.body.data).toEqual([
      { permission: 'public_profile', status: 'granted' },
      { permission: 'pages_show_list', status: 'granted' },
      { permission: 'pages_manage_posts', status: 'declined' },
      { permission: 'instagram_basic', status: 'granted' },
    ]);
    expect((await graph(ctx.sandbox, '/me/permissions/pages_manage_posts', token)).body.data).toEqual([{ permission: 'pages_manage_posts', status: 'declined' }]);
  });

  it('without pages_show_list /me/accounts is a permission error', async () => {
    const token = await userToken(ctx.sandbox, { scope: 'pages_show_list,instagram_basic', grant: ['instagram_basic'] });
    const result = await graph(ctx.sandbox, '/me/accounts', token);
    expect(result.status).toBe(403);
    expect(result.body.error.code).toBe(200);
  });

  it('revoking one permission takes effect on existing tokens', async () => {
    const token = await userToken(ctx.sandbox);
    const revoke = await call<{ success: boolean }>('DELETE', `${ctx.sandbox.urls.metaGraph}/v23.0/me/permissions/pages_show_list`, { query: { access_token: token } });
    expect(revoke.body).toEqual({ success: true });
    expect((await graph(ctx.sandbox, '/me/accounts', token)).body.error.code).toBe(200);
    expect((await graph(ctx.sandbox, '/me', token)).status).toBe(200);
  });

  it('revoking all permissions removes the app: user and Page tokens fail with 190/458', async () => {
    const token = await userToken(ctx.sandbox);
    const pageToken = ((await graph(ctx.sandbox, '/me/accounts', token)).body.data as { access_token: string }[])[0]?.access_token ?? '';
    const revoke = await call<{ success: boolean }>('DELETE', `${ctx.sandbox.urls.metaGraph}/v23.0/me/permissions`, { query: { access_token: token } });
    expect(revoke.body).toEqual({ success: true });
    for (const dead of [token, pageToken]) {
      const result = await graph(ctx.sandbox, '/me', dead);
      expect(result.body.error).toMatchObject({ code: 190, error_subcode: 458 });
      expect(result.body.error.message).toContain('has not authorized application');
    }
    expect((await graph(ctx.sandbox, '/me/permissions', await userToken(ctx.sandbox))).status).toBe(200);
  });

  it('debug_token reports a token for the app token, and an invalid one as is_valid false', async () => {
    const token = await userToken(ctx.sandbox);
    const demo = ctx.sandbox.control.demo().meta;
    const appToken = `${demo.appId}|${demo.appSecret}`;
    const result = await graph(ctx.sandbox, '/debug_token', appToken, { input_token: token });
    expect(result.body.data).toMatchObject({ app_id: demo.appId, type: 'USER', is_valid: true, user_id: demo.userId });
    expect((result.body.data as { scopes: string[] }).scopes).toContain('pages_show_list');
    const bad = await graph(ctx.sandbox, '/debug_token', appToken, { input_token: 'EAAbogus' });
    expect(bad.body.data).toMatchObject({ is_valid: false });
  });
});
