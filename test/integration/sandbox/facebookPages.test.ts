import { describe, expect, it } from 'vitest';
import { demoIds, makeJpeg, makeMp4, makePng, type Sandbox } from '../../../main/sandbox';
import { call, START, useSandbox, type GraphErrorBody } from './sandboxHarness';

const PAGE = demoIds.pageId;
type Body = Record<string, unknown> & GraphErrorBody;
const MINUTE = 60_000;

async function pageApi(sandbox: Sandbox, scopes?: string[]) {
  const userToken = sandbox.control.tokens.issueMetaUserToken(scopes ? { scopes } : {}).access_token;
  const accounts = await call<{ data: { access_token: string }[] }>('GET', `${sandbox.urls.metaGraph}/v23.0/me/accounts`, { query: { access_token: userToken } });
  const token = accounts.body.data[0]?.access_token ?? '';
  const url = (path: string) => `${sandbox.urls.metaGraph}/v23.0${path}`;
  return {
    token,
    userToken,
    get: (path: string, query: Record<string, string> = {}) => call<Body>('GET', url(path), { query: { access_token: token, ...query } }),
    post: (path: string, form: Record<string, string | string[]> = {}, as = token) => call<Body>('POST', url(path), { form: { access_token: as, ...form } }),
    multipart: (path: string, fields: Record<string, string>, files: Record<string, { bytes: Buffer; type: string; name: string }>) => {
      const form = new FormData();
      form.append('access_token', token);
      for (const [key, value] of Object.entries(fields)) form.append(key, value);
      for (const [key, file] of Object.entries(files)) form.append(key, new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
      return call<Body>('POST', url(path), { body: form });
    },
    remove: (path: string) => call<Body>('DELETE', url(path), { query: { access_token: token } }),
  };
}

const seconds = (ms: number) => String(Math.floor(ms / 1000));

describe('Page posts (reference 3)', () => {
  const ctx = useSandbox();

  it('publishes a text post and reads it back', async () => {
    const api = await pageApi(ctx.sandbox);
    const created = await api.post(`/${PAGE}/feed`, { message: 'Cinnamon buns are out of the oven!' });
    expect(created.status).toBe(200);
    const id = created.body.id as string;
    expect(id).toMatch(new RegExp(`^${PAGE}_\\d+$`));
    const post = await api.get(`/${id}`, { fields: 'id,message,created_time,is_published,permalink_url,status_type' });
    expect(post.body).toEqual({
      id,
      message: 'Cinnamon buns are out of the oven!',
      created_time: '2026-01-15T09:00:00+0000',
      is_published: true,
      permalink_url: `https://www.facebook.com/rosiesbakery/posts/${id.split('_')[1]}`,
      status_type: 'mobile_status_update',
    });
    expect((await api.get(`/${PAGE}/feed`)).body.data).toEqual([{ created_time: '2026-01-15T09:00:00+0000', message: 'Cinnamon buns are out of the oven!', id }]);
    expect(created.headers.get('x-business-use-case-usage')).toContain(PAGE);
  });

  it('publishes a link post and refuses facebook.com links and bad URLs', async () => {
    const api = await pageApi(ctx.sandbox);
    const link = await api.post(`/${PAGE}/feed`, { message: 'Our new menu', link: 'https://rosiesbakery.example/menu' });
    expect((await api.get(`/${link.body.id as string}`, { fields: 'status_type,attachments' })).body).toMatchObject({
      status_type: 'shared_story',
      attachments: { data: [{ media_type: 'link', url: 'https://rosiesbakery.example/menu' }] },
    });
    expect((await api.post(`/${PAGE}/feed`, { link: 'https://www.facebook.com/somepage' })).body.error).toMatchObject({ code: 100, error_subcode: 1609008 });
    expect((await api.post(`/${PAGE}/feed`, { link: 'not a url' })).body.error).toMatchObject({ code: 100, error_subcode: 2061006 });
  });

  it('refuses an empty post, a misspelled parameter and a duplicate message', async () => {
    const api = await pageApi(ctx.sandbox);
    expect((await api.post(`/${PAGE}/feed`, {})).body.error.code).toBe(100);
    const typo = await api.post(`/${PAGE}/feed`, { mesage: 'x' });
    expect(typo.body.error.code).toBe(100);
    expect(typo.body.error.message).toContain('mesage');
    expect((await api.post(`/${PAGE}/feed`, { message: 'Same again' })).status).toBe(200);
    expect((await api.post(`/${PAGE}/feed`, { message: 'Same again' })).body.error.code).toBe(506);
    ctx.sandbox.control.clock.advance(2 * MINUTE);
    expect((await api.post(`/${PAGE}/feed`, { message: 'Same again' })).status).toBe(200);
  });

  it('needs the Page token with pages_manage_posts', async () => {
    const api = await pageApi(ctx.sandbox);
    const asUser = await api.post(`/${PAGE}/feed`, { message: 'as a user' }, api.userToken);
    expect(asUser.status).toBe(403);
    expect(asUser.body.error.code).toBe(200);
    expect(asUser.body.error.message).toContain('pages_manage_posts');
    await call('DELETE', `${ctx.sandbox.urls.metaGraph}/v23.0/me/permissions/pages_manage_posts`, { query: { access_token: api.userToken } });
    expect((await api.post(`/${PAGE}/feed`, { message: 'no permission' })).body.error.code).toBe(200);
  });

  it('edits and deletes a post', async () => {
    const api = await pageApi(ctx.sandbox);
    const id = (await api.post(`/${PAGE}/feed`, { message: 'Typo in teh post' })).body.id as string;
    expect((await api.post(`/${id}`, { message: 'No typo in the post' })).body).toEqual({ success: true });
    expect((await api.get(`/${id}`, { fields: 'message' })).body.message).toBe('No typo in the post');
    expect((await api.post(`/${id}`, { message: 'x' }, api.userToken)).body.error.code).toBe(200);
    expect((await api.post(`/${id}`, { is_published: 'true' })).body.error.code).toBe(100);
    expect((await api.remove(`/${id}`)).body).toEqual({ success: true });
    expect((await api.get(`/${id}`)).body.error).toMatchObject({ code: 100, error_subcode: 33 });
  });

  it('reports engagement counters that grow over time', async () => {
    const api = await pageApi(ctx.sandbox);
    const id = (await api.post(`/${PAGE}/feed`, { message: 'Fresh loaves' })).body.id as string;
    const fields = { fields: 'shares,reactions.summary(total_count),comments.summary(true)' };
    const first = await api.get(`/${id}`, fields);
    expect(first.body).toMatchObject({ reactions: { data: [], summary: { total_count: 0 } }, comments: { summary: { total_count: 0 } } });
    ctx.sandbox.control.clock.advance(6 * 60 * MINUTE);
    const later = (await api.get(`/${id}`, fields)).body as unknown as { reactions: { summary: { total_count: number } } };
    ctx.sandbox.control.clock.advance(3 * 24 * 60 * MINUTE);
    const latest = (await api.get(`/${id}`, fields)).body as unknown as { reactions: { summary: { total_count: number } }; shares?: { count: number } };
    expect(later.reactions.summary.total_count).toBeGreaterThan(0);
    expect(latest.reactions.summary.total_count).toBeGreaterThanOrEqual(later.reactions.summary.total_count);
  });
});

describe('Page photos (reference 3)', () => {
  const ctx = useSandbox();
  const jpeg = makeJpeg(1200, 900);

  it('publishes a photo from a URL and from a multipart source', async () => {
    const api = await pageApi(ctx.sandbox);
    const byUrl = await api.post(`/${PAGE}/photos`, { url: `${ctx.sandbox.urls.control}/media/image.jpg?width=1200&height=900`, caption: 'Rye' });
    expect(byUrl.body).toEqual({ id: expect.stringMatching(/^\d+$/), post_id: expect.stringMatching(new RegExp(`^${PAGE}_`)) });
    const bySource = await api.multipart(`/${PAGE}/photos`, { message: 'Spelt' }, { source: { bytes: jpeg, type: 'image/jpeg', name: 'spelt.jpg' } });
    expect(bySource.status).toBe(200);
    expect((await api.get(`/${bySource.body.post_id as string}`, { fields: 'status_type,message,full_picture' })).body).toMatchObject({ status_type: 'added_photos', message: 'Spelt' });
  });

  it('keeps an unpublished photo with signed, expiring CDN URLs', async () => {
    const api = await pageApi(ctx.sandbox);
    const photo = await api.multipart(`/${PAGE}/photos`, { published: 'false' }, { source: { bytes: jpeg, type: 'image/jpeg', name: 'x.jpg' } });
    expect(Object.keys(photo.body)).toEqual(['id']);
    const images = (await api.get(`/${photo.body.id as string}`, { fields: 'images' })).body.images as { width: number; height: number; source: string }[];
    expect(images[0]).toMatchObject({ width: 1200, height: 900 });
    expect(images.map((image) => image.width)).toEqual([1200, 1080, 720, 480, 320, 130]);
    const largest = images[0]?.source ?? '';
    expect(Buffer.from(await (await fetch(largest)).arrayBuffer()).equals(jpeg)).toBe(true);
    expect((await fetch(largest.replace(/oh=\w+/, 'oh=0'))).status).toBe(403);
    ctx.sandbox.control.clock.advance(3 * 24 * 60 * MINUTE + 1);
    expect((await fetch(largest)).status).toBe(403);
  });

  it('serves as the image host for an Instagram container (reference 2.3)', async () => {
    const api = await pageApi(ctx.sandbox);
    const photo = await api.multipart(`/${PAGE}/photos`, { published: 'false' }, { source: { bytes: makeJpeg(1080, 1350), type: 'image/jpeg', name: 'x.jpg' } });
    const source = ((await api.get(`/${photo.body.id as string}`, { fields: 'images' })).body.images as { source: string }[])[0]?.source ?? '';
    const igToken = api.userToken;
    const container = await call<Body>('POST', `${ctx.sandbox.urls.metaGraph}/v23.0/${demoIds.instagramAccountId}/media`, { form: { access_token: igToken, image_url: source } });
    expect(container.status).toBe(200);
    expect((await api.remove(`/${photo.body.id as string}`)).body).toEqual({ success: true });
  });

  it('refuses big photos, big PNGs, non-images and missing files', async () => {
    const api = await pageApi(ctx.sandbox);
    const big = makeJpeg(1000, 1000, { padToBytes: 4 * 1024 * 1024 + 10 });
    expect((await api.multipart(`/${PAGE}/photos`, {}, { source: { bytes: big, type: 'image/jpeg', name: 'big.jpg' } })).body.error).toMatchObject({ code: 100, error_subcode: 1366046 });
    const bigPng = makePng(100, 100, { padToBytes: 1024 * 1024 + 10 });
    expect((await api.multipart(`/${PAGE}/photos`, {}, { source: { bytes: bigPng, type: 'image/png', name: 'big.png' } })).body.error.error_subcode).toBe(1366046);
    expect((await api.multipart(`/${PAGE}/photos`, {}, { source: { bytes: Buffer.from('hello'), type: 'text/plain', name: 'a.txt' } })).body.error.code).toBe(324);
    expect((await api.post(`/${PAGE}/photos`, { caption: 'no file' })).body.error).toMatchObject({ code: 324, message: '(#324) Requires upload file' });
    expect((await api.post(`/${PAGE}/photos`, { url: `${ctx.sandbox.urls.control}/media/page.html` })).body.error.code).toBe(324);
    expect((await api.multipart(`/${PAGE}/photos`, {}, { sorce: { bytes: jpeg, type: 'image/jpeg', name: 'x.jpg' } })).body.error.message).toContain('sorce');
  });

  it('posts several unpublished photos as one post with attached_media', async () => {
    const api = await pageApi(ctx.sandbox);
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) ids.push((await api.multipart(`/${PAGE}/photos`, { published: 'false' }, { source: { bytes: jpeg, type: 'image/jpeg', name: `${i}.jpg` } })).body.id as string);
    const post = await api.post(`/${PAGE}/feed`, { message: 'Two loaves', attached_media: JSON.stringify(ids.map((id) => ({ media_fbid: id }))) });
    expect(post.body).toEqual({ id: expect.any(String) });
    const attachments = (await api.get(`/${post.body.id as string}`, { fields: 'attachments' })).body.attachments as { data: { media_type: string; subattachments: { data: unknown[] } }[] };
    expect(attachments.data[0]?.media_type).toBe('album');
    expect(attachments.data[0]?.subattachments.data).toHaveLength(2);
    const reuse = await api.post(`/${PAGE}/feed`, { message: 'again', attached_media: JSON.stringify([{ media_fbid: ids[0] }]) });
    expect(reuse.body.error.code).toBe(100);
    const third = (await api.multipart(`/${PAGE}/photos`, { published: 'false' }, { source: { bytes: jpeg, type: 'image/jpeg', name: 'c.jpg' } })).body.id as string;
    const formStyle = await api.post(`/${PAGE}/feed`, { message: 'form style', 'attached_media[0]': JSON.stringify({ media_fbid: third }) });
    expect(formStyle.body).toEqual({ id: expect.any(String) });
  });
});

