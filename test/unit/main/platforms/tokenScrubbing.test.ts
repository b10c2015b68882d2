import { inspect } from 'node:util';
import { isAxiosError } from 'axios';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exchangeFacebookCode, exchangeForLongLivedFacebookToken } from '../../../../main/platforms/meta/facebookLogin';
import { publishPagePost } from '../../../../main/platforms/meta/facebookPublishing';
import { fetchFacebookUser } from '../../../../main/platforms/meta/graphUser';
import { exchangeInstagramCode, refreshInstagramToken } from '../../../../main/platforms/meta/instagramLogin';
import { uploadVideoBytes } from '../../../../main/platforms/meta/resumableUpload';
import type { NetworkName, PlatformName } from '../../../../main/platforms/platformFailure';
import { PlatformError } from '../../../../main/platforms/platformErrors';
import { createPlatformHttp } from '../../../../main/platforms/platformHttp';
import type { PlatformNetworks } from '../../../../main/platforms/platformNetworks';
import { exchangeTikTokCode, refreshTikTokToken } from '../../../../main/platforms/tiktok/tiktokLogin';
import { uploadTikTokChunk } from '../../../../main/platforms/tiktok/tiktokChunkedUpload';
import { fetchTikTokUser } from '../../../../main/platforms/tiktok/tiktokUser';
import {
  FIXED_NOW,
  endpointsFor,
  networksFor,
  rejectionOf,
  startCannedServer,
  type CannedReply,
  type CannedServer,
} from './support/cannedServer';

/**
 * No token, secret, code or verifier may appear in anything a thrown error exposes: its message,
 * stack, JSON form, util.inspect (hidden properties included), cause chain, or the line pino would
 * log for it. Every client call that carries a secret is driven through every error path.
 */

const SECRETS = {
  metaUserToken: 'EAAGm0PX4ZCpsBAKZCZBx7pZBZAq9Nf3kR2vLm8QwTyUi0',
  metaPageToken: 'EAAPageTokenZCZBx7pZBZAq9Nf3kR2vLm8QwTyUi0xyz',
  metaAppSecret: '9f1c2b3a4d5e6f708192a3b4c5d6e7f8',
  metaCode: 'AQBx-authorization-code-7kR2vLm8QwTyUi0pZ',
  instagramToken: 'IGAAk4Lq0Zp9xWmTnB2vC7dE5fG8hJ1kL3mN6oP',
  tiktokAccessToken: 'act.1a2b3c4d5e6f7g8h9i0jKLMNOPqrstuvWXyz',
  tiktokRefreshToken: 'rft.0z9y8x7w6v5u4t3s2r1qPONMLKjihgfedcba',
  tiktokClientSecret: 'tiktok-client-secret-value-42',
  tiktokCode: 'tiktok-auth-code-0001',
  codeVerifier: 'verifier-Zm9vYmFyYmF6cXV4LmV4YW1wbGUtdmVyaWZpZXI',
};

