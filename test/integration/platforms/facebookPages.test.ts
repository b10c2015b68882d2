import { describe, expect, it } from 'vitest';
import {
  deletePagePost,
  editPagePost,
  fetchLargestPhotoUrl,
  publishPagePost,
  uploadPagePhotoFile,
  uploadPagePhotoFromUrl,
  type PagePostRequest,
} from '../../../main/platforms/meta/facebookPublishing';
import {
  finishPageVideoUpload,
  startPageVideoUpload,
  transferPageVideo,
  transferPageVideoChunk,
  type PageVideoSession,
} from '../../../main/platforms/meta/facebookVideoUpload';
import {
  MediaRejectedError,
  PermanentError,
  PermissionMissingError,
  ThrottledError,
  TokenInvalidError,
  TransientError,
} from '../../../main/platforms/platformErrors';
import { makeJpeg, makeMp4, makePng } from '../../../main/sandbox';
import { expectTransient, transientFaults } from './support/faultCases';
import { DAY, MINUTE, usePlatformSandbox } from './support/platformSandbox';

/**
 * Facebook Page publishing with the Page token (graph.facebook.com): feed posts (text, link,
 * multi-photo, scheduled by Meta), photos by URL and from disk, edits, deletion, and the
 * upload_phase video session, each with the refusals the sandbox gives.
 */
const ctx = usePlatformSandbox({ seed: 'platforms-facebook-pages', settings: { timing: { facebookVideoProcessingMs: 20_000 } } });

const pageId = () => ctx.demo.meta.pageId;
let messages = 0;
/** Graph refuses the same message twice within a minute (506), so every post says something new. */
const fresh = (text: string) => `${text} #${++messages}`;

function post(pageAccessToken: string, request: Partial<PagePostRequest> = {}) {
  return publishPagePost(ctx.networks.metaGraph, { pageId: pageId(), pageAccessToken, message: fresh('Fresh loaves'), ...request });
}

const postState = (postId: string) => ctx.control.state().facebook.posts[postId];

/** The sandbox's Page video chunk is 1 MiB; 2.5 MB makes three transfers. */
const VIDEO = makeMp4({ durationMs: 10_000, sizeBytes: 2_500_000 });

describe('feed posts', () => {
  it('a text post, a link post, edited, then deleted', async () => {
    const token = await ctx.pageToken();
    const textId = await post(token, { message: 'Open until 6 today' });
    expect(textId).toMatch(new RegExp(`^${pageId()}_\\d+$`));
    expect(postState(textId)).toMatchObject({ kind: 'status', message: 'Open until 6 today', published: true });

    const linkId = await post(token, { link: 'https://rosiesbakery.example/menu' });
    expect(postState(linkId)).toMatchObject({ kind: 'link', link: 'https://rosiesbakery.example/menu' });

    expect(await editPagePost(ctx.networks.metaGraph, { postId: textId, pageAccessToken: token, message: 'Open until 7 today' })).toBe(true);
    expect(postState(textId)?.message).toBe('Open until 7 today');

    expect(await deletePagePost(ctx.networks.metaGraph, { postId: textId, pageAccessToken: token })).toBe(true);
    expect(postState(textId)).toBeUndefined();
    const again = await ctx.failure(deletePagePost(ctx.networks.metaGraph, { postId: textId, pageAccessToken: token }), PermanentError);
    expect(again.details).toMatchObject({ code: 100, subcode: 33 });
  });

  it('a scheduled post waits with Meta and goes live at its time', async () => {
    const token = await ctx.pageToken();
    const at = new Date(ctx.now().getTime() + 20 * MINUTE);
    const postId = await post(token, { scheduledPublishTime: at });
    expect(postState(postId)).toMatchObject({ published: false, scheduledPublishTime: at.getTime() });
    ctx.advance(20 * MINUTE - 1_000);
    expect(postState(postId)?.published).toBe(false);
    ctx.advance(1_000);
    expect(postState(postId)).toMatchObject({ published: true, publishedAt: at.getTime() });
  });

  it.each([
    ['less than 10 minutes ahead', 5 * MINUTE],
    ['more than 30 days ahead', 31 * DAY],
  ])('a scheduled time %s is PermanentError code 100', async (_name, ahead) => {
    const token = await ctx.pageToken();
    const error = await ctx.failure(post(token, { scheduledPublishTime: new Date(ctx.now().getTime() + ahead) }), PermanentError);
    expect(error.details.code).toBe(100);
    expect(error.reason).toContain('10 minutes and 30 days');
  });

  it.each([
    ['a link to facebook.com', 'https://www.facebook.com/rosiesbakery', 1609008],
    ['a link that is not a URL', 'not a url', 2061006],
  ])('%s is PermanentError with its subcode', async (_name, link, subcode) => {
    const error = await ctx.failure(post(await ctx.pageToken(), { link }), PermanentError);
    expect(error.details).toMatchObject({ code: 100, subcode });
  });

  it('the same message twice within a minute is PermanentError (506)', async () => {
    const token = await ctx.pageToken();
    const message = fresh('Twice');
    await post(token, { message });
    const error = await ctx.failure(post(token, { message }), PermanentError);
    expect(error.details.code).toBe(506);
  });
});

