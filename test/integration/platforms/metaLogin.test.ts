import { describe, expect, it } from 'vitest';
import {
  buildFacebookLoginUrl,
  exchangeFacebookCode,
  exchangeForLongLivedFacebookToken,
} from '../../../main/platforms/meta/facebookLogin';
import {
  fetchFacebookUser,
  fetchGrantedPermissions,
  fetchManagedPages,
  fetchPageInstagramAccountId,
  revokeAllPermissions,
} from '../../../main/platforms/meta/graphUser';
import { PermanentError, PermissionMissingError, ThrottledError, TokenInvalidError } from '../../../main/platforms/platformErrors';
import { demoIds } from '../../../main/sandbox';
import { answerConsent, codeFrom } from './support/consentFlow';
import { expectTransient, transientFaults } from './support/faultCases';
import { HOUR, MINUTE, usePlatformSandbox } from './support/platformSandbox';

/**
 * Facebook Login and the calls behind "connect a Page" (graph.facebook.com), against the sandbox:
 * the dialog URL the client builds, the consent redirect, code and long-lived exchange, /me,
 * /me/accounts, the Page's Instagram account, /me/permissions and revocation.
 */
const ctx = usePlatformSandbox({ seed: 'platforms-meta-login' });

const REDIRECT_URI = 'http://localhost:8137/callback';
const SCOPES = ['pages_show_list', 'pages_read_engagement', 'pages_manage_posts', 'read_insights', 'instagram_basic', 'instagram_content_publish'];

function loginUrl(state = 'state-1', scopes = SCOPES): string {
  return buildFacebookLoginUrl(ctx.endpoints, { appId: ctx.demo.meta.appId, redirectUri: REDIRECT_URI, state, scopes });
}

function exchange(code: string, overrides: Partial<{ redirectUri: string; appSecret: string }> = {}) {
  const { appId, appSecret } = ctx.demo.meta;
  return exchangeFacebookCode(ctx.networks.metaGraph, { appId, appSecret, redirectUri: REDIRECT_URI, code, ...overrides });
}

function extend(shortLivedToken: string) {
  const { appId, appSecret } = ctx.demo.meta;
  return exchangeForLongLivedFacebookToken(ctx.networks.metaGraph, { appId, appSecret, shortLivedToken });
}

describe('Facebook Login through the real dialog', () => {
  it('Allow redirects to the registered URI with code and state; the code becomes a 1-hour, then a 60-day token', async () => {
    const redirect = await answerConsent(ctx, loginUrl('xyz-42'));
    expect(`${redirect.url.origin}${redirect.url.pathname}`).toBe(REDIRECT_URI);
    expect(redirect.url.searchParams.get('state')).toBe('xyz-42');
    expect(redirect.url.hash).toBe('#_=_');

    const short = await exchange(codeFrom(redirect));
    expect(short).toMatchObject({ tokenType: 'bearer', expiresInSeconds: 3600 });
    const long = await extend(short.accessToken);
    expect(long.expiresInSeconds).toBe(5_183_944);
    expect(long.accessToken).not.toBe(short.accessToken);
    expect(await fetchFacebookUser(ctx.networks.metaGraph, { accessToken: long.accessToken })).toEqual({
      id: ctx.demo.meta.userId,
      name: 'Rosie Baker',
    });
  });

  it('Cancel redirects with error=access_denied, the state, and no code', async () => {
    const redirect = await answerConsent(ctx, loginUrl('keep-me'), { decision: 'cancel' });
    expect(redirect.url.searchParams.get('error')).toBe('access_denied');
    expect(redirect.url.searchParams.get('state')).toBe('keep-me');
    expect(redirect.url.searchParams.has('code')).toBe(false);
  });

  it('an unticked permission is listed as declined, and the call that needs it is PermissionMissingError', async () => {
    const withoutPages = SCOPES.filter((scope) => scope !== 'pages_show_list');
    const redirect = await answerConsent(ctx, loginUrl(), { decision: 'allow', grant: withoutPages });
    const { accessToken } = await exchange(codeFrom(redirect));
    const permissions = await fetchGrantedPermissions(ctx.networks.metaGraph, { accessToken });
    expect(permissions).toContainEqual({ permission: 'pages_show_list', status: 'declined' });
    expect(permissions).toContainEqual({ permission: 'pages_manage_posts', status: 'granted' });

    const error = await ctx.failure(fetchManagedPages(ctx.networks.metaGraph, { accessToken }), PermissionMissingError);
    expect(error.details).toMatchObject({ httpStatus: 403, code: 200 });
    expect(error.reason).toContain('pages_show_list');
  });
});