describe('scheduled posts (reference 3, 10 minutes to 30 days)', () => {
  const ctx = useSandbox();

  it('publishes a scheduled post when the sandbox clock passes its time', async () => {
    const api = await pageApi(ctx.sandbox);
    const at = START + 20 * MINUTE;
    const id = (await api.post(`/${PAGE}/feed`, { message: 'Saturday market!', published: 'false', scheduled_publish_time: seconds(at) })).body.id as string;
    expect((await api.get(`/${id}`, { fields: 'is_published,scheduled_publish_time' })).body).toMatchObject({ is_published: false, scheduled_publish_time: at / 1000 });
    expect((await api.get(`/${PAGE}/scheduled_posts`)).body.data).toHaveLength(1);
    expect((await api.get(`/${PAGE}/feed`)).body.data).toEqual([]);
    ctx.sandbox.control.clock.advance(20 * MINUTE - 1_000);
    expect((await api.get(`/${id}`, { fields: 'is_published' })).body.is_published).toBe(false);
    ctx.sandbox.control.clock.advance(1_000);
    expect((await api.get(`/${id}`, { fields: 'is_published,created_time' })).body).toMatchObject({ is_published: true, created_time: '2026-01-15T09:20:00+0000' });
    expect((await api.get(`/${PAGE}/scheduled_posts`)).body.data).toEqual([]);
    expect((await api.get(`/${PAGE}/feed`)).body.data).toHaveLength(1);
  });

  it('accepts ISO-8601 and relative times', async () => {
    const api = await pageApi(ctx.sandbox);
    const iso = await api.post(`/${PAGE}/feed`, { message: 'iso', published: 'false', scheduled_publish_time: '2026-01-16T09:00:00+00:00' });
    expect((await api.get(`/${iso.body.id as string}`, { fields: 'scheduled_publish_time' })).body.scheduled_publish_time).toBe(Date.UTC(2026, 0, 16, 9) / 1000);
    const relative = await api.post(`/${PAGE}/feed`, { message: 'relative', published: 'false', scheduled_publish_time: '+2 hours' });
    expect((await api.get(`/${relative.body.id as string}`, { fields: 'scheduled_publish_time' })).body.scheduled_publish_time).toBe((START + 120 * MINUTE) / 1000);
  });

  it.each([
    ['5 minutes ahead', { published: 'false', scheduled_publish_time: seconds(START + 5 * MINUTE) }],
    ['31 days ahead', { published: 'false', scheduled_publish_time: seconds(START + 31 * 24 * 60 * MINUTE) }],
    ['in the past', { published: 'false', scheduled_publish_time: seconds(START - MINUTE) }],
    ['without published=false', { scheduled_publish_time: seconds(START + 60 * MINUTE) }],
    ['not a time', { published: 'false', scheduled_publish_time: 'next tuesday-ish' }],
  ])('refuses a schedule %s', async (_name, form) => {
    const api = await pageApi(ctx.sandbox);
    const result = await api.post(`/${PAGE}/feed`, { message: 'x', ...form });
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe(100);
  });

  it('reschedules, publishes now, and schedules photos', async () => {
    const api = await pageApi(ctx.sandbox);
    const id = (await api.post(`/${PAGE}/feed`, { message: 'later', published: 'false', scheduled_publish_time: seconds(START + 60 * MINUTE) })).body.id as string;
    expect((await api.post(`/${id}`, { scheduled_publish_time: seconds(START + 2 * MINUTE) })).body.error.code).toBe(100);
    expect((await api.post(`/${id}`, { scheduled_publish_time: seconds(START + 90 * MINUTE) })).body).toEqual({ success: true });
    expect((await api.post(`/${id}`, { is_published: 'true' })).body).toEqual({ success: true });
    expect((await api.get(`/${id}`, { fields: 'is_published' })).body.is_published).toBe(true);
    const photo = await api.post(`/${PAGE}/photos`, { url: `${ctx.sandbox.urls.control}/media/image.jpg`, published: 'false', scheduled_publish_time: seconds(START + 30 * MINUTE) });
    expect(photo.body.post_id).toBeDefined();
    ctx.sandbox.control.clock.advance(30 * MINUTE);
    expect((await api.get(`/${photo.body.post_id as string}`, { fields: 'is_published' })).body.is_published).toBe(true);
  });
});

