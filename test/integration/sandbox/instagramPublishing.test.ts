import { describe, expect, it } from 'vitest';
import { demoIds, makeMp4, type Sandbox } from '../../../main/sandbox';
import { call, useSandbox, type GraphErrorBody } from './sandboxHarness';

const IG = demoIds.instagramAccountId;
type Body = Record<string, unknown> & GraphErrorBody;

function client(sandbox: Sandbox, host: 'facebook' | 'instagram' = 'facebook') {
  const token =
    host === 'facebook' ? sandbox.control.tokens.issueMetaUserToken().access_token : sandbox.control.tokens.issueInstagramToken().access_token;
  const base = host === 'facebook' ? sandbox.urls.metaGraph : sandbox.urls.instagramGraph;
  return {
    token,
    get: (path: string, query: Record<string, string> = {}) => call<Body>('GET', `${base}/v23.0${path}`, { query: { access_token: token, ...query } }),
    post: (path: string, form: Record<string, string> = {}) => call<Body>('POST', `${base}/v23.0${path}`, { form: { access_token: token, ...form } }),
  };
}

const image = (sandbox: Sandbox, width = 1080, height = 1350, extra = '') => `${sandbox.urls.control}/media/image.jpg?width=${width}&height=${height}${extra}`;
const video = (sandbox: Sandbox, durationMs = 15_000, extra = '') => `${sandbox.urls.control}/media/video.mp4?duration_ms=${durationMs}${extra}`;

async function finished(sandbox: Sandbox, api: ReturnType<typeof client>, id: string, advanceMs = 30_000): Promise<string> {
  sandbox.control.clock.advance(advanceMs);
  return (await api.get(`/${id}`, { fields: 'status_code' })).body.status_code as string;
}