describe('code exchange refusals are PermanentError with the platform reason', () => {
  it('a redirect_uri that differs from the dialog’s (36008)', async () => {
    const code = codeFrom(await answerConsent(ctx, loginUrl()));
    const error = await ctx.failure(exchange(code, { redirectUri: 'http://localhost:8137/other' }), PermanentError);
    expect(error.details).toMatchObject({ code: 100, subcode: 36008 });
    expect(error.reason).toContain('redirect_uri is identical');
  });

  it('a code used twice (36009)', async () => {
    const code = codeFrom(await answerConsent(ctx, loginUrl()));
    await exchange(code);
    const error = await ctx.failure(exchange(code), PermanentError);
    expect(error.details).toMatchObject({ code: 100, subcode: 36009 });
  });

  it('a code older than its 10 minutes (36007)', async () => {
    const code = codeFrom(await answerConsent(ctx, loginUrl()));
    ctx.advance(10 * MINUTE);
    const error = await ctx.failure(exchange(code), PermanentError);
    expect(error.details).toMatchObject({ code: 100, subcode: 36007 });
  });

  it('an expired short-lived token cannot be extended: TokenInvalidError 190/463, reconnect needed', async () => {
    const short = ctx.metaUserToken({ longLived: false });
    ctx.advance(HOUR);
    const error = await ctx.failure(extend(short), TokenInvalidError);
    expect(error.details).toMatchObject({ code: 190, subcode: 463 });
    expect(error.reconnectNeeded).toBe(true);
  });
});

describe('connecting a Page', () => {
  it('lists the managed Pages with a Page token, and finds the Page’s Instagram account', async () => {
    const userToken = ctx.metaUserToken();
    const pages = await fetchManagedPages(ctx.networks.metaGraph, { accessToken: userToken });
    expect(pages).toEqual([{ id: ctx.demo.meta.pageId, name: "Rosie's Bakery", accessToken: expect.stringMatching(/^EAA/) }]);
    expect(pages[0]?.accessToken).not.toBe(userToken);
    const igUserId = await fetchPageInstagramAccountId(ctx.networks.metaGraph, {
      pageId: ctx.demo.meta.pageId,
      pageAccessToken: pages[0]?.accessToken ?? '',
    });
    expect(igUserId).toBe(ctx.demo.instagram.accountId);
  });

  it('revoking every permission disconnects: user and Page tokens then fail with 190/458', async () => {
    const userToken = ctx.metaUserToken();
    const pageToken = await ctx.pageToken(userToken);
    expect(await revokeAllPermissions(ctx.networks.metaGraph, { accessToken: userToken })).toBe(true);

    for (const call of [
      fetchFacebookUser(ctx.networks.metaGraph, { accessToken: userToken }),
      fetchPageInstagramAccountId(ctx.networks.metaGraph, { pageId: ctx.demo.meta.pageId, pageAccessToken: pageToken }),
    ]) {
      const error = await ctx.failure(call, TokenInvalidError);
      expect(error.details).toMatchObject({ code: 190, subcode: 458 });
      expect(error.reconnectNeeded).toBe(true);
    }
  });
});

/**
 * Every token-bearing call of this area, so each meets each failure. `prepare` gets what the call
 * needs first (a Page token) and names the token a test spoils: for the Page call it is the user
 * token, because a Page token dies with the user token it came from.
 */
interface TokenCall {
  name: string;
  /** The path the call's own request hits, so a fault spares the requests made to prepare it. */
  path: string;
  prepare(): Promise<{ token: string; call: () => Promise<unknown> }>;
}