describe('photos', () => {
  it('by URL, published: a photo and its feed post', async () => {
    const photo = await uploadPagePhotoFromUrl(ctx.networks.metaGraph, {
      pageId: pageId(),
      pageAccessToken: await ctx.pageToken(),
      imageUrl: ctx.mediaUrl('image.jpg', { width: 1200, height: 900 }),
      caption: fresh('Cinnamon buns'),
    });
    expect(photo.postId).toMatch(new RegExp(`^${pageId()}_`));
    expect(postState(photo.postId ?? '')).toMatchObject({ kind: 'photo', attachedPhotoIds: [photo.id] });
  });

  it('from disk, unpublished, attached to one multi-photo post; the largest rendition is a working URL', async () => {
    const token = await ctx.pageToken();
    const first = await uploadPagePhotoFile(ctx.networks.metaGraph, {
      pageId: pageId(), pageAccessToken: token, bytes: makeJpeg(1600, 1200), fileName: 'buns.jpg', contentType: 'image/jpeg', published: false,
    });
    const second = await uploadPagePhotoFile(ctx.networks.metaGraph, {
      pageId: pageId(), pageAccessToken: token, bytes: makePng(800, 800), fileName: 'loaf.png', contentType: 'image/png', published: false,
    });
    expect(first.postId).toBeUndefined();

    const largest = await fetchLargestPhotoUrl(ctx.networks.metaGraph, { photoId: first.id, pageAccessToken: token });
    expect(largest).toContain(`${first.id}_1600x1200.jpg`);
    const image = await fetch(largest);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await image.arrayBuffer()).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));

    const postId = await post(token, { attachedPhotoIds: [first.id, second.id] });
    expect(postState(postId)).toMatchObject({ kind: 'album', attachedPhotoIds: [first.id, second.id] });
  });

  it.each([
    ['a JPEG over 4 MB', () => makeJpeg(1000, 1000, { padToBytes: 4 * 1024 * 1024 + 1 }), 'image/jpeg'],
    ['a PNG over 1 MB', () => makePng(1000, 1000, { padToBytes: 1024 * 1024 + 1 }), 'image/png'],
  ])('%s is MediaRejectedError 1366046 (no container to renew on Facebook)', async (_name, bytes, contentType) => {
    const error = await ctx.failure(
      uploadPagePhotoFile(ctx.networks.metaGraph, { pageId: pageId(), pageAccessToken: await ctx.pageToken(), bytes: bytes(), fileName: 'big', contentType }),
      MediaRejectedError,
    );
    expect(error.details.subcode).toBe(1366046);
    expect(error.needsNewContainer).toBe(false);
    expect(error.reason).toContain('4 MB');
  });

  it('a URL that is not an image is PermanentError (324)', async () => {
    const error = await ctx.failure(
      uploadPagePhotoFromUrl(ctx.networks.metaGraph, { pageId: pageId(), pageAccessToken: await ctx.pageToken(), imageUrl: ctx.mediaUrl('page.html') }),
      PermanentError,
    );
    expect(error.details.code).toBe(324);
  });
});

