import axios, { type AxiosRequestConfig } from 'axios';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GRAPH_API_VERSION } from '../../../main/platforms/endpoints';
import { PermanentError } from '../../../main/platforms/platformErrors';
import type { PlatformNetworks } from '../../../main/platforms/platformNetworks';
import { usePlatformSandbox } from './support/platformSandbox';

/**
 * The sandbox is strict on purpose: a misspelled parameter gets the platform's own error instead
 * of being ignored, so a typo in a client fails here, not in production. Each request is sent
 * twice: with plain axios, to see the platform's error shape, and through the client network,
 * which must read that shape as a PermanentError (retrying a typo never helps).
 */
const ctx = usePlatformSandbox({ seed: 'platforms-strictness' });

interface Misspelling {
  name: string;
  network: keyof PlatformNetworks;
  request: () => Promise<AxiosRequestConfig>;
  /** What the platform's own error body looks like. */
  shape: (body: unknown) => void;
  /** What the client keeps of the platform's words, when it reads them. */
  reason?: RegExp;
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields);
const v = GRAPH_API_VERSION;

const graphShape = (code: number) => (body: unknown) =>
  expect(body).toMatchObject({ error: { message: expect.any(String), type: expect.any(String), code, fbtrace_id: expect.any(String) } });

const misspellings: Misspelling[] = [
  {
    name: 'Graph: `capton` for caption on an Instagram container',
    network: 'metaGraph',
    request: async () => ({
      method: 'POST',
      url: `/${v}/${ctx.demo.instagram.accountId}/media`,
      data: form({ image_url: ctx.mediaUrl('image.jpg'), capton: 'Fresh bread', access_token: ctx.metaUserToken() }),
    }),
    shape: graphShape(100),
    reason: /does not take "capton"/,
  },
  {
    name: 'Graph: `acess_token` for access_token on a Page post',
    network: 'metaGraph',
    request: async () => ({ method: 'POST', url: `/${v}/${ctx.demo.meta.pageId}/feed`, data: form({ message: 'Hello', acess_token: await ctx.pageToken() }) }),
    shape: graphShape(104),
    reason: /access token is required/,
  },
  {
    name: 'Graph: `scheduled_publish_tme` on a Page post',
    network: 'metaGraph',
    request: async () => ({
      method: 'POST',
      url: `/${v}/${ctx.demo.meta.pageId}/feed`,
      data: form({ message: 'Later', published: 'false', scheduled_publish_tme: '+1 hour', access_token: await ctx.pageToken() }),
    }),
    shape: graphShape(100),
    reason: /scheduled_publish_tme/,
  },
  {
    name: 'graph.instagram.com: `grant_typ` on the token refresh',
    network: 'instagramGraph',
    request: async () => ({ method: 'GET', url: '/refresh_access_token', params: { grant_typ: 'ig_refresh_token', access_token: ctx.instagramToken() } }),
    shape: graphShape(100),
    reason: /grant_typ/,
  },
  {
    name: 'api.instagram.com: `client_secrett` on the code exchange',
    network: 'instagramApi',
    request: async () => ({
      method: 'POST',
      url: '/oauth/access_token',
      data: form({ client_id: ctx.demo.instagram.appId, client_secrett: ctx.demo.instagram.appSecret, grant_type: 'authorization_code', redirect_uri: 'http://localhost:8137/callback', code: 'AQx' }),
    }),
    shape: (body) => expect(body).toMatchObject({ error_type: 'OAuthException', code: 400, error_message: 'Unknown parameter: client_secrett' }),
  },
  {
    name: 'rupload: an `ofset` header for offset',
    network: 'metaUpload',
    request: async () => {
      const accessToken = ctx.metaUserToken();
      const created = await ctx.networks.metaGraph.request(
        { method: 'POST', url: `/${v}/${ctx.demo.instagram.accountId}/media`, data: form({ media_type: 'REELS', upload_type: 'resumable', access_token: accessToken }) },
        z.object({ id: z.string() }),
      );
      return {
        method: 'POST',
        url: `/ig-api-upload/${v}/${created.id}`,
        headers: { Authorization: `OAuth ${accessToken}`, ofset: '0', file_size: '4', 'Content-Type': 'application/octet-stream' },
        data: Buffer.from('abcd'),
      };
    },
    shape: (body) => expect(body).toMatchObject({ debug_info: { type: 'BadRequestError', retriable: false, message: expect.stringContaining('offset') } }),
    reason: /offset and file_size headers are required/,
  },
  {
    name: 'TikTok API: `disable_duett` in post_info',
    network: 'tiktokApi',
    request: async () => ({
      method: 'POST',
      url: '/v2/post/publish/video/init/',
      headers: { Authorization: `Bearer ${ctx.tiktokToken()}`, 'Content-Type': 'application/json; charset=UTF-8' },
      data: { post_info: { privacy_level: 'SELF_ONLY', disable_duett: true }, source_info: { source: 'FILE_UPLOAD', video_size: 1000, chunk_size: 1000, total_chunk_count: 1 } },
    }),
    shape: (body) => expect(body).toMatchObject({ data: {}, error: { code: 'invalid_params', message: expect.any(String), log_id: expect.any(String) } }),
    reason: /unknown field post_info\.disable_duett/,
  },
  {
    name: 'TikTok API: `field` for fields on user/info',
    network: 'tiktokApi',
    request: async () => ({ method: 'GET', url: '/v2/user/info/', params: { field: 'open_id' }, headers: { Authorization: `Bearer ${ctx.tiktokToken()}` } }),
    shape: (body) => expect(body).toMatchObject({ error: { code: 'invalid_params' } }),
    reason: /unknown query parameter field/,
  },
  {
    name: 'TikTok OAuth: `client_secert` on the token endpoint',
    network: 'tiktokApi',
    request: async () => ({
      method: 'POST',
      url: '/v2/oauth/token/',
      data: form({ client_key: ctx.demo.tiktok.clientKey, client_secert: ctx.demo.tiktok.clientSecret, grant_type: 'refresh_token', refresh_token: 'rft.x' }),
    }),
    shape: (body) => expect(body).toMatchObject({ error: 'invalid_request', error_description: expect.stringContaining('client_secert'), log_id: expect.any(String) }),
    reason: /client_secert/,
  },
];

