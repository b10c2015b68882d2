import { describe, expect, it } from 'vitest';
import {
  buildInstagramLoginUrl,
  exchangeForLongLivedInstagramToken,
  exchangeInstagramCode,
  refreshInstagramToken,
} from '../../../main/platforms/meta/instagramLogin';
import { fetchInstagramMedia } from '../../../main/platforms/meta/instagramMedia';
import { createMediaContainer, fetchPublishingLimit } from '../../../main/platforms/meta/instagramPublishing';
import { PermanentError, PermissionMissingError, ThrottledError, TokenInvalidError } from '../../../main/platforms/platformErrors';
import { answerConsent, codeFrom } from './support/consentFlow';
import { expectTransient, transientFaults } from './support/faultCases';
import { publish, statusOf, type InstagramPath } from './support/instagramFlow';
import { DAY, HOUR, MINUTE, usePlatformSandbox } from './support/platformSandbox';

/**
 * Instagram API with Instagram Login: the authorize page on api.instagram.com, the code exchange
 * there, the long-lived exchange and the 24-hour-old refresh on graph.instagram.com, and the
 * resulting token publishing through the same container calls as the Facebook path.
 */
const ctx = usePlatformSandbox({ seed: 'platforms-instagram-login' });

const REDIRECT_URI = 'http://localhost:8137/callback';
const SCOPES = ['instagram_business_basic', 'instagram_business_content_publish', 'instagram_business_manage_insights'];

function loginUrl(state = 'ig-state'): string {
  return buildInstagramLoginUrl(ctx.endpoints, { appId: ctx.demo.instagram.appId, redirectUri: REDIRECT_URI, state, scopes: SCOPES });
}

function exchange(code: string, redirectUri = REDIRECT_URI) {
  const { appId, appSecret } = ctx.demo.instagram;
  return exchangeInstagramCode(ctx.networks.instagramApi, { appId, appSecret, redirectUri, code });
}

function extend(shortLivedToken: string) {
  return exchangeForLongLivedInstagramToken(ctx.networks.instagramGraph, { appSecret: ctx.demo.instagram.appSecret, shortLivedToken });
}

/** A long-lived Instagram Login token, the way the app ends up with one. */
async function loggedIn(): Promise<string> {
  const short = await exchange(codeFrom(await answerConsent(ctx, loginUrl())));
  return (await extend(short.accessToken)).accessToken;
}

describe('login', () => {
  it('Allow redirects with state and a code Meta suffixes with #_; the code (suffix and all) becomes a 1-hour token', async () => {
    const redirect = await answerConsent(ctx, loginUrl('s-77'));
    expect(redirect.url.searchParams.get('state')).toBe('s-77');
    expect(redirect.location.endsWith('#_')).toBe(true);
    // What a person pasting the address bar would hand over: the code with Meta's `#_` still on.
    const short = await exchange(`${codeFrom(redirect)}#_`);
    // The 17-digit user id arrives as a JSON number and stays exact.
    expect(short.userId).toBe(ctx.demo.instagram.accountId);
    expect(short.accessToken).toMatch(/^IGAA/);
  });

  it('Cancel redirects with error=access_denied and no code', async () => {
    const redirect = await answerConsent(ctx, loginUrl('s-cancel'), { decision: 'cancel' });
    expect(redirect.url.searchParams.get('error')).toBe('access_denied');
    expect(redirect.url.searchParams.has('code')).toBe(false);
  });

  it('the long-lived token lasts 60 days and can be refreshed only once it is 24 hours old', async () => {
    const short = await exchange(codeFrom(await answerConsent(ctx, loginUrl())));
    const long = await extend(short.accessToken);
    expect(long).toMatchObject({ tokenType: 'bearer', expiresInSeconds: 5_183_944 });

    const tooSoon = await ctx.failure(refreshInstagramToken(ctx.networks.instagramGraph, { accessToken: long.accessToken }), PermanentError);
    expect(tooSoon.details).toMatchObject({ network: 'instagramGraph', code: 100 });
    expect(tooSoon.reason).toContain('24 hours old');

    ctx.advance(DAY);
    const refreshed = await refreshInstagramToken(ctx.networks.instagramGraph, { accessToken: long.accessToken });
    expect(refreshed.expiresInSeconds).toBe(5_183_944);
    expect(refreshed.accessToken).not.toBe(long.accessToken);
  });

  it('a short-lived token past its hour can be neither extended nor used: 190/463', async () => {
    const short = await exchange(codeFrom(await answerConsent(ctx, loginUrl())));
    ctx.advance(HOUR);
    const error = await ctx.failure(extend(short.accessToken), TokenInvalidError);
    expect(error.details).toMatchObject({ code: 190, subcode: 463 });
    expect(error.reconnectNeeded).toBe(true);
  });

  it('a long-lived token that expired cannot be refreshed: 190/463, reconnect needed', async () => {
    const token = await loggedIn();
    ctx.control.tokens.expire({ token });
    const error = await ctx.failure(refreshInstagramToken(ctx.networks.instagramGraph, { accessToken: token }), TokenInvalidError);
    expect(error.details).toMatchObject({ code: 190, subcode: 463 });
  });
});