describe('video, by upload session', () => {
  const readChunk = async (start: number, end: number) => VIDEO.subarray(start, end);

  it('start, transfer every range the server names, finish: the video post exists and processes', async () => {
    const token = await ctx.pageToken();
    const start = await startPageVideoUpload(ctx.networks.metaGraph, { pageId: pageId(), pageAccessToken: token, fileSize: VIDEO.length });
    expect(start).toMatchObject({ pageId: pageId(), startOffset: 0, endOffset: 1_048_576 });
    const progress: number[] = [];
    const done = await transferPageVideo(ctx.networks.metaGraph, { pageAccessToken: token, session: start, readChunk, onProgress: (session) => progress.push(session.startOffset) });
    expect(progress).toEqual([1_048_576, 2_097_152, VIDEO.length]);
    expect(done).toMatchObject({ startOffset: VIDEO.length, endOffset: VIDEO.length });
    expect(await finishPageVideoUpload(ctx.networks.metaGraph, { pageAccessToken: token, session: done, title: 'Shaping', description: fresh('How we shape') })).toBe(true);
    const video = ctx.control.state().facebook.videos[start.videoId];
    expect(video).toMatchObject({ phase: 'processing', received: VIDEO.length });
    ctx.advance(20_000);
    expect(ctx.control.state().facebook.videos[start.videoId]?.phase).toBe('ready');
  });

  it('a scheduled video finishes unpublished with its time', async () => {
    const token = await ctx.pageToken();
    let session = await startPageVideoUpload(ctx.networks.metaGraph, { pageId: pageId(), pageAccessToken: token, fileSize: VIDEO.length });
    session = await transferPageVideo(ctx.networks.metaGraph, { pageAccessToken: token, session, readChunk });
    const at = new Date(ctx.now().getTime() + DAY);
    await finishPageVideoUpload(ctx.networks.metaGraph, { pageAccessToken: token, session, scheduledPublishTime: at });
    expect(ctx.control.state().facebook.videos[session.videoId]).toMatchObject({ published: false, scheduledPublishTime: at.getTime() });
  });

  it('a dropped transfer keeps the session where it was: the same chunk is sent again', async () => {
    const token = await ctx.pageToken();
    const start = await startPageVideoUpload(ctx.networks.metaGraph, { pageId: pageId(), pageAccessToken: token, fileSize: VIDEO.length });
    ctx.control.faults.inject({ kind: 'dropConnection', match: { method: 'POST', pathIncludes: '/videos' } });
    const chunk = VIDEO.subarray(0, start.endOffset);
    await ctx.failure(transferPageVideoChunk(ctx.networks.metaGraph, { pageAccessToken: token, session: start, chunk }), TransientError);
    const next = await transferPageVideoChunk(ctx.networks.metaGraph, { pageAccessToken: token, session: start, chunk });
    expect(next.startOffset).toBe(start.endOffset);
  });

  it.each([
    ['a chunk from the wrong offset', async (token: string, session: PageVideoSession) =>
      transferPageVideoChunk(ctx.networks.metaGraph, { pageAccessToken: token, session: { ...session, startOffset: 5 }, chunk: VIDEO.subarray(5, 5 + 1_048_576) })],
    ['finishing before every byte arrived', async (token: string, session: PageVideoSession) =>
      finishPageVideoUpload(ctx.networks.metaGraph, { pageAccessToken: token, session })],
  ])('%s is PermanentError (6000)', async (_name, call) => {
    const token = await ctx.pageToken();
    const session = await startPageVideoUpload(ctx.networks.metaGraph, { pageId: pageId(), pageAccessToken: token, fileSize: VIDEO.length });
    const error = await ctx.failure(call(token, session), PermanentError);
    expect(error.details.code).toBe(6000);
  });
});

