import { describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../main/sandbox';
import { call, useSandbox } from './sandboxHarness';

/**
 * TikTok photo posts on the sandbox (reference 6.2 [S83]): `content/init` with PULL_FROM_URL only,
 * from verified URL prefixes, the creator's privacy options, 6 per minute; the photos pulled, and
 * what TikTok finds wrong with them reported as FAILED with its reason.
 */
interface ApiBody {
  data: Record<string, unknown>;
  error: { code: string; message: string };
}

function api(sandbox: Sandbox, scopes?: string[]) {
  const token = sandbox.control.tokens.issueTikTokToken(scopes ? { scopes } : {}).access_token;
  const headers = { authorization: `Bearer ${token}` };
  return {
    post: (path: string, json: unknown, query: Record<string, string> = {}) => call<ApiBody>('POST', `${sandbox.urls.tiktokApi}${path}`, { json, query, headers }),
    status: async (publishId: string) => (await call<ApiBody>('POST', `${sandbox.urls.tiktokApi}/v2/post/publish/status/fetch/`, { json: { publish_id: publishId }, headers })).body.data,
  };
}

const INIT = '/v2/post/publish/content/init/';

function photoPost(images: string[], postInfo: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return {
    media_type: 'PHOTO',
    post_mode: 'DIRECT_POST',
    post_info: { title: 'Morning bake', description: 'Fresh from the oven #sourdough', privacy_level: 'PUBLIC_TO_EVERYONE', disable_comment: false, ...postInfo },
    source_info: { source: 'PULL_FROM_URL', photo_images: images, photo_cover_index: 0 },
    ...extra,
  };
}

describe('TikTok photo posts (reference 6.2)', () => {
  const ctx = useSandbox();
  const media = (query: string) => `${ctx.sandbox.urls.control}/media/${query}`;
  const verify = () => ctx.sandbox.control.configureTikTok({ verifiedUrlPrefixes: [`${ctx.sandbox.urls.control}/media/`] });

  it('pulls photos from a verified prefix and posts them: PROCESSING_DOWNLOAD, then PUBLISH_COMPLETE, listed at /photo/', async () => {
    verify();
    const client = api(ctx.sandbox);
    const init = await client.post(INIT, photoPost([media('image.jpg?width=1080&height=1350'), media('image.jpg?width=1080&height=1080&color=00ff00')]));
    expect(init.status).toBe(200);
    const publishId = init.body.data.publish_id as string;
    expect(publishId).toMatch(/^p_pub_url~v2-1\.\d{19}$/);
    expect(init.body.data).not.toHaveProperty('upload_url');
    expect(await client.status(publishId)).toMatchObject({ status: 'PROCESSING_DOWNLOAD', downloaded_bytes: expect.any(Number) });

    ctx.sandbox.control.clock.advance(30_000 + 60_000);
    const done = await client.status(publishId);
    expect(done).toMatchObject({ status: 'PUBLISH_COMPLETE', publicaly_available_post_id: [expect.any(Number)] });
    const listed = await client.post('/v2/video/list/', { max_count: 20 }, { fields: 'id,title,video_description,share_url' });
    expect(listed.body.data.videos).toEqual([
      expect.objectContaining({ title: 'Morning bake', video_description: 'Fresh from the oven #sourdough', share_url: expect.stringMatching(/\/@rosiesbakery\/photo\/\d+$/) }),
    ]);
  });

  it('refuses an address outside the verified prefixes at once: url_ownership_unverified', async () => {
    const answer = await api(ctx.sandbox).post(INIT, photoPost([media('image.jpg')]));
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('url_ownership_unverified');
    expect(answer.body.error.message).toContain('photo_images[0]');
  });

  it.each([
    ['a source other than PULL_FROM_URL', photoPost([], {}, { source_info: { source: 'FILE_UPLOAD', photo_images: [], photo_cover_index: 0 } })],
    ['more than 35 photos', photoPost(Array.from({ length: 36 }, () => 'https://example.test/p.jpg'))],
    ['a title over 90 UTF-16 units', photoPost(['https://example.test/p.jpg'], { title: '😀'.repeat(46) })],
    ['a description over 4000 UTF-16 units', photoPost(['https://example.test/p.jpg'], { description: 'a'.repeat(4001) })],
    ['a cover index past the photos', photoPost(['https://example.test/p.jpg'], {}, { source_info: { source: 'PULL_FROM_URL', photo_images: ['https://example.test/p.jpg'], photo_cover_index: 1 } })],
    ['a direct post without privacy_level', photoPost(['https://example.test/p.jpg'], { privacy_level: undefined })],
    ['a video field (duet is not for photos)', photoPost(['https://example.test/p.jpg'], { disable_duet: true })],
  ])('refuses %s as invalid_params', async (_name, body) => {
    const answer = await api(ctx.sandbox).post(INIT, body);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('invalid_params');
  });

  it('holds the post to the creator’s privacy options and the scope of its mode', async () => {
    verify();
    const mismatch = await api(ctx.sandbox).post(INIT, photoPost([media('image.jpg')], { privacy_level: 'FOLLOWER_OF_CREATOR' }));
    expect(mismatch.body.error.code).toBe('privacy_level_option_mismatch');
    const uploadOnly = api(ctx.sandbox, ['user.info.basic', 'video.upload']);
    expect((await uploadOnly.post(INIT, photoPost([media('image.jpg')]))).body.error.code).toBe('scope_not_authorized');
    const inbox = await uploadOnly.post(INIT, photoPost([media('image.jpg')], { privacy_level: undefined }, { post_mode: 'MEDIA_UPLOAD' }));
    const publishId = inbox.body.data.publish_id as string;
    expect(publishId).toMatch(/^p_inbox_url~v2\./);
    ctx.sandbox.control.clock.advance(30_000);
    expect(await uploadOnly.status(publishId)).toMatchObject({ status: 'SEND_TO_USER_INBOX' });
  });

  it('takes 6 inits a minute per token, then rate_limit_exceeded', async () => {
    verify();
    const client = api(ctx.sandbox);
    for (let n = 0; n < 6; n += 1) expect((await client.post(INIT, photoPost([media('image.jpg')]))).status).toBe(200);
    const seventh = await client.post(INIT, photoPost([media('image.jpg')]));
    expect(seventh.status).toBe(429);
    expect(seventh.body.error.code).toBe('rate_limit_exceeded');
  });

  it.each([
    ['an address it cannot fetch', 'photo_pull_failed', 'files/missing.jpg'],
    ['a photo over 1080p (1440 px on its short side)', 'picture_size_check_failed', 'image.jpg?width=1920&height=1440'],
    ['a photo over 1080p (2000 px on its long side)', 'picture_size_check_failed', 'image.jpg?width=2000&height=1000'],
    ['a photo over 20 MB', 'picture_size_check_failed', 'image.jpg?width=1080&height=1080&bytes=21000000'],
    ['a PNG (JPEG and WebP only)', 'file_format_check_failed', 'image.png?width=800&height=800'],
  ])('fails %s after pulling: FAILED with %s', async (_name, reason, path) => {
    verify();
    const client = api(ctx.sandbox);
    // 1080p read as the validation reads it: at most 1080 px on the short side and 1920 on the long side.
    const init = await client.post(INIT, photoPost([media('image.jpg?width=1920&height=1080'), media(path)]));
    expect(init.status).toBe(200);
    ctx.sandbox.control.clock.advance(30_000);
    expect(await client.status(init.body.data.publish_id as string)).toMatchObject({ status: 'FAILED', fail_reason: reason });
  });
});