describe('Page videos (reference 3)', () => {
  const ctx = useSandbox();

  it('posts a video by URL that processes to ready', async () => {
    const api = await pageApi(ctx.sandbox);
    const created = await api.post(`/${PAGE}/videos`, { file_url: `${ctx.sandbox.urls.control}/media/video.mp4?duration_ms=30000`, title: 'Kneading', description: 'How we knead' });
    const id = created.body.id as string;
    const status = async () => ((await api.get(`/${id}`, { fields: 'status' })).body.status as { video_status: string }).video_status;
    expect(await status()).toBe('processing');
    ctx.sandbox.control.clock.advance(20_000);
    expect(await status()).toBe('ready');
    expect((await api.get(`/${id}`, { fields: 'title,length,permalink_url' })).body).toMatchObject({ title: 'Kneading', length: 30, permalink_url: `/rosiesbakery/videos/${id}/` });
  });

  it('uploads a video in chunks: start, transfer (offsets as strings), finish', async () => {
    const api = await pageApi(ctx.sandbox);
    const file = makeMp4({ durationMs: 45_000, sizeBytes: 2_500_000 });
    const start = await api.post(`/${PAGE}/videos`, { upload_phase: 'start', file_size: String(file.length) });
    expect(start.body).toMatchObject({ start_offset: '0', end_offset: '1048576', upload_session_id: expect.any(String), video_id: expect.any(String) });
    const session = start.body.upload_session_id as string;
    const transfer = (from: number, to: number) =>
      api.multipart(`/${PAGE}/videos`, { upload_phase: 'transfer', upload_session_id: session, start_offset: String(from) }, { video_file_chunk: { bytes: file.subarray(from, to), type: 'application/octet-stream', name: 'chunk' } });
    expect((await transfer(5, 100)).body.error.code).toBe(6000);
    expect((await transfer(0, 1000)).body.error.code).toBe(6000);
    let offsets = { start: 0, end: 1_048_576 };
    const early = await api.post(`/${PAGE}/videos`, { upload_phase: 'finish', upload_session_id: session });
    expect(early.body.error.code).toBe(6000);
    while (offsets.start < offsets.end) {
      const result = await transfer(offsets.start, offsets.end);
      expect(result.status).toBe(200);
      offsets = { start: Number(result.body.start_offset), end: Number(result.body.end_offset) };
    }
    expect(offsets).toEqual({ start: file.length, end: file.length });
    const finish = await api.post(`/${PAGE}/videos`, { upload_phase: 'finish', upload_session_id: session, title: 'Proofing', description: 'Overnight proof' });
    expect(finish.body).toEqual({ success: true });
    const video = start.body.video_id as string;
    ctx.sandbox.control.clock.advance(20_000);
    expect((await api.get(`/${video}`, { fields: 'status,length' })).body).toMatchObject({ status: { video_status: 'ready' }, length: 45 });
    const feed = (await api.get(`/${PAGE}/feed`, { fields: 'message,status_type' })).body.data as { status_type: string }[];
    expect(feed[0]).toMatchObject({ message: 'Overnight proof', status_type: 'added_video' });
  });

  it('needs publish_video and refuses parameters from another phase', async () => {
    const withoutVideo = await pageApi(ctx.sandbox, ['pages_show_list', 'pages_manage_posts', 'pages_read_engagement']);
    await call('DELETE', `${ctx.sandbox.urls.metaGraph}/v23.0/me/permissions/publish_video`, { query: { access_token: withoutVideo.userToken } });
    expect((await withoutVideo.post(`/${PAGE}/videos`, { upload_phase: 'start', file_size: '10' })).body.error.code).toBe(200);
    const api = await pageApi(ctx.sandbox);
    expect((await api.post(`/${PAGE}/videos`, { upload_phase: 'start', file_size: '10', title: 'too early' })).body.error.code).toBe(100);
    expect((await api.post(`/${PAGE}/videos`, { upload_phase: 'transfer', upload_session_id: 'nope', start_offset: '0' })).body.error.code).toBe(100);
  });
});