/** One client call per way Outpost sends a secret: query, form body, Authorization header. */
const calls: {
  name: string;
  platform: PlatformName;
  call: (networks: PlatformNetworks) => Promise<unknown>;
  /** False for a chunk PUT, whose answer body is not read: any 2xx is success. */
  readsAnswer?: false;
}[] = [
  {
    name: 'Facebook code exchange (secret and code in the query)',
    platform: 'meta',
    call: (n) =>
      exchangeFacebookCode(n.metaGraph, {
        appId: '1234',
        appSecret: SECRETS.metaAppSecret,
        redirectUri: 'https://www.facebook.com/connect/login_success.html',
        code: SECRETS.metaCode,
      }),
  },
  {
    name: 'long-lived exchange (fb_exchange_token in the query)',
    platform: 'meta',
    call: (n) =>
      exchangeForLongLivedFacebookToken(n.metaGraph, { appId: '1234', appSecret: SECRETS.metaAppSecret, shortLivedToken: SECRETS.metaUserToken }),
  },
  {
    name: '/me (access_token in the query)',
    platform: 'meta',
    call: (n) => fetchFacebookUser(n.metaGraph, { accessToken: SECRETS.metaUserToken }),
  },
  {
    name: 'Page post (access_token in the form body)',
    platform: 'meta',
    call: (n) => publishPagePost(n.metaGraph, { pageId: '112233', pageAccessToken: SECRETS.metaPageToken, message: 'Fresh bread' }),
  },
  {
    name: 'resumable upload (Authorization: OAuth header)',
    platform: 'meta',
    call: (n) =>
      uploadVideoBytes(n.metaUpload, { containerId: '1789', accessToken: SECRETS.metaUserToken, fileSize: 4, offset: 0, bytes: Buffer.from('moov') }),
  },
  {
    name: 'Instagram code exchange (secret and code in the form body)',
    platform: 'meta',
    call: (n) =>
      exchangeInstagramCode(n.instagramApi, {
        appId: '5678',
        appSecret: SECRETS.metaAppSecret,
        redirectUri: 'https://localhost:8137/callback',
        code: SECRETS.metaCode,
      }),
  },
  {
    name: 'Instagram refresh (access_token in the query)',
    platform: 'meta',
    call: (n) => refreshInstagramToken(n.instagramGraph, { accessToken: SECRETS.instagramToken }),
  },
  {
    name: 'TikTok code exchange (secret, code and verifier in the form body)',
    platform: 'tiktok',
    call: (n) =>
      exchangeTikTokCode(n.tiktokApi, {
        clientKey: 'awkey',
        clientSecret: SECRETS.tiktokClientSecret,
        code: SECRETS.tiktokCode,
        redirectUri: 'http://127.0.0.1:3455/callback/',
        codeVerifier: SECRETS.codeVerifier,
      }),
  },
  {
    name: 'TikTok refresh (refresh token in the form body)',
    platform: 'tiktok',
    call: (n) =>
      refreshTikTokToken(n.tiktokApi, { clientKey: 'awkey', clientSecret: SECRETS.tiktokClientSecret, refreshToken: SECRETS.tiktokRefreshToken }),
  },
  {
    name: 'TikTok user info (Authorization: Bearer header)',
    platform: 'tiktok',
    call: (n) => fetchTikTokUser(n.tiktokApi, { accessToken: SECRETS.tiktokAccessToken }),
  },
  {
    name: 'TikTok chunk (upload URL from the server)',
    platform: 'tiktok',
    readsAnswer: false,
    call: (n) =>
      uploadTikTokChunk(n.tiktokUpload, {
        uploadUrl: `${uploadBase}/upload/?upload_id=1&upload_token=${SECRETS.tiktokAccessToken}`,
        range: { first: 0, last: 3 },
        videoSize: 4,
        bytes: Buffer.from('moov'),
        contentType: 'video/mp4',
      }),
  },
];

/** Platforms echo a token in their text now and then ("Cannot parse access token EAA..."). */
const echoed = `${SECRETS.metaUserToken} ${SECRETS.instagramToken} ${SECRETS.tiktokAccessToken}`;
const graphError = (code: number, subcode?: number) => ({
  error: { message: `Invalid OAuth access token - Cannot parse access token: ${echoed}`, code, error_subcode: subcode, fbtrace_id: 'Trace1' },
});
const tiktokError = (code: string) => ({ data: {}, error: { code, message: `token ${echoed} rejected`, log_id: 'Log1' } });

type Path = { name: string; reply: (platform: PlatformName) => CannedReply | 'timeout' | 'refused' };
const paths: Path[] = [
  { name: 'token invalid', reply: (p) => ({ status: 401, json: p === 'meta' ? graphError(190, 460) : tiktokError('access_token_invalid') }) },
  { name: 'permission missing', reply: (p) => ({ status: 403, json: p === 'meta' ? graphError(200) : tiktokError('scope_not_authorized') }) },
  { name: 'throttled', reply: (p) => ({ status: 429, json: p === 'meta' ? graphError(17) : tiktokError('rate_limit_exceeded') }) },
  { name: 'media rejected', reply: (p) => ({ status: 400, json: p === 'meta' ? graphError(100, 2207026) : tiktokError('frame_rate_check_failed') }) },
  { name: 'transient (5xx)', reply: (p) => ({ status: 500, json: p === 'meta' ? graphError(2) : tiktokError('internal_error') }) },
  { name: 'permanent', reply: (p) => ({ status: 400, json: p === 'meta' ? graphError(100) : tiktokError('invalid_params') }) },
  {
    name: 'upload host error shape',
    reply: () => ({ status: 401, json: { debug_info: { retriable: false, type: 'AuthorizationError', message: `Invalid OAuth access token ${echoed}` } } }),
  },
  { name: 'OAuth error object', reply: () => ({ status: 400, json: { error: 'invalid_grant', error_description: `bad ${echoed}`, log_id: 'L' } }) },
  { name: 'error in a 200 envelope', reply: () => ({ status: 200, json: tiktokError('spam_risk_too_many_posts') }) },
  { name: 'malformed JSON error body', reply: () => ({ status: 400, text: `{"error": {"message": "${echoed}` }) },
  { name: 'unreadable success body', reply: () => ({ status: 200, text: `<html>${echoed}</html>` }) },
  { name: 'dropped connection', reply: () => ({ drop: true }) },
  { name: 'timeout', reply: () => 'timeout' },
  { name: 'connection refused', reply: () => 'refused' },
];

