import { describe, expect, it } from 'vitest';
import { base64UrlChallenge, hexChallenge, makeMp4, type Sandbox } from '../../../main/sandbox';
import { actionFrom, call, consentIdFrom, useSandbox } from './sandboxHarness';

const REDIRECT = 'http://127.0.0.1:53123/callback/';
const VERIFIER = 'tiktok-verifier-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEF';
const MB = 1024 * 1024;

interface ApiBody {
  data: Record<string, unknown>;
  error: { code: string; message: string; log_id: string };
}
interface OAuthBody {
  error?: string;
  error_description?: string;
  access_token: string;
  refresh_token: string;
  open_id: string;
  scope: string;
  expires_in: number;
  refresh_expires_in: number;
  token_type: string;
}

async function authorize(sandbox: Sandbox, query: Record<string, string> = {}, decision = 'allow') {
  const page = await call('GET', `${sandbox.urls.tiktokAuth}/v2/auth/authorize/`, {
    query: {
      client_key: sandbox.control.demo().tiktok.clientKey,
      scope: 'user.info.basic,user.info.profile,video.publish,video.upload,video.list',
      response_type: 'code',
      redirect_uri: REDIRECT,
      state: 'tt-state',
      code_challenge: hexChallenge(VERIFIER),
      code_challenge_method: 'S256',
      ...query,
    },
  });
  if (page.status !== 200) return { page, location: null };
  const answer = await call('POST', actionFrom(page.text), { form: { consent_id: consentIdFrom(page.text), decision } });
  return { page, location: new URL(answer.headers.get('location') ?? '') };
}

function tokenRequest(sandbox: Sandbox, form: Record<string, string>) {
  const demo = sandbox.control.demo().tiktok;
  return call<OAuthBody>('POST', `${sandbox.urls.tiktokApi}/v2/oauth/token/`, { form: { client_key: demo.clientKey, client_secret: demo.clientSecret, ...form } });
}

async function codeFor(sandbox: Sandbox, query: Record<string, string> = {}) {
  const { location } = await authorize(sandbox, query);
  return location?.searchParams.get('code') ?? '';
}

function api(sandbox: Sandbox, token = sandbox.control.tokens.issueTikTokToken().access_token) {
  const headers = { authorization: `Bearer ${token}` };
  return {
    token,
    get: (path: string, query: Record<string, string> = {}) => call<ApiBody>('GET', `${sandbox.urls.tiktokApi}${path}`, { query, headers }),
    post: (path: string, json: unknown, query: Record<string, string> = {}) => call<ApiBody>('POST', `${sandbox.urls.tiktokApi}${path}`, { json, query, headers }),
  };
}

const direct = (source: Record<string, unknown>, postInfo: Record<string, unknown> = {}) => ({
  post_info: { title: 'Morning bake #sourdough', privacy_level: 'PUBLIC_TO_EVERYONE', disable_comment: false, ...postInfo },
  source_info: source,
});

function putChunk(uploadUrl: string, file: Buffer, first: number, last: number, headers: Record<string, string> = {}) {
  return call('PUT', uploadUrl, {
    body: file.subarray(first, last + 1),
    headers: { 'content-type': 'video/mp4', 'content-range': `bytes ${first}-${last}/${file.length}`, ...headers },
  });
}