describe('Instagram containers and publishing (reference 2.1)', () => {
  const ctx = useSandbox();

  it('publishes a feed image: IN_PROGRESS, FINISHED after the delay, media_publish, media with a permalink', async () => {
    const api = client(ctx.sandbox);
    const created = await api.post(`/${IG}/media`, { image_url: image(ctx.sandbox), caption: 'Fresh sourdough #bakery' });
    expect(created.status).toBe(200);
    const id = created.body.id as string;
    expect(id).toMatch(/^\d{17}$/);
    expect((await api.get(`/${id}`, { fields: 'status_code,status' })).body).toMatchObject({ status_code: 'IN_PROGRESS', id });
    const early = await api.post(`/${IG}/media_publish`, { creation_id: id });
    expect(early.body.error).toMatchObject({ code: 9007, error_subcode: 2207027 });
    expect(await finished(ctx.sandbox, api, id, 2_000)).toBe('FINISHED');
    const published = await api.post(`/${IG}/media_publish`, { creation_id: id });
    expect(published.status).toBe(200);
    const mediaId = published.body.id as string;
    const media = await api.get(`/${mediaId}`, { fields: 'id,caption,media_type,media_product_type,permalink,timestamp,like_count,comments_count,media_url' });
    expect(media.body).toMatchObject({
      id: mediaId,
      caption: 'Fresh sourdough #bakery',
      media_type: 'IMAGE',
      media_product_type: 'FEED',
      permalink: expect.stringMatching(/^https:\/\/www\.instagram\.com\/p\/[\w-]{11}\/$/),
      timestamp: '2026-01-15T09:00:02+0000',
      like_count: 0,
    });
    const source = Buffer.from(await (await fetch(image(ctx.sandbox))).arrayBuffer());
    const served = Buffer.from(await (await fetch(media.body.media_url as string)).arrayBuffer());
    expect(served.equals(source)).toBe(true);
    expect((await api.get(`/${id}`, { fields: 'status_code' })).body.status_code).toBe('PUBLISHED');
    const again = await api.post(`/${IG}/media_publish`, { creation_id: id });
    expect(again.body.error.code).toBe(100);
    const listed = await api.get(`/${IG}/media`, { fields: 'id,media_type' });
    expect(listed.body.data).toEqual([{ id: mediaId, media_type: 'IMAGE' }]);
  });

  it('publishes a carousel of images and a video (2-10 children) that counts once', async () => {
    const api = client(ctx.sandbox);
    const children: string[] = [];
    const forms: Record<string, string>[] = [
      { image_url: image(ctx.sandbox), is_carousel_item: 'true' },
      { image_url: image(ctx.sandbox, 1080, 1080), is_carousel_item: 'true' },
      { media_type: 'VIDEO', video_url: video(ctx.sandbox, 10_000), is_carousel_item: 'true' },
    ];
    for (const form of forms) {
      children.push((await api.post(`/${IG}/media`, form)).body.id as string);
    }
    const tooEarly = await api.post(`/${IG}/media`, { media_type: 'CAROUSEL', children: children.join(','), caption: 'Weekend box' });
    expect(tooEarly.body.error).toMatchObject({ code: 9007, error_subcode: 2207027 });
    ctx.sandbox.control.clock.advance(30_000);
    const carousel = await api.post(`/${IG}/media`, { media_type: 'CAROUSEL', children: children.join(','), caption: 'Weekend box' });
    expect(await finished(ctx.sandbox, api, carousel.body.id as string, 2_000)).toBe('FINISHED');
    const alone = await api.post(`/${IG}/media_publish`, { creation_id: children[0] ?? '' });
    expect(alone.body.error.code).toBe(100);
    const published = await api.post(`/${IG}/media_publish`, { creation_id: carousel.body.id as string });
    const media = await api.get(`/${published.body.id as string}`, { fields: 'media_type,children{media_type,media_url}' });
    expect(media.body.media_type).toBe('CAROUSEL_ALBUM');
    expect((media.body.children as { data: { media_type: string }[] }).data.map((child) => child.media_type)).toEqual(['IMAGE', 'IMAGE', 'VIDEO']);
    const limit = await api.get(`/${IG}/content_publishing_limit`, { fields: 'quota_usage,config' });
    expect(limit.body).toEqual({ data: [{ quota_usage: 1, config: { quota_total: 50, quota_duration: 86400 } }] });
  });

  it('refuses carousels with too few or too many children, unknown children, and collaborators', async () => {
    const api = client(ctx.sandbox);
    const one = (await api.post(`/${IG}/media`, { image_url: image(ctx.sandbox), is_carousel_item: 'true' })).body.id as string;
    expect((await api.post(`/${IG}/media`, { media_type: 'CAROUSEL', children: one })).body.error).toMatchObject({ code: 100, error_subcode: 2207028 });
    const eleven = Array.from({ length: 11 }, () => one).join(',');
    expect((await api.post(`/${IG}/media`, { media_type: 'CAROUSEL', children: eleven })).body.error).toMatchObject({ code: 100, error_subcode: 2207028 });
    const single = (await api.post(`/${IG}/media`, { image_url: image(ctx.sandbox) })).body.id as string;
    expect((await api.post(`/${IG}/media`, { media_type: 'CAROUSEL', children: `${one},${single}` })).body.error.error_subcode).toBe(2207028);
    ctx.sandbox.control.clock.advance(5_000);
    const collaborators = await api.post(`/${IG}/media`, { media_type: 'CAROUSEL', children: `${one},${one}`, collaborators: '["friend"]' });
    expect(collaborators.body.error.message).toBe('(#100) param collaborators is not allowed');
  });

  it('publishes a reel from video_url and a story, with their permalinks', async () => {
    const api = client(ctx.sandbox);
    const reel = await api.post(`/${IG}/media`, { media_type: 'REELS', video_url: video(ctx.sandbox, 20_000), caption: 'Shaping loaves', share_to_feed: 'true' });
    expect(await finished(ctx.sandbox, api, reel.body.id as string, 29_000)).toBe('IN_PROGRESS');
    expect(await finished(ctx.sandbox, api, reel.body.id as string, 1_000)).toBe('FINISHED');
    const reelMedia = (await api.post(`/${IG}/media_publish`, { creation_id: reel.body.id as string })).body.id as string;
    expect((await api.get(`/${reelMedia}`, { fields: 'media_type,media_product_type,permalink' })).body).toMatchObject({
      media_type: 'VIDEO',
      media_product_type: 'REELS',
      permalink: expect.stringMatching(/^https:\/\/www\.instagram\.com\/reel\//),
    });
    const story = await api.post(`/${IG}/media`, { media_type: 'STORIES', image_url: image(ctx.sandbox, 1080, 1920) });
    expect(story.status).toBe(200);
    expect(await finished(ctx.sandbox, api, story.body.id as string, 2_000)).toBe('FINISHED');
    const storyMedia = (await api.post(`/${IG}/media_publish`, { creation_id: story.body.id as string })).body.id as string;
    expect((await api.get(`/${storyMedia}`, { fields: 'media_product_type,permalink' })).body).toMatchObject({
      media_product_type: 'STORY',
      permalink: `https://www.instagram.com/stories/rosiesbakery/${storyMedia}/`,
    });
  });

  it('works the same on graph.instagram.com with an Instagram Login token', async () => {
    const api = client(ctx.sandbox, 'instagram');
    const me = await api.get('/me', { fields: 'user_id,username,account_type' });
    expect(me.body).toMatchObject({ user_id: IG, username: 'rosiesbakery', account_type: 'BUSINESS' });
    const created = await api.post(`/${IG}/media`, { image_url: image(ctx.sandbox) });
    expect(await finished(ctx.sandbox, api, created.body.id as string, 2_000)).toBe('FINISHED');
    expect((await api.post(`/${IG}/media_publish`, { creation_id: created.body.id as string })).status).toBe(200);
    const resumable = await api.post(`/${IG}/media`, { media_type: 'REELS', upload_type: 'resumable' });
    expect(resumable.body.error.code).toBe(100);
  });

  it('expires containers not published within 24 hours', async () => {
    const api = client(ctx.sandbox);
    const id = (await api.post(`/${IG}/media`, { image_url: image(ctx.sandbox) })).body.id as string;
    expect(await finished(ctx.sandbox, api, id, 24 * 60 * 60 * 1000)).toBe('EXPIRED');
    expect((await api.post(`/${IG}/media_publish`, { creation_id: id })).body.error).toMatchObject({ code: -2, error_subcode: 2207020 });
  });
});

describe('Instagram media rules (reference 2.4, 5.2)', () => {
  const ctx = useSandbox();

  it.each([
    ['a PNG', (s: Sandbox) => `${s.urls.control}/media/image.png?width=1080&height=1080`, 36001, 2207005],
    ['an aspect ratio of 1:2', (s: Sandbox) => image(s, 1000, 2000), 36003, 2207009],
    ['an aspect ratio of 2:1', (s: Sandbox) => image(s, 2000, 1000), 36003, 2207009],
    ['an image over 8 MiB', (s: Sandbox) => image(s, 1080, 1080, `&bytes=${9 * 1024 * 1024}`), 36000, 2207004],
    ['an HTML page', (s: Sandbox) => `${s.urls.control}/media/page.html`, 9004, 2207052],
    ['a missing file', (s: Sandbox) => `${s.urls.control}/media/files/none`, 9004, 2207052],
    ['an unreachable host', () => 'http://127.0.0.1:9/photo.jpg', 9004, 2207052],
  ])('refuses %s when the container is created', async (_name, url, code, subcode) => {
    const api = client(ctx.sandbox);
    const result = await api.post(`/${IG}/media`, { image_url: url(ctx.sandbox) });
    expect(result.status).toBe(400);
    expect(result.body.error).toMatchObject({ code, error_subcode: subcode });
  });

  it('accepts the edges of the aspect-ratio range, and any ratio for stories', async () => {
    const api = client(ctx.sandbox);
    for (const [width, height] of [
      [800, 1000],
      [1910, 1000],
    ] as const) {
      expect((await api.post(`/${IG}/media`, { image_url: image(ctx.sandbox, width, height) })).status).toBe(200);
    }
    expect((await api.post(`/${IG}/media`, { media_type: 'STORIES', image_url: image(ctx.sandbox, 1000, 2000) })).status).toBe(200);
  });

  it.each([
    ['a WebM-like non-MP4 file', (s: Sandbox) => `${s.urls.control}/media/page.html`],
    ['a 2-second reel', (s: Sandbox) => video(s, 2_000)],
    ['a video with moov at the end', (s: Sandbox) => video(s, 10_000, '&moov_at_end=1')],
  ])('turns a reel with %s into ERROR, and publishing it fails with its error', async (_name, url) => {
    const api = client(ctx.sandbox);
    const id = (await api.post(`/${IG}/media`, { media_type: 'REELS', video_url: url(ctx.sandbox) })).body.id as string;
    ctx.sandbox.control.clock.advance(30_000);
    const container = await api.get(`/${id}`, { fields: 'status_code,status' });
    expect(container.body.status_code).toBe('ERROR');
    expect(container.body.status).toMatch(/^Error: Media upload has failed with error code 2207026/);
    expect((await api.post(`/${IG}/media_publish`, { creation_id: id })).body.error).toMatchObject({ code: 352, error_subcode: 2207026 });
  });

  it('refuses a story video over 60 seconds', async () => {
    const api = client(ctx.sandbox);
    const id = (await api.post(`/${IG}/media`, { media_type: 'STORIES', video_url: video(ctx.sandbox, 61_000) })).body.id as string;
    expect(await finished(ctx.sandbox, api, id)).toBe('ERROR');
  });

  it('refuses a caption over 2,200 characters or with more than 30 hashtags', async () => {
    const api = client(ctx.sandbox);
    const long = await api.post(`/${IG}/media`, { image_url: image(ctx.sandbox), caption: 'a'.repeat(2_201) });
    expect(long.body.error).toMatchObject({ code: 36004, error_subcode: 2207010 });
    const tags = Array.from({ length: 31 }, (_, i) => `#tag${i}`).join(' ');
    expect((await api.post(`/${IG}/media`, { image_url: image(ctx.sandbox), caption: tags })).body.error.error_subcode).toBe(2207010);
  });

  it.each([
    [{ image_ur: 'x' }, 'image_ur'],
    [{ caption: 'only a caption' }, 'The parameter image_url is required'],
    [{ media_type: 'VIDEO', video_url: 'http://127.0.0.1:9/x.mp4' }, 'only for carousel items'],
    [{ media_type: 'REELS', image_url: 'http://127.0.0.1:9/x.jpg' }, 'image_url is not allowed'],
    [{ video_url: 'http://127.0.0.1:9/x.mp4' }, 'media_type is required'],
    [{ media_type: 'REELS', video_url: 'http://127.0.0.1:9/x.mp4', alt_text: 'x' }, 'alt_text is not allowed'],
    [{ image_url: 'http://127.0.0.1:9/x.jpg', share_to_feed: 'true' }, 'share_to_feed is not allowed'],
  ])('rejects a wrong parameter set %# with code 100', async (form, message) => {
    const api = client(ctx.sandbox);
    const result = await api.post(`/${IG}/media`, form as Record<string, string>);
    expect(result.body.error.code).toBe(100);
    expect(result.body.error.message).toContain(message);
  });

  it('rejects media_type=IMAGE as an unknown media type (2207023)', async () => {
    const result = await client(ctx.sandbox).post(`/${IG}/media`, { media_type: 'IMAGE', image_url: image(ctx.sandbox) });
    expect(result.body.error).toMatchObject({ code: 100, error_subcode: 2207023 });
  });

  it('needs instagram_content_publish (code 10) and a Meta token on graph.facebook.com', async () => {
    const limited = ctx.sandbox.control.tokens.issueMetaUserToken({ scopes: ['pages_show_list', 'instagram_basic'] }).access_token;
    await call('DELETE', `${ctx.sandbox.urls.metaGraph}/v23.0/me/permissions/instagram_content_publish`, { query: { access_token: limited } });
    const result = await call<GraphErrorBody>('POST', `${ctx.sandbox.urls.metaGraph}/v23.0/${IG}/media`, { form: { access_token: limited, image_url: image(ctx.sandbox) } });
    expect(result.status).toBe(403);
    expect(result.body.error.code).toBe(10);
    const igToken = ctx.sandbox.control.tokens.issueInstagramToken().access_token;
    const wrongHost = await call<GraphErrorBody>('GET', `${ctx.sandbox.urls.metaGraph}/v23.0/${IG}`, { query: { access_token: igToken } });
    expect(wrongHost.body.error.code).toBe(190);
  });

  it('an unknown creation_id is 24/2207006', async () => {
    const result = await client(ctx.sandbox).post(`/${IG}/media_publish`, { creation_id: '17800000000000000' });
    expect(result.body.error).toMatchObject({ code: 24, error_subcode: 2207006 });
  });
});

describe('publishing limit (reference 2.2)', () => {
  const ctx = useSandbox({ settings: { limits: { instagramPublishesPerDay: 2, instagramContainersPerDay: 5 } } });

  async function publishOne(api: ReturnType<typeof client>) {
    const id = (await api.post(`/${IG}/media`, { image_url: image(ctx.sandbox) })).body.id as string;
    ctx.sandbox.control.clock.advance(2_000);
    return api.post(`/${IG}/media_publish`, { creation_id: id });
  }

  it('counts publishes in a rolling 24 h and refuses beyond the quota with 9/2207042', async () => {
    const api = client(ctx.sandbox);
    expect((await publishOne(api)).status).toBe(200);
    ctx.sandbox.control.clock.advance(60 * 60 * 1000);
    expect((await publishOne(api)).status).toBe(200);
    expect((await api.get(`/${IG}/content_publishing_limit`)).body).toEqual({ data: [{ quota_usage: 2 }] });
    const over = await publishOne(api);
    expect(over.body.error).toMatchObject({ code: 9, error_subcode: 2207042 });
    ctx.sandbox.control.clock.advance(23 * 60 * 60 * 1000);
    expect((await api.get(`/${IG}/content_publishing_limit`)).body).toEqual({ data: [{ quota_usage: 1 }] });
    expect((await publishOne(api)).status).toBe(200);
  });

  it('content_publishing_limit refuses an unknown field and a since older than 24 h', async () => {
    const api = client(ctx.sandbox);
    expect((await api.get(`/${IG}/content_publishing_limit`, { fields: 'quota_total' })).body.error.code).toBe(100);
    const since = String(Math.floor(ctx.sandbox.control.clock.now() / 1000) - 2 * 86_400);
    expect((await api.get(`/${IG}/content_publishing_limit`, { since })).body.error.code).toBe(100);
  });

  it('limits container creation per 24 h', async () => {
    const api = client(ctx.sandbox);
    for (let i = 0; i < 5; i++) expect((await api.post(`/${IG}/media`, { image_url: image(ctx.sandbox) })).status).toBe(200);
    expect((await api.post(`/${IG}/media`, { image_url: image(ctx.sandbox) })).body.error.code).toBe(9);
  });
});

describe('resumable upload on rupload (reference 2.3)', () => {
  const ctx = useSandbox();
  const file = makeMp4({ durationMs: 12_000, sizeBytes: 200_000 });

  async function start() {
    const api = client(ctx.sandbox);
    const created = await api.post(`/${IG}/media`, { media_type: 'REELS', upload_type: 'resumable', caption: 'From disk' });
    const id = created.body.id as string;
    expect(created.body.uri).toBe(`${ctx.sandbox.urls.metaUpload}/ig-api-upload/v23.0/${id}`);
    const upload = (bytes: Buffer, offset: number, headers: Record<string, string> = {}) =>
      call<Record<string, unknown>>('POST', created.body.uri as string, {
        body: bytes,
        headers: { authorization: `OAuth ${api.token}`, offset: String(offset), file_size: String(file.length), 'content-type': 'application/octet-stream', ...headers },
      });
    const progress = () => call<{ offset: number; complete: boolean }>('GET', created.body.uri as string, { headers: { authorization: `OAuth ${api.token}` } });
    return { api, id, upload, progress };
  }

  it('uploads in one go, processes, publishes', async () => {
    const { api, id, upload } = await start();
    expect((await api.get(`/${id}`, { fields: 'status_code' })).body.status_code).toBe('IN_PROGRESS');
    ctx.sandbox.control.clock.advance(60_000);
    expect((await api.get(`/${id}`, { fields: 'status_code' })).body.status_code).toBe('IN_PROGRESS');
    expect((await upload(file, 0)).body).toEqual({ success: true, message: 'Upload successful.' });
    expect(await finished(ctx.sandbox, api, id)).toBe('FINISHED');
    expect((await api.post(`/${IG}/media_publish`, { creation_id: id })).status).toBe(200);
  });

  it('resumes a partial upload at the received offset and refuses a wrong offset', async () => {
    const { api, id, upload, progress } = await start();
    await upload(file.subarray(0, 80_000), 0);
    expect((await progress()).body).toMatchObject({ offset: 80_000, complete: false });
    const wrong = await upload(file.subarray(90_000), 90_000);
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ debug_info: { type: 'OffsetInvalidError', retriable: false } });
    expect((await api.get(`/${id}`, { fields: 'video_status' })).body.video_status).toMatchObject({ uploading_phase: { status: 'in_progress', bytes_transferred: 80_000 } });
    await upload(file.subarray(80_000), 80_000);
    expect((await progress()).body).toMatchObject({ offset: file.length, complete: true });
    expect(await finished(ctx.sandbox, api, id)).toBe('FINISHED');
  });

  it('keeps the bytes that arrived before a dropped connection', async () => {
    const { api, id, upload, progress } = await start();
    ctx.sandbox.control.faults.inject({ kind: 'dropConnection', afterBytes: 65_536, match: { hosts: ['metaUpload'] } });
    await expect(upload(file, 0)).rejects.toThrow();
    const { offset } = (await progress()).body;
    expect(offset).toBe(65_536);
    expect((await upload(file.subarray(offset), offset)).status).toBe(200);
    expect(await finished(ctx.sandbox, api, id)).toBe('FINISHED');
  });

  it('takes a hosted file with the file_url header', async () => {
    const { api, id, upload } = await start();
    const result = await upload(Buffer.alloc(0), 0, { file_url: video(ctx.sandbox, 9_000) });
    expect(result.body).toEqual({ success: true, message: 'Upload successful.' });
    expect(await finished(ctx.sandbox, api, id)).toBe('FINISHED');
  });

  it('refuses a missing or wrong token and an unknown container, in the upload host shape', async () => {
    const { upload } = await start();
    const noToken = await call<Record<string, unknown>>('POST', `${ctx.sandbox.urls.metaUpload}/ig-api-upload/v23.0/1`, { body: file });
    expect(noToken.status).toBe(401);
    expect((await upload(file, 0, { authorization: 'OAuth EAAwrong' })).body).toMatchObject({ debug_info: { type: 'AuthorizationError' } });
    expect((await upload(file, 0, { file_size: 'lots' })).status).toBe(400);
  });
});

