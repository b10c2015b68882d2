import { describe, expect, it } from 'vitest';
import { demoIds, type Sandbox } from '../../../main/sandbox';
import { call, useSandbox, type GraphErrorBody } from './sandboxHarness';

/**
 * graph.instagram.com as an Instagram Login account publishes through it (reference 1.8, 2.1,
 * 2.3): containers from public addresses only (no resumable upload), a reel's cover fetched from
 * its address like the video, the wait, the publish, the permalink and the posting limit.
 */
const IG = demoIds.instagramAccountId;
type Body = Record<string, unknown> & GraphErrorBody;

function instagramLogin(sandbox: Sandbox) {
  const token = sandbox.control.tokens.issueInstagramToken().access_token;
  const base = `${sandbox.urls.instagramGraph}/v23.0`;
  return {
    get: (path: string, query: Record<string, string> = {}) => call<Body>('GET', `${base}${path}`, { query: { access_token: token, ...query } }),
    post: (path: string, form: Record<string, string> = {}) => call<Body>('POST', `${base}${path}`, { form: { access_token: token, ...form } }),
  };
}

describe('publishing on graph.instagram.com', () => {
  const ctx = useSandbox();
  const media = (path: string) => `${ctx.sandbox.urls.control}/media/${path}`;

  it('a reel from a video address with a cover address: waited for, published once, linked, counted', async () => {
    const api = instagramLogin(ctx.sandbox);
    const created = await api.post(`/${IG}/media`, {
      media_type: 'REELS',
      video_url: media('video.mp4?duration_ms=15000'),
      cover_url: media('image.jpg?width=1080&height=1920'),
      caption: 'Shaping loaves',
    });
    expect(created.status).toBe(200);
    const id = created.body.id as string;
    expect((await api.get(`/${id}`, { fields: 'status_code' })).body.status_code).toBe('IN_PROGRESS');
    ctx.sandbox.control.clock.advance(60_000);
    expect((await api.get(`/${id}`, { fields: 'status_code' })).body.status_code).toBe('FINISHED');

    const published = await api.post(`/${IG}/media_publish`, { creation_id: id });
    const mediaId = published.body.id as string;
    expect((await api.get(`/${mediaId}`, { fields: 'permalink' })).body.permalink).toMatch(/^https:\/\/www\.instagram\.com\/reel\//);
    expect((await api.get(`/${id}`, { fields: 'status_code' })).body.status_code).toBe('PUBLISHED');
    const limit = await api.get(`/${IG}/content_publishing_limit`, { fields: 'quota_usage,config' });
    expect(limit.body.data).toEqual([{ quota_usage: 1, config: { quota_total: 50, quota_duration: 86_400 } }]);
  });

  it.each([
    ['a cover that cannot be fetched', 'files/missing.jpg', 2207052],
    ['a cover that is not a picture', 'video.mp4?duration_ms=5000', 2207005],
  ])('refuses %s when the container is made', async (_name, cover, subcode) => {
    const api = instagramLogin(ctx.sandbox);
    const created = await api.post(`/${IG}/media`, { media_type: 'REELS', video_url: media('video.mp4?duration_ms=15000'), cover_url: media(cover) });
    expect(created.status).toBe(400);
    expect(created.body.error).toMatchObject({ error_subcode: subcode });
  });

  it('has no resumable upload: video must come from an address', async () => {
    const created = await instagramLogin(ctx.sandbox).post(`/${IG}/media`, { media_type: 'REELS', upload_type: 'resumable' });
    expect(created.status).toBe(400);
    expect(created.body.error.message).toContain('Facebook Login');
  });
});