describe('TikTok Login Kit for Desktop (reference 6.1)', () => {
  const ctx = useSandbox();

  it('authorizes with a wildcard-port redirect and returns code, scopes and state', async () => {
    const { location } = await authorize(ctx.sandbox);
    expect(location?.origin).toBe('http://127.0.0.1:53123');
    expect(location?.searchParams.get('state')).toBe('tt-state');
    expect(location?.searchParams.get('scopes')).toBe('user.info.basic,user.info.profile,video.publish,video.upload,video.list');
    const code = location?.searchParams.get('code') ?? '';
    expect(code).toContain('*');
    expect(location?.search).not.toContain('*0!');
  });

  it('Cancel redirects with error=access_denied', async () => {
    const { location } = await authorize(ctx.sandbox, {}, 'cancel');
    expect(location?.searchParams.get('error')).toBe('access_denied');
    expect(location?.searchParams.get('state')).toBe('tt-state');
  });

  it.each([
    ['a different path', { redirect_uri: 'http://127.0.0.1:53123/other/' }],
    ['a non-loopback host', { redirect_uri: 'http://example.com:53123/callback/' }],
    ['no port', { redirect_uri: 'http://127.0.0.1/callback/' }],
    ['a query string', { redirect_uri: 'http://127.0.0.1:53123/callback/?x=1' }],
    ['no code_challenge', { code_challenge: '' }],
    ['an unknown scope', { scope: 'user.info.basic,video.delete' }],
    ['a misspelled parameter', { redirect_url: REDIRECT }],
    ['an unknown client_key', { client_key: 'nope' }],
  ])('refuses %s with an error page', async (_name, query) => {
    const { page } = await authorize(ctx.sandbox, query);
    expect(page.status).toBe(400);
    expect(page.headers.get('content-type')).toContain('text/html');
  });

  it('exchanges the code with the verifier whose hex SHA-256 is the challenge', async () => {
    const code = await codeFor(ctx.sandbox);
    const result = await tokenRequest(ctx.sandbox, { code, grant_type: 'authorization_code', redirect_uri: REDIRECT, code_verifier: VERIFIER });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      open_id: ctx.sandbox.control.demo().tiktok.openId,
      scope: 'user.info.basic,user.info.profile,video.publish,video.upload,video.list',
      access_token: expect.stringMatching(/^act\./),
      expires_in: 86400,
      refresh_token: expect.stringMatching(/^rft\./),
      refresh_expires_in: 31536000,
      token_type: 'Bearer',
    });
  });

  it('refuses a base64url challenge: "Code verifier or code challenge is invalid."', async () => {
    const code = await codeFor(ctx.sandbox, { code_challenge: base64UrlChallenge(VERIFIER) });
    const result = await tokenRequest(ctx.sandbox, { code, grant_type: 'authorization_code', redirect_uri: REDIRECT, code_verifier: VERIFIER });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ error: 'invalid_request', error_description: 'Code verifier or code challenge is invalid.' });
  });

  it('refuses a wrong secret, a reused or expired code, another redirect URI, JSON and typos', async () => {
    const code = await codeFor(ctx.sandbox);
    const base = { code, grant_type: 'authorization_code', redirect_uri: REDIRECT, code_verifier: VERIFIER };
    expect((await tokenRequest(ctx.sandbox, { ...base, client_secret: 'wrong' })).body.error).toBe('invalid_client');
    expect((await tokenRequest(ctx.sandbox, { ...base, redirect_uri: 'http://127.0.0.1:1/callback/' })).body.error).toBe('invalid_grant');
    expect((await tokenRequest(ctx.sandbox, { ...base, code_verifer: VERIFIER })).body.error).toBe('invalid_request');
    expect((await tokenRequest(ctx.sandbox, base)).status).toBe(200);
    expect((await tokenRequest(ctx.sandbox, base)).body).toMatchObject({ error: 'invalid_grant' });
    const late = await codeFor(ctx.sandbox);
    ctx.sandbox.control.clock.advance(11 * 60 * 1000);
    expect((await tokenRequest(ctx.sandbox, { ...base, code: late })).body.error_description).toBe('Authorization code is expired.');
    const json = await call<OAuthBody>('POST', `${ctx.sandbox.urls.tiktokApi}/v2/oauth/token/`, { json: base });
    expect(json.body.error).toBe('invalid_request');
    expect((await tokenRequest(ctx.sandbox, { ...base, grant_type: 'password' })).body.error).toBe('unsupported_grant_type');
  });

  it('refreshes: a new access token and a new refresh token; the old refresh token is spent', async () => {
    const issued = ctx.sandbox.control.tokens.issueTikTokToken();
    ctx.sandbox.control.clock.advance(24 * 60 * 60 * 1000);
    const expired = await api(ctx.sandbox, issued.access_token).get('/v2/user/info/', { fields: 'open_id' });
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe('access_token_invalid');
    const refreshed = await tokenRequest(ctx.sandbox, { grant_type: 'refresh_token', refresh_token: issued.refresh_token });
    expect(refreshed.body.refresh_token).not.toBe(issued.refresh_token);
    expect(refreshed.body.refresh_expires_in).toBe(31536000 - 86400);
    expect((await api(ctx.sandbox, refreshed.body.access_token).get('/v2/user/info/', { fields: 'open_id' })).status).toBe(200);
    expect((await tokenRequest(ctx.sandbox, { grant_type: 'refresh_token', refresh_token: issued.refresh_token })).body.error).toBe('invalid_grant');
  });

  it('revokes a token', async () => {
    const issued = ctx.sandbox.control.tokens.issueTikTokToken();
    const demo = ctx.sandbox.control.demo().tiktok;
    const result = await call('POST', `${ctx.sandbox.urls.tiktokApi}/v2/oauth/revoke/`, { form: { client_key: demo.clientKey, client_secret: demo.clientSecret, token: issued.access_token } });
    expect(result.status).toBe(200);
    expect((await api(ctx.sandbox, issued.access_token).get('/v2/user/info/', { fields: 'open_id' })).status).toBe(401);
  });
});