describe('Instagram faults', () => {
  const ctx = useSandbox();

  it('rejects the next image with an injected subcode', async () => {
    ctx.sandbox.control.faults.rejectMedia({ platform: 'instagram', reason: 2207009 });
    const api = client(ctx.sandbox);
    expect((await api.post(`/${IG}/media`, { image_url: image(ctx.sandbox) })).body.error).toMatchObject({ code: 36003, error_subcode: 2207009 });
    expect((await api.post(`/${IG}/media`, { image_url: image(ctx.sandbox) })).status).toBe(200);
  });

  it('turns the next video into ERROR when told to reject it', async () => {
    ctx.sandbox.control.faults.rejectMedia({ platform: 'instagram', reason: 2207053 });
    const api = client(ctx.sandbox);
    const id = (await api.post(`/${IG}/media`, { media_type: 'REELS', video_url: video(ctx.sandbox) })).body.id as string;
    expect(await finished(ctx.sandbox, api, id)).toBe('ERROR');
    expect((await api.post(`/${IG}/media_publish`, { creation_id: id })).body.error).toMatchObject({ code: -1, error_subcode: 2207053 });
  });

  it('keeps a stuck container IN_PROGRESS until it expires', async () => {
    ctx.sandbox.control.faults.stickContainers(1);
    const api = client(ctx.sandbox);
    const stuck = (await api.post(`/${IG}/media`, { image_url: image(ctx.sandbox) })).body.id as string;
    const normal = (await api.post(`/${IG}/media`, { image_url: image(ctx.sandbox) })).body.id as string;
    expect(await finished(ctx.sandbox, api, stuck, 60 * 60 * 1000)).toBe('IN_PROGRESS');
    expect((await api.get(`/${normal}`, { fields: 'status_code' })).body.status_code).toBe('FINISHED');
    expect(await finished(ctx.sandbox, api, stuck, 23 * 60 * 60 * 1000)).toBe('EXPIRED');
  });
});