describe('code exchange refusals on api.instagram.com are PermanentError', () => {
  // api.instagram.com answers {"error_type","code","error_message"}, a shape the client does not
  // read (reported): the class comes from the HTTP status, the platform's words are not kept.
  it.each([
    ['a code used twice', async () => {
      const code = codeFrom(await answerConsent(ctx, loginUrl()));
      await exchange(code);
      return exchange(code);
    }],
    ['a redirect_uri other than the authorize one', async () => exchange(codeFrom(await answerConsent(ctx, loginUrl())), 'http://localhost:8137/elsewhere')],
    ['a code past its 10 minutes', async () => {
      const code = codeFrom(await answerConsent(ctx, loginUrl()));
      ctx.advance(10 * MINUTE);
      return exchange(code);
    }],
  ])('%s', async (_name, call) => {
    const error = await ctx.failure(call(), PermanentError);
    expect(error.details).toMatchObject({ network: 'instagramApi', httpStatus: 400 });
  });

  it('a throttled exchange (HTTP 429) is ThrottledError with the one-minute default', async () => {
    const code = codeFrom(await answerConsent(ctx, loginUrl()));
    ctx.control.faults.inject({ kind: 'throttle', match: { hosts: ['instagramApi'], pathIncludes: '/oauth/access_token' } });
    const error = await ctx.failure(exchange(code), ThrottledError);
    expect(error.details.httpStatus).toBe(429);
    expect(error.retryAfter.getTime()).toBe(ctx.now().getTime() + MINUTE);
  });
});

describe('publishing with an Instagram Login token on graph.instagram.com', () => {
  it('creates, publishes and reads back an image, and counts it in the publishing limit', async () => {
    const path: InstagramPath = { graph: ctx.networks.instagramGraph, igUserId: ctx.demo.instagram.accountId, accessToken: await loggedIn() };
    const containerId = await createMediaContainer(path.graph, {
      igUserId: path.igUserId,
      accessToken: path.accessToken,
      content: { kind: 'image', imageUrl: ctx.mediaUrl('image.jpg'), caption: 'Via Instagram Login' },
    });
    ctx.advance(2_000);
    expect((await statusOf(path, containerId)).statusCode).toBe('FINISHED');
    const mediaId = await publish(path, containerId);
    expect(await fetchInstagramMedia(path.graph, { mediaId, accessToken: path.accessToken })).toMatchObject({ id: mediaId, mediaProductType: 'FEED' });
    expect((await fetchPublishingLimit(path.graph, { igUserId: path.igUserId, accessToken: path.accessToken })).quotaUsage).toBeGreaterThanOrEqual(1);
  });

  it('a token without instagram_business_content_publish is PermissionMissingError (code 10)', async () => {
    const error = await ctx.failure(
      createMediaContainer(ctx.networks.instagramGraph, {
        igUserId: ctx.demo.instagram.accountId,
        accessToken: ctx.instagramToken(['instagram_business_basic']),
        content: { kind: 'image', imageUrl: ctx.mediaUrl('image.jpg') },
      }),
      PermissionMissingError,
    );
    expect(error.details).toMatchObject({ network: 'instagramGraph', code: 10 });
  });

  it('a Facebook Login token is not an Instagram Login token: 190', async () => {
    const error = await ctx.failure(
      fetchPublishingLimit(ctx.networks.instagramGraph, { igUserId: ctx.demo.instagram.accountId, accessToken: ctx.metaUserToken() }),
      TokenInvalidError,
    );
    expect(error.details.code).toBe(190);
  });
});

/** Each login call, prepared up to its own request so a fault can only hit that one. */
const loginCalls: [string, () => Promise<() => Promise<unknown>>][] = [
  ['exchangeInstagramCode', async () => {
    const code = codeFrom(await answerConsent(ctx, loginUrl()));
    return () => exchange(code);
  }],
  ['exchangeForLongLivedInstagramToken', async () => {
    const short = await exchange(codeFrom(await answerConsent(ctx, loginUrl())));
    return () => extend(short.accessToken);
  }],
  ['refreshInstagramToken', async () => {
    const token = await loggedIn();
    ctx.advance(DAY);
    return () => refreshInstagramToken(ctx.networks.instagramGraph, { accessToken: token });
  }],
];

describe.each(loginCalls)('%s on a failing connection', (_name, prepare) => {
  it.each(transientFaults)('$name is TransientError', async ({ fault }) => {
    await expectTransient(ctx, fault, await prepare());
  });
});