describe('TikTok user info and creator info (reference 6.2, 6.3)', () => {
  const ctx = useSandbox();

  it('returns the fields asked for, in the API v2 shape', async () => {
    const result = await api(ctx.sandbox).get('/v2/user/info/', { fields: 'open_id,display_name,username,follower_count' });
    expect(result.body).toEqual({
      data: { user: { open_id: ctx.sandbox.control.demo().tiktok.openId, display_name: "Rosie's Bakery", username: 'rosiesbakery', follower_count: 5210 } },
      error: { code: 'ok', message: '', log_id: expect.stringMatching(/^\d{14}[0-9A-F]{18}$/) },
    });
  });

  it('refuses fields without their scope, unknown fields, no fields, no token, a missing slash', async () => {
    const basic = api(ctx.sandbox, ctx.sandbox.control.tokens.issueTikTokToken({ scopes: ['user.info.basic'] }).access_token);
    const stats = await basic.get('/v2/user/info/', { fields: 'open_id,follower_count' });
    expect(stats.status).toBe(401);
    expect(stats.body.error.code).toBe('scope_permission_missed');
    expect((await basic.get('/v2/user/info/', { fields: 'open_id,favourite_bread' })).body.error.code).toBe('invalid_params');
    expect((await basic.get('/v2/user/info/')).body.error.code).toBe('invalid_params');
    expect((await call<ApiBody>('GET', `${ctx.sandbox.urls.tiktokApi}/v2/user/info/?fields=open_id`)).body.error.code).toBe('access_token_invalid');
    expect((await basic.get('/v2/user/info', { fields: 'open_id' })).status).toBe(404);
  });

  it('creator_info gives privacy options and max duration, needs video.publish, 20 per minute', async () => {
    const client = api(ctx.sandbox);
    const info = await client.post('/v2/post/publish/creator_info/query/', {});
    expect(info.body.data).toMatchObject({
      creator_username: 'rosiesbakery',
      creator_nickname: "Rosie's Bakery",
      privacy_level_options: ['PUBLIC_TO_EVERYONE', 'MUTUAL_FOLLOW_FRIENDS', 'SELF_ONLY'],
      stitch_disabled: true,
      max_video_post_duration_sec: 600,
    });
    for (let i = 0; i < 19; i++) expect((await client.post('/v2/post/publish/creator_info/query/', {})).status).toBe(200);
    const limited = await client.post('/v2/post/publish/creator_info/query/', {});
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limit_exceeded');
    ctx.sandbox.control.clock.advance(60_000);
    expect((await client.post('/v2/post/publish/creator_info/query/', {})).status).toBe(200);
    const noScope = api(ctx.sandbox, ctx.sandbox.control.tokens.issueTikTokToken({ scopes: ['user.info.basic'] }).access_token);
    expect((await noScope.post('/v2/post/publish/creator_info/query/', {})).body.error.code).toBe('scope_not_authorized');
  });
});