let server: CannedServer;
let uploadBase: string;
beforeEach(async () => {
  server = await startCannedServer();
  uploadBase = server.baseUrl;
});
afterEach(async () => {
  await server.close();
});

/** Every network with a 150 ms timeout, for the timeout path. */
function impatientNetworks(): PlatformNetworks {
  const endpoints = endpointsFor(server);
  const make = (network: NetworkName, baseURL?: string) =>
    createPlatformHttp({ network, ...(baseURL !== undefined && { baseURL }), timeoutMs: 150, now: () => FIXED_NOW });
  return {
    metaGraph: make('metaGraph', endpoints.metaGraph),
    metaUpload: make('metaUpload', endpoints.metaUpload),
    instagramGraph: make('instagramGraph', endpoints.instagramGraph),
    instagramApi: make('instagramApi', endpoints.instagramApi),
    tiktokApi: make('tiktokApi', endpoints.tiktokApi),
    tiktokUpload: make('tiktokUpload'),
  };
}

/** Everything a thrown error lets anyone see, including what a pino log line would hold. */
function everythingVisibleIn(error: unknown): string {
  const parts: string[] = [];
  for (let current: unknown = error; current !== undefined && current !== null; current = (current as { cause?: unknown }).cause) {
    parts.push(String(current), JSON.stringify(current) ?? '', inspect(current, { depth: Infinity, showHidden: true, getters: true }));
    if (current instanceof Error) parts.push(current.message, current.stack ?? '');
    for (const key of Object.getOwnPropertyNames(current)) {
      parts.push(inspect((current as Record<string, unknown>)[key], { depth: Infinity, showHidden: true }));
    }
  }
  const lines: string[] = [];
  pino({}, { write: (line: string) => lines.push(line) }).error({ err: error }, 'publish failed');
  return [...parts, ...lines].join('\n');
}

describe.each(calls)('$name', ({ platform, call, readsAnswer }) => {
  const applicable = paths.filter((path) => readsAnswer !== false || path.name !== 'unreadable success body');
  it.each(applicable)('leaks nothing on $name', async ({ reply }) => {
    const canned = reply(platform);
    let networks = networksFor(server).networks;
    if (canned === 'timeout') {
      networks = impatientNetworks();
      server.reply({ hang: true });
    } else if (canned === 'refused') {
      await server.close();
    } else {
      server.reply(canned);
    }

    const error = await rejectionOf(() => call(networks));

    expect(isAxiosError(error)).toBe(false);
    expect(error).toBeInstanceOf(PlatformError);
    const visible = everythingVisibleIn(error);
    for (const [name, secret] of Object.entries(SECRETS)) {
      expect(visible, `${name} leaked`).not.toContain(secret);
    }
    if (canned === 'refused') server = await startCannedServer();
  });
});

it('the request really carried the secrets (so the test above proves something)', async () => {
  const { networks } = networksFor(server);
  server.reply({ status: 400, json: graphError(100) }, { status: 400, json: graphError(100) });
  await rejectionOf(() => fetchFacebookUser(networks.metaGraph, { accessToken: SECRETS.metaUserToken }));
  await rejectionOf(() => calls[4]!.call(networks));
  expect(server.requests[0]?.query.get('access_token')).toBe(SECRETS.metaUserToken);
  expect(server.requests[1]?.headers.authorization).toBe(`OAuth ${SECRETS.metaUserToken}`);
});