describe('who may publish', () => {
  it('a user token where the Page token belongs is PermissionMissingError (200)', async () => {
    const error = await ctx.failure(post(ctx.metaUserToken()), PermissionMissingError);
    expect(error.details).toMatchObject({ httpStatus: 403, code: 200 });
  });

  it.each([
    ['pages_manage_posts', (pageToken: string) => post(pageToken)],
    ['publish_video', (pageToken: string) => startPageVideoUpload(ctx.networks.metaGraph, { pageId: pageId(), pageAccessToken: pageToken, fileSize: 10 })],
  ])('%s removed from the grants: PermissionMissingError naming it', async (permission, call) => {
    const userToken = ctx.metaUserToken();
    const pageToken = await ctx.pageToken(userToken);
    const revoke = await fetch(`${ctx.sandbox.urls.metaGraph}/v25.0/me/permissions/${permission}?access_token=${encodeURIComponent(userToken)}`, { method: 'DELETE' });
    expect(revoke.status).toBe(200);
    try {
      const error = await ctx.failure(call(pageToken), PermissionMissingError);
      expect(error.reason).toContain(permission);
    } finally {
      ctx.metaUserToken(); // grants the default permissions again for the tests after this one
    }
  });

  it('a Page token dies with its user token: 190/463 when the user token expires', async () => {
    const userToken = ctx.metaUserToken();
    const pageToken = await ctx.pageToken(userToken);
    ctx.control.tokens.expire({ token: userToken });
    const error = await ctx.failure(post(pageToken), TokenInvalidError);
    expect(error.details).toMatchObject({ code: 190, subcode: 463 });
    expect(error.reconnectNeeded).toBe(true);
  });

  it('a Page throttle (32) retries when the Page’s BUC header says', async () => {
    const tap = ctx.tap('metaGraph');
    ctx.control.faults.inject({ kind: 'throttle', code: 32, match: { pathIncludes: '/feed' } });
    const error = await ctx.failure(post(await ctx.pageToken()), ThrottledError);
    const header = tap.lastJsonHeader<Record<string, { type: string; estimated_time_to_regain_access: number }[]>>('x-business-use-case-usage');
    expect(Object.keys(header)).toEqual([pageId()]);
    const minutes = header[pageId()]?.[0]?.estimated_time_to_regain_access ?? 0;
    expect(minutes).toBeGreaterThan(0);
    expect(error).toMatchObject({ scope: 'account', retryAfter: new Date(ctx.now().getTime() + minutes * MINUTE) });
  });
});

/**
 * Every call of the area on a failing connection. `prepare` does the requests the call depends on
 * (a post to edit, a complete session to finish) before the fault is armed, so the fault can only
 * hit the call's own request.
 */
const pageCalls: [string, (token: string) => Promise<() => Promise<unknown>>][] = [
  ['publishPagePost', async (token) => () => post(token)],
  ['uploadPagePhotoFromUrl', async (token) => () =>
    uploadPagePhotoFromUrl(ctx.networks.metaGraph, { pageId: pageId(), pageAccessToken: token, imageUrl: ctx.mediaUrl('image.jpg'), published: false })],
  ['uploadPagePhotoFile', async (token) => () =>
    uploadPagePhotoFile(ctx.networks.metaGraph, { pageId: pageId(), pageAccessToken: token, bytes: makeJpeg(100, 100), fileName: 'a.jpg', contentType: 'image/jpeg', published: false })],
  ['fetchLargestPhotoUrl', async (token) => {
    const photo = await uploadPagePhotoFile(ctx.networks.metaGraph, { pageId: pageId(), pageAccessToken: token, bytes: makeJpeg(100, 100), fileName: 'a.jpg', contentType: 'image/jpeg', published: false });
    return () => fetchLargestPhotoUrl(ctx.networks.metaGraph, { photoId: photo.id, pageAccessToken: token });
  }],
  ['editPagePost', async (token) => {
    const postId = await post(token);
    return () => editPagePost(ctx.networks.metaGraph, { postId, pageAccessToken: token, message: fresh('Edited') });
  }],
  ['deletePagePost', async (token) => {
    const postId = await post(token);
    return () => deletePagePost(ctx.networks.metaGraph, { postId, pageAccessToken: token });
  }],
  ['startPageVideoUpload', async (token) => () =>
    startPageVideoUpload(ctx.networks.metaGraph, { pageId: pageId(), pageAccessToken: token, fileSize: VIDEO.length })],
  ['transferPageVideoChunk', async (token) => {
    const session = await startPageVideoUpload(ctx.networks.metaGraph, { pageId: pageId(), pageAccessToken: token, fileSize: 1_000 });
    return () => transferPageVideoChunk(ctx.networks.metaGraph, { pageAccessToken: token, session, chunk: VIDEO.subarray(0, 1_000) });
  }],
  ['finishPageVideoUpload', async (token) => {
    let session = await startPageVideoUpload(ctx.networks.metaGraph, { pageId: pageId(), pageAccessToken: token, fileSize: 1_000 });
    session = await transferPageVideo(ctx.networks.metaGraph, { pageAccessToken: token, session, readChunk: async (start, end) => VIDEO.subarray(start, end) });
    return () => finishPageVideoUpload(ctx.networks.metaGraph, { pageAccessToken: token, session });
  }],
];

describe.each(pageCalls)('%s on a failing connection', (_name, prepare) => {
  it.each(transientFaults)('$name is TransientError', async ({ fault }) => {
    const call = await prepare(await ctx.pageToken());
    await expectTransient(ctx, fault, call);
  });
});