describe('TikTok direct post and upload (reference 6.2)', () => {
  const ctx = useSandbox();

  it('posts a small video in one chunk: 201, processing, PUBLISH_COMPLETE, post id after moderation', async () => {
    const client = api(ctx.sandbox);
    const file = makeMp4({ durationMs: 20_000, sizeBytes: 300_000 });
    const init = await client.post('/v2/post/publish/video/init/', direct({ source: 'FILE_UPLOAD', video_size: file.length, chunk_size: file.length, total_chunk_count: 1 }));
    expect(init.status).toBe(200);
    const { publish_id: publishId, upload_url: uploadUrl } = init.body.data as { publish_id: string; upload_url: string };
    expect(publishId).toMatch(/^v_pub_file~v2-1\.\d{19}$/);
    expect(uploadUrl.startsWith(`${ctx.sandbox.urls.tiktokUpload}/video/?upload_id=`)).toBe(true);
    const status = async () => (await client.post('/v2/post/publish/status/fetch/', { publish_id: publishId })).body.data;
    expect(await status()).toMatchObject({ status: 'PROCESSING_UPLOAD', uploaded_bytes: 0 });
    expect((await putChunk(uploadUrl, file, 0, file.length - 1)).status).toBe(201);
    expect(await status()).toMatchObject({ status: 'PROCESSING_UPLOAD', uploaded_bytes: file.length });
    ctx.sandbox.control.clock.advance(30_000);
    expect(await status()).toMatchObject({ status: 'PUBLISH_COMPLETE', publicaly_available_post_id: [] });
    ctx.sandbox.control.clock.advance(60_000);
    const raw = (await call('POST', `${ctx.sandbox.urls.tiktokApi}/v2/post/publish/status/fetch/`, { json: { publish_id: publishId }, headers: { authorization: `Bearer ${client.token}` } })).text;
    // An int64 with every digit: a JavaScript number would round it.
    const videoId = /"publicaly_available_post_id":\[(\d+)\]/.exec(raw)?.[1] ?? '';
    expect(videoId).toMatch(/^\d{19}$/);
    expect(String(Number(videoId))).not.toBe(videoId);
    const query = await client.post('/v2/video/query/', { filters: { video_ids: [videoId] } }, { fields: 'id,title,duration,share_url,view_count' });
    expect((query.body.data.videos as Record<string, unknown>[])[0]).toMatchObject({ id: videoId, title: 'Morning bake #sourdough', duration: 20, share_url: `https://www.tiktok.com/@rosiesbakery/video/${videoId}` });
    const list = await client.post('/v2/video/list/', { max_count: 10 }, { fields: 'id' });
    expect(list.body.data).toMatchObject({ videos: [{ id: videoId }], has_more: false });
  });

  it('enforces the chunk rules on the PUTs: order, sizes, Content-Range, Content-Type', async () => {
    const client = api(ctx.sandbox);
    const file = makeMp4({ durationMs: 30_000, sizeBytes: 12 * MB });
    const chunk = 5 * MB;
    const init = await client.post('/v2/post/publish/video/init/', direct({ source: 'FILE_UPLOAD', video_size: file.length, chunk_size: chunk, total_chunk_count: 2 }));
    const uploadUrl = (init.body.data as { upload_url: string }).upload_url;
    expect((await putChunk(uploadUrl, file, chunk, file.length - 1)).status).toBe(416);
    expect((await putChunk(uploadUrl, file, 0, 3 * MB - 1)).status).toBe(416);
    expect((await putChunk(uploadUrl, file, 0, chunk - 1, { 'content-type': 'application/octet-stream' })).status).toBe(400);
    expect((await putChunk(uploadUrl, file, 0, chunk - 1, { 'content-range': `bytes 0-${chunk - 1}/999` })).status).toBe(400);
    const first = await putChunk(uploadUrl, file, 0, chunk - 1);
    expect(first.status).toBe(206);
    const last = await putChunk(uploadUrl, file, chunk, file.length - 1);
    expect(last.status).toBe(201);
    expect((await putChunk(uploadUrl, file, chunk, file.length - 1)).status).toBe(400);
  });

  it.each([
    ['a small file split in chunks', { video_size: 3 * MB, chunk_size: MB, total_chunk_count: 3 }],
    ['a chunk count that is not floor(size/chunk)', { video_size: 12 * MB, chunk_size: 5 * MB, total_chunk_count: 3 }],
    ['a 70 MB chunk', { video_size: 140 * MB, chunk_size: 70 * MB, total_chunk_count: 2 }],
    ['a final chunk over 128 MB', { video_size: 190 * MB, chunk_size: 60 * MB, total_chunk_count: 1 }],
    ['a misspelled field', { video_size: MB, chunk_size: MB, total_chunk_cnt: 1 }],
  ])('refuses at init %s (invalid_params)', async (_name, source) => {
    const result = await api(ctx.sandbox).post('/v2/post/publish/video/init/', direct({ source: 'FILE_UPLOAD', ...source }));
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe('invalid_params');
  });

  it('refuses a privacy level outside creator_info, unknown post_info fields, and unaudited public posts', async () => {
    const client = api(ctx.sandbox);
    const source = { source: 'FILE_UPLOAD', video_size: MB, chunk_size: MB, total_chunk_count: 1 };
    expect((await client.post('/v2/post/publish/video/init/', direct(source, { privacy_level: 'FOLLOWER_OF_CREATOR' }))).body.error.code).toBe('privacy_level_option_mismatch');
    expect((await client.post('/v2/post/publish/video/init/', direct(source, { privacy_levle: 'SELF_ONLY' }))).body.error.code).toBe('invalid_params');
    expect((await client.post('/v2/post/publish/video/init/', { source_info: source })).body.error.code).toBe('invalid_params');
    ctx.sandbox.control.configureTikTok({ audited: false });
    const unaudited = await client.post('/v2/post/publish/video/init/', direct(source));
    expect(unaudited.status).toBe(403);
    expect(unaudited.body.error.code).toBe('unaudited_client_can_only_post_to_private_accounts');
  });

  it('limits init to 6 per minute per token', async () => {
    const client = api(ctx.sandbox);
    const body = direct({ source: 'FILE_UPLOAD', video_size: MB, chunk_size: MB, total_chunk_count: 1 });
    for (let i = 0; i < 6; i++) expect((await client.post('/v2/post/publish/video/init/', body)).status).toBe(200);
    expect((await client.post('/v2/post/publish/video/init/', body)).body.error.code).toBe('rate_limit_exceeded');
  });

  it('pulls from a verified URL; an unverified one is url_ownership_unverified', async () => {
    const client = api(ctx.sandbox);
    const url = `${ctx.sandbox.urls.control}/media/video.mp4?duration_ms=15000`;
    expect((await client.post('/v2/post/publish/video/init/', direct({ source: 'PULL_FROM_URL', video_url: url }))).body.error.code).toBe('url_ownership_unverified');
    ctx.sandbox.control.configureTikTok({ verifiedUrlPrefixes: [`${ctx.sandbox.urls.control}/media/`] });
    const init = await client.post('/v2/post/publish/video/init/', direct({ source: 'PULL_FROM_URL', video_url: url }, { privacy_level: 'SELF_ONLY' }));
    const publishId = (init.body.data as { publish_id: string }).publish_id;
    expect(publishId).toMatch(/^v_pub_url~v2-1\./);
    expect((await client.post('/v2/post/publish/status/fetch/', { publish_id: publishId })).body.data).toMatchObject({ status: 'PROCESSING_DOWNLOAD' });
    ctx.sandbox.control.clock.advance(30_000);
    expect((await client.post('/v2/post/publish/status/fetch/', { publish_id: publishId })).body.data).toMatchObject({ status: 'PUBLISH_COMPLETE', publicaly_available_post_id: [] });
    const broken = await client.post('/v2/post/publish/video/init/', direct({ source: 'PULL_FROM_URL', video_url: `${ctx.sandbox.urls.control}/media/files/missing` }));
    ctx.sandbox.control.clock.advance(30_000);
    const brokenId = (broken.body.data as { publish_id: string }).publish_id;
    expect((await client.post('/v2/post/publish/status/fetch/', { publish_id: brokenId })).body.data).toMatchObject({ status: 'FAILED', fail_reason: 'video_pull_failed' });
  });

  it.each([
    ['a video longer than the creator may post', makeMp4({ durationMs: 700_000, sizeBytes: 200_000 }), 'duration_check_failed'],
    ['a file that is not a video', Buffer.alloc(200_000, 0x41), 'file_format_check_failed'],
  ])('fails %s after upload', async (_name, file, reason) => {
    const client = api(ctx.sandbox);
    const init = await client.post('/v2/post/publish/video/init/', direct({ source: 'FILE_UPLOAD', video_size: file.length, chunk_size: file.length, total_chunk_count: 1 }));
    const { publish_id: publishId, upload_url: uploadUrl } = init.body.data as { publish_id: string; upload_url: string };
    expect((await putChunk(uploadUrl, file, 0, file.length - 1)).status).toBe(201);
    ctx.sandbox.control.clock.advance(30_000);
    expect((await client.post('/v2/post/publish/status/fetch/', { publish_id: publishId })).body.data).toMatchObject({ status: 'FAILED', fail_reason: reason });
  });

  it('sends an inbox upload to the user (video.upload), with source_info only', async () => {
    const client = api(ctx.sandbox);
    const file = makeMp4({ durationMs: 10_000, sizeBytes: 100_000 });
    const source = { source: 'FILE_UPLOAD', video_size: file.length, chunk_size: file.length, total_chunk_count: 1 };
    expect((await client.post('/v2/post/publish/inbox/video/init/', direct(source))).body.error.code).toBe('invalid_params');
    const init = await client.post('/v2/post/publish/inbox/video/init/', { source_info: source });
    const { publish_id: publishId, upload_url: uploadUrl } = init.body.data as { publish_id: string; upload_url: string };
    expect(publishId).toMatch(/^v_inbox_file~v2\./);
    await putChunk(uploadUrl, file, 0, file.length - 1);
    ctx.sandbox.control.clock.advance(30_000);
    expect((await client.post('/v2/post/publish/status/fetch/', { publish_id: publishId })).body.data).toMatchObject({ status: 'SEND_TO_USER_INBOX' });
  });

  it('expires the upload URL after an hour', async () => {
    const client = api(ctx.sandbox);
    const file = makeMp4({ durationMs: 10_000, sizeBytes: 100_000 });
    const init = await client.post('/v2/post/publish/video/init/', direct({ source: 'FILE_UPLOAD', video_size: file.length, chunk_size: file.length, total_chunk_count: 1 }));
    ctx.sandbox.control.clock.advance(60 * 60 * 1000);
    expect((await putChunk((init.body.data as { upload_url: string }).upload_url, file, 0, file.length - 1)).status).toBe(403);
  });
});