describe('a misspelled parameter', () => {
  it.each(misspellings)('$name: refused in the platform’s shape, PermanentError through the client', async ({ network, request, shape, reason }) => {
    const config = await request();
    const http = ctx.networks[network];
    const raw = await axios.request({ ...config, baseURL: http.axios.defaults.baseURL, validateStatus: () => true });
    expect(raw.status).toBeGreaterThanOrEqual(400);
    expect(raw.status).toBeLessThan(500);
    shape(raw.data);

    const error = await ctx.failure(http.request(await request(), z.unknown()), PermanentError);
    expect(error.details).toMatchObject({ network, httpStatus: raw.status });
    if (reason) expect(error.reason).toMatch(reason);
  });

  it('the same requests spelled right are accepted (the refusals above are about the spelling)', async () => {
    const accessToken = ctx.metaUserToken();
    const created = await ctx.networks.metaGraph.request(
      { method: 'POST', url: `/${v}/${ctx.demo.instagram.accountId}/media`, data: form({ image_url: ctx.mediaUrl('image.jpg'), caption: 'Fresh bread', access_token: accessToken }) },
      z.object({ id: z.string() }),
    );
    expect(created.id).toMatch(/^\d+$/);
    const user = await ctx.networks.tiktokApi.request(
      { method: 'GET', url: '/v2/user/info/', params: { fields: 'open_id' }, headers: { Authorization: `Bearer ${ctx.tiktokToken()}` } },
      z.object({ data: z.object({ user: z.object({ open_id: z.string() }) }) }),
    );
    expect(user.data.user.open_id).toBe(ctx.demo.tiktok.openId);
  });

  it('on the login dialog (opened in a browser, not by axios): an error page naming the parameter', async () => {
    const url = new URL(`${ctx.endpoints.metaDialog}/${v}/dialog/oauth`);
    url.search = new URLSearchParams({ client_id: ctx.demo.meta.appId, redirect_url: 'http://localhost:8137/callback', response_type: 'code' }).toString();
    const page = await fetch(url);
    expect(page.status).toBe(400);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('redirect_url');
  });
});