const tokenCalls: TokenCall[] = [
  {
    name: 'fetchFacebookUser',
    path: '/me',
    prepare: async () => {
      const token = ctx.metaUserToken();
      return { token, call: () => fetchFacebookUser(ctx.networks.metaGraph, { accessToken: token }) };
    },
  },
  {
    name: 'fetchManagedPages',
    path: '/me/accounts',
    prepare: async () => {
      const token = ctx.metaUserToken();
      return { token, call: () => fetchManagedPages(ctx.networks.metaGraph, { accessToken: token }) };
    },
  },
  {
    name: 'fetchGrantedPermissions',
    path: '/me/permissions',
    prepare: async () => {
      const token = ctx.metaUserToken();
      return { token, call: () => fetchGrantedPermissions(ctx.networks.metaGraph, { accessToken: token }) };
    },
  },
  {
    name: 'fetchPageInstagramAccountId',
    path: `/${demoIds.pageId}`,
    prepare: async () => {
      const token = ctx.metaUserToken();
      const pageAccessToken = await ctx.pageToken(token);
      return { token, call: () => fetchPageInstagramAccountId(ctx.networks.metaGraph, { pageId: ctx.demo.meta.pageId, pageAccessToken }) };
    },
  },
  {
    name: 'revokeAllPermissions',
    path: '/me/permissions',
    prepare: async () => {
      const token = ctx.metaUserToken();
      return { token, call: () => revokeAllPermissions(ctx.networks.metaGraph, { accessToken: token }) };
    },
  },
  {
    name: 'exchangeForLongLivedFacebookToken',
    path: '/oauth/access_token',
    prepare: async () => {
      const token = ctx.metaUserToken({ longLived: false });
      return { token, call: () => extend(token) };
    },
  },
];

const spoilers: [string, number, (token: string) => void][] = [
  ['expired', 463, (token) => void ctx.control.tokens.expire({ token })],
  ['revoked: password changed', 460, (token) => void ctx.control.tokens.revoke({ token }, 'password_changed')],
  ['revoked: logged out', 467, (token) => void ctx.control.tokens.revoke({ token }, 'logged_out')],
  ['revoked: checkpointed', 459, (token) => void ctx.control.tokens.revoke({ token }, 'checkpointed')],
];

describe.each(tokenCalls)('$name', ({ path, prepare }) => {
  it.each(spoilers)('a token that was %s is TokenInvalidError with subcode %i, reconnect needed', async (_state, subcode, spoil) => {
    const { token, call } = await prepare();
    spoil(token);
    const error = await ctx.failure(call(), TokenInvalidError);
    expect(error.details).toMatchObject({ code: 190, subcode });
    expect(error.reconnectNeeded).toBe(true);
  });

  it.each(transientFaults)('$name is TransientError', async ({ fault }) => {
    const { call } = await prepare();
    await expectTransient(ctx, { ...fault, match: { pathIncludes: path } }, call);
  });

  it('a one-off expired-token answer is TokenInvalidError 190/463', async () => {
    const { call } = await prepare();
    ctx.control.faults.inject({ kind: 'tokenExpired', match: { pathIncludes: path } });
    const error = await ctx.failure(call(), TokenInvalidError);
    expect(error.details).toMatchObject({ code: 190, subcode: 463 });
  });
});

describe('exchangeFacebookCode on a failing connection', () => {
  it.each(transientFaults)('$name is TransientError', async ({ fault }) => {
    const code = codeFrom(await answerConsent(ctx, loginUrl()));
    await expectTransient(ctx, { ...fault, match: { pathIncludes: '/oauth/access_token' } }, () => exchange(code));
  });
});

describe('throttling answers become ThrottledError with a retryAfter from the headers', () => {
  it.each([
    [4, 'app'],
    [17, 'account'],
    [613, 'account'],
  ] as const)('code %i (X-App-Usage, no estimate): scope %s, retry in the default hour', async (code, scope) => {
    const tap = ctx.tap('metaGraph');
    ctx.control.faults.inject({ kind: 'throttle', code });
    const error = await ctx.failure(fetchFacebookUser(ctx.networks.metaGraph, { accessToken: ctx.metaUserToken() }), ThrottledError);
    expect(tap.last().headers['x-business-use-case-usage']).toBeUndefined();
    expect(error.details.code).toBe(code);
    expect(error.scope).toBe(scope);
    expect(error.retryAfter.getTime()).toBe(ctx.now().getTime() + HOUR);
  });

  it.each([32, 80001])('code %i (BUC header): retry when the header’s estimated_time_to_regain_access says', async (code) => {
    const tap = ctx.tap('metaGraph');
    ctx.control.faults.inject({ kind: 'throttle', code });
    const error = await ctx.failure(fetchManagedPages(ctx.networks.metaGraph, { accessToken: ctx.metaUserToken() }), ThrottledError);
    const buc = tap.lastJsonHeader<Record<string, { estimated_time_to_regain_access: number }[]>>('x-business-use-case-usage');
    const minutes = Object.values(buc).flat()[0]?.estimated_time_to_regain_access ?? 0;
    expect(minutes).toBeGreaterThan(0);
    expect(error.details.code).toBe(code);
    expect(error.retryAfter.getTime()).toBe(ctx.now().getTime() + minutes * MINUTE);
  });
});