describe('TikTok faults', () => {
  const ctx = useSandbox();

  it('answers injected throttling, 5xx and media rejection in TikTok shapes', async () => {
    const client = api(ctx.sandbox);
    ctx.sandbox.control.faults.inject({ kind: 'throttle', match: { hosts: ['tiktokApi'] } });
    const throttled = await client.get('/v2/user/info/', { fields: 'open_id' });
    expect(throttled.status).toBe(429);
    expect(throttled.body.error.code).toBe('rate_limit_exceeded');
    ctx.sandbox.control.faults.inject({ kind: 'serverError', status: 503, match: { hosts: ['tiktokApi'] } });
    const failed = await client.get('/v2/user/info/', { fields: 'open_id' });
    expect(failed.status).toBe(503);
    expect(failed.body.error.code).toBe('internal_error');
    ctx.sandbox.control.faults.rejectMedia({ platform: 'tiktok', reason: 'frame_rate_check_failed' });
    const file = makeMp4({ durationMs: 10_000, sizeBytes: 100_000 });
    const init = await client.post('/v2/post/publish/video/init/', direct({ source: 'FILE_UPLOAD', video_size: file.length, chunk_size: file.length, total_chunk_count: 1 }));
    const { publish_id: publishId, upload_url: uploadUrl } = init.body.data as { publish_id: string; upload_url: string };
    await putChunk(uploadUrl, file, 0, file.length - 1);
    ctx.sandbox.control.clock.advance(30_000);
    expect((await client.post('/v2/post/publish/status/fetch/', { publish_id: publishId })).body.data).toMatchObject({ status: 'FAILED', fail_reason: 'frame_rate_check_failed' });
  });

  it('discards a chunk cut off by a dropped connection; the same chunk can be sent again', async () => {
    const client = api(ctx.sandbox);
    const file = makeMp4({ durationMs: 10_000, sizeBytes: 400_000 });
    const init = await client.post('/v2/post/publish/video/init/', direct({ source: 'FILE_UPLOAD', video_size: file.length, chunk_size: file.length, total_chunk_count: 1 }));
    const { publish_id: publishId, upload_url: uploadUrl } = init.body.data as { publish_id: string; upload_url: string };
    ctx.sandbox.control.faults.inject({ kind: 'dropConnection', match: { hosts: ['tiktokUpload'] } });
    await expect(putChunk(uploadUrl, file, 0, file.length - 1)).rejects.toThrow();
    expect((await client.post('/v2/post/publish/status/fetch/', { publish_id: publishId })).body.data).toMatchObject({ uploaded_bytes: 0 });
    expect((await putChunk(uploadUrl, file, 0, file.length - 1)).status).toBe(201);
  });
});
