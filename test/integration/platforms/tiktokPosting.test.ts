import { beforeEach, describe, expect, it } from 'vitest';
import { MediaRejectedError, PermanentError, PermissionMissingError, ThrottledError, TokenInvalidError, TransientError, type PlatformError } from '../../../main/platforms/platformErrors';
import { toPlatformError } from '../../../main/platforms/toPlatformError';
import { planTikTokChunks, uploadTikTokChunk, uploadTikTokVideo, type ChunkPlan } from '../../../main/platforms/tiktok/tiktokChunkedUpload';
import { fetchPublishStatus, initVideoPost, queryCreatorInfo, type TikTokPostInfo, type TikTokVideoSource } from '../../../main/platforms/tiktok/tiktokPosting';
import { queryTikTokVideos } from '../../../main/platforms/tiktok/tiktokVideoQuery';
import { makeMp4 } from '../../../main/sandbox';
import { expectTransient, transientFaults } from './support/faultCases';
import { DAY, MINUTE, usePlatformSandbox } from './support/platformSandbox';

/**
 * TikTok's Content Posting API against the sandbox: creator_info, direct-post init with
 * FILE_UPLOAD (chunks planned by the client, checked by the sandbox's chunk rules) and
 * PULL_FROM_URL, the chunk PUTs, status polling on the sandbox clock, and video/query.
 */
const PROCESSING_MS = 30_000;
const MODERATION_MS = 60_000;
const ctx = usePlatformSandbox({ seed: 'platforms-tiktok-posting', settings: { timing: { tiktokProcessingMs: PROCESSING_MS, tiktokModerationMs: MODERATION_MS } } });

// A creator may direct-post 15 times a day; each test starts on a new sandbox day, with new
// tokens, so the cap and the per-minute limits are only met where a test is about them.
beforeEach(() => ctx.advance(DAY));

const SMALL_VIDEO = makeMp4({ durationMs: 15_000, width: 1080, height: 1920, sizeBytes: 400_000 });
const PUBLIC: TikTokPostInfo = { title: 'Morning bake #sourdough', privacyLevel: 'PUBLIC_TO_EVERYONE', disableDuet: true };

function fileSource(plan: ChunkPlan): TikTokVideoSource {
  return { source: 'FILE_UPLOAD', videoSize: plan.videoSize, chunkSize: plan.chunkSize, totalChunkCount: plan.totalChunkCount };
}

function init(accessToken: string, source: TikTokVideoSource, postInfo: TikTokPostInfo = PUBLIC) {
  return initVideoPost(ctx.networks.tiktokApi, { accessToken, postInfo, source });
}

function status(accessToken: string, publishId: string) {
  return fetchPublishStatus(ctx.networks.tiktokApi, { accessToken, publishId });
}

async function uploadedPost(accessToken: string, video = SMALL_VIDEO, postInfo = PUBLIC) {
  const plan = planTikTokChunks(video.length);
  const started = await init(accessToken, fileSource(plan), postInfo);
  await uploadTikTokVideo(ctx.networks.tiktokUpload, {
    uploadUrl: started.uploadUrl ?? '',
    plan,
    contentType: 'video/mp4',
    readChunk: async (range) => video.subarray(range.first, range.last + 1),
  });
  return started.publishId;
}

/** How the scheduler would read a FAILED status: the fail_reason through the same error table. */
function classifyFailReason(failReason: string): PlatformError {
  return toPlatformError({ platform: 'tiktok', network: 'tiktokApi', errorCode: failReason, usage: {} }, ctx.now());
}

describe('a direct post from a file', () => {
  it('creator_info, init, one chunk, then processing and moderation on the sandbox clock; the 19-digit post id is exact', async () => {
    const token = ctx.tiktokToken();
    const creator = await queryCreatorInfo(ctx.networks.tiktokApi, { accessToken: token });
    expect(creator).toMatchObject({ username: 'rosiesbakery', maxVideoPostDurationSeconds: 600 });
    expect(creator.privacyLevelOptions).toContain(PUBLIC.privacyLevel);

    const publishId = await uploadedPost(token);
    expect(await status(token, publishId)).toMatchObject({ status: 'PROCESSING_UPLOAD', uploadedBytes: SMALL_VIDEO.length, publicPostIds: [] });
    ctx.advance(PROCESSING_MS);
    // Public posts are withheld until moderation is over.
    expect(await status(token, publishId)).toMatchObject({ status: 'PUBLISH_COMPLETE', publicPostIds: [] });
    ctx.advance(MODERATION_MS);
    const done = await status(token, publishId);
    const videoId = ctx.control.state().tiktok.publishes[publishId]?.videoId;
    expect(videoId).toMatch(/^\d{19}$/);
    // Through a JavaScript number the last digits would change; the client keeps the text.
    expect(String(Number(videoId))).not.toBe(videoId);
    expect(done.publicPostIds).toEqual([videoId]);

    const [video] = await queryTikTokVideos(ctx.networks.tiktokApi, { accessToken: token, videoIds: done.publicPostIds });
    expect(video).toMatchObject({ id: videoId, shareUrl: `https://www.tiktok.com/@rosiesbakery/video/${videoId}` });
    expect(video?.viewCount).toBeGreaterThanOrEqual(0);
  });

  it('a video over 64 MB goes in the client’s planned chunks; a dropped chunk resumes from uploaded_bytes', async () => {
    const token = ctx.tiktokToken();
    const video = makeMp4({ durationMs: 20_000, sizeBytes: 66 * 1024 * 1024 + 12_345 });
    const plan = planTikTokChunks(video.length);
    expect(plan.totalChunkCount).toBeGreaterThan(2);
    const started = await init(token, fileSource(plan));
    const third = plan.chunks[2];
    const read = async (range: { first: number; last: number }) => {
      // The connection drops while the third chunk is on its way.
      if (range.first === third?.first) ctx.control.faults.inject({ kind: 'dropConnection', match: { hosts: ['tiktokUpload'] } });
      return video.subarray(range.first, range.last + 1);
    };
    await ctx.failure(uploadTikTokVideo(ctx.networks.tiktokUpload, { uploadUrl: started.uploadUrl ?? '', plan, contentType: 'video/mp4', readChunk: read }), TransientError);

    const { uploadedBytes } = await status(token, started.publishId);
    expect(uploadedBytes).toBe(third?.first);
    for (const range of plan.chunks.filter((chunk) => chunk.first >= (uploadedBytes ?? 0))) {
      await uploadTikTokChunk(ctx.networks.tiktokUpload, { uploadUrl: started.uploadUrl ?? '', range, videoSize: plan.videoSize, bytes: video.subarray(range.first, range.last + 1), contentType: 'video/mp4' });
    }
    ctx.advance(PROCESSING_MS);
    expect(await status(token, started.publishId)).toMatchObject({ status: 'PUBLISH_COMPLETE', uploadedBytes: video.length });
  });

  it('a chunk sent out of order is PermanentError (invalid_file_upload, 416)', async () => {
    const token = ctx.tiktokToken();
    const video = makeMp4({ durationMs: 15_000, sizeBytes: 66 * 1024 * 1024 });
    const plan = planTikTokChunks(video.length);
    const started = await init(token, fileSource(plan));
    const second = plan.chunks[1] ?? { first: 0, last: 0 };
    const error = await ctx.failure(
      uploadTikTokChunk(ctx.networks.tiktokUpload, { uploadUrl: started.uploadUrl ?? '', range: second, videoSize: plan.videoSize, bytes: video.subarray(second.first, second.last + 1), contentType: 'video/mp4' }),
      PermanentError,
    );
    expect(error.details).toMatchObject({ network: 'tiktokUpload', httpStatus: 416, errorCode: 'invalid_file_upload' });
  });

  it('a chunk plan against TikTok’s rules is PermanentError (invalid_params)', async () => {
    const error = await ctx.failure(
      init(ctx.tiktokToken(), { source: 'FILE_UPLOAD', videoSize: 20 * 1024 * 1024, chunkSize: 10 * 1024 * 1024, totalChunkCount: 3 }),
      PermanentError,
    );
    expect(error.details).toMatchObject({ httpStatus: 400, errorCode: 'invalid_params' });
    expect(error.reason).toContain('total_chunk_count');
  });
});

describe('a direct post from a URL', () => {
  it('a URL under a verified prefix is downloaded and published', async () => {
    ctx.control.configureTikTok({ verifiedUrlPrefixes: [`${ctx.sandbox.urls.control}/media/`] });
    const token = ctx.tiktokToken();
    const started = await init(token, { source: 'PULL_FROM_URL', videoUrl: ctx.mediaUrl('video.mp4', { duration_ms: 12_000 }) }, { privacyLevel: 'SELF_ONLY' });
    expect(started.uploadUrl).toBeUndefined();
    expect((await status(token, started.publishId)).status).toBe('PROCESSING_DOWNLOAD');
    ctx.advance(PROCESSING_MS);
    expect((await status(token, started.publishId)).status).toBe('PUBLISH_COMPLETE');
  });

  it('a URL on an unverified domain is PermanentError (url_ownership_unverified)', async () => {
    ctx.control.configureTikTok({ verifiedUrlPrefixes: [] });
    const error = await ctx.failure(init(ctx.tiktokToken(), { source: 'PULL_FROM_URL', videoUrl: ctx.mediaUrl('video.mp4') }), PermanentError);
    expect(error.details).toMatchObject({ httpStatus: 403, errorCode: 'url_ownership_unverified' });
  });
});

describe('media TikTok refuses ends FAILED with a fail_reason the error table reads as MediaRejectedError', () => {
  it.each([
    ['an injected frame-rate refusal', 'frame_rate_check_failed', () => ctx.control.faults.rejectMedia({ platform: 'tiktok', reason: 'frame_rate_check_failed' }), SMALL_VIDEO],
    ['a video longer than the creator’s 600 s', 'duration_check_failed', () => undefined, makeMp4({ durationMs: 601_000, sizeBytes: 200_000 })],
  ])('%s', async (_name, failReason, arrange, video) => {
    arrange();
    const token = ctx.tiktokToken();
    const publishId = await uploadedPost(token, video);
    ctx.advance(PROCESSING_MS);
    expect(await status(token, publishId)).toMatchObject({ status: 'FAILED', failReason });
    const error = classifyFailReason(failReason);
    ctx.caught.push(error);
    expect(error).toBeInstanceOf(MediaRejectedError);
    expect((error as MediaRejectedError).needsNewContainer).toBe(true);
  });

  it('a pull from a verified URL that answers 404 fails with video_pull_failed', async () => {
    ctx.control.configureTikTok({ verifiedUrlPrefixes: [`${ctx.sandbox.urls.control}/media/`] });
    const token = ctx.tiktokToken();
    const started = await init(token, { source: 'PULL_FROM_URL', videoUrl: ctx.mediaUrl('files/missing') });
    ctx.advance(PROCESSING_MS);
    expect(await status(token, started.publishId)).toMatchObject({ status: 'FAILED', failReason: 'video_pull_failed' });
    expect(classifyFailReason('video_pull_failed')).toBeInstanceOf(MediaRejectedError);
  });

  it('a file TikTok cannot read as video fails with file_format_check_failed', async () => {
    // The sandbox's default rejection. The error table has no row for this fail_reason (reported),
    // so it reads as PermanentError today; the contract here is what TikTok reports.
    ctx.control.faults.rejectMedia({ platform: 'tiktok' });
    const token = ctx.tiktokToken();
    const publishId = await uploadedPost(token);
    ctx.advance(PROCESSING_MS);
    expect(await status(token, publishId)).toMatchObject({ status: 'FAILED', failReason: 'file_format_check_failed' });
  });
});

describe('refusals at init', () => {
  it('a privacy level the creator does not offer is PermanentError (privacy_level_option_mismatch)', async () => {
    const error = await ctx.failure(init(ctx.tiktokToken(), fileSource(planTikTokChunks(SMALL_VIDEO.length)), { privacyLevel: 'FOLLOWER_OF_CREATOR' }), PermanentError);
    expect(error.details.errorCode).toBe('privacy_level_option_mismatch');
  });

  it('an unaudited app posting publicly is PermanentError', async () => {
    ctx.control.configureTikTok({ audited: false });
    try {
      const error = await ctx.failure(init(ctx.tiktokToken(), fileSource(planTikTokChunks(SMALL_VIDEO.length))), PermanentError);
      expect(error.details.errorCode).toBe('unaudited_client_can_only_post_to_private_accounts');
    } finally {
      ctx.control.configureTikTok({ audited: true });
    }
  });

  it('a title over 2,200 characters is PermanentError (invalid_params)', async () => {
    const error = await ctx.failure(init(ctx.tiktokToken(), fileSource(planTikTokChunks(SMALL_VIDEO.length)), { ...PUBLIC, title: 'x'.repeat(2_201) }), PermanentError);
    expect(error.details.errorCode).toBe('invalid_params');
  });

  it.each([
    ['queryCreatorInfo without video.publish', (token: string) => queryCreatorInfo(ctx.networks.tiktokApi, { accessToken: token }), ['user.info.basic']],
    ['initVideoPost without video.publish', (token: string) => init(token, fileSource(planTikTokChunks(SMALL_VIDEO.length))), ['user.info.basic', 'video.upload']],
    ['queryTikTokVideos without video.list', (token: string) => queryTikTokVideos(ctx.networks.tiktokApi, { accessToken: token, videoIds: ['7400000000000000001'] }), ['user.info.basic']],
    ['fetchPublishStatus without video.upload or video.publish', (token: string) => status(token, 'v_pub_file~v2-1.1'), ['user.info.basic']],
  ])('%s is PermissionMissingError (scope_not_authorized)', async (_name, call, scopes) => {
    const error = await ctx.failure(call(ctx.tiktokToken(scopes)), PermissionMissingError);
    expect(error.details).toMatchObject({ httpStatus: 401, errorCode: 'scope_not_authorized' });
  });

  it('an expired access token is TokenInvalidError that a refresh can fix', async () => {
    const token = ctx.tiktokToken();
    ctx.control.tokens.expire({ token });
    const error = await ctx.failure(queryCreatorInfo(ctx.networks.tiktokApi, { accessToken: token }), TokenInvalidError);
    expect(error.reconnectNeeded).toBe(false);
  });
});

describe('rate limits', () => {
  it('creator_info takes 20 a minute per token: the 21st is ThrottledError a minute ahead, and a minute later it works', async () => {
    const token = ctx.tiktokToken();
    for (let call = 0; call < 20; call++) await queryCreatorInfo(ctx.networks.tiktokApi, { accessToken: token });
    const error = await ctx.failure(queryCreatorInfo(ctx.networks.tiktokApi, { accessToken: token }), ThrottledError);
    expect(error.details).toMatchObject({ httpStatus: 429, errorCode: 'rate_limit_exceeded' });
    expect(error).toMatchObject({ scope: 'account', retryAfter: new Date(ctx.now().getTime() + MINUTE) });
    ctx.advance(MINUTE);
    await queryCreatorInfo(ctx.networks.tiktokApi, { accessToken: token });
  });

  it('the creator’s 16th direct post in a day is ThrottledError (spam_risk_too_many_posts) for a day', async () => {
    const source = fileSource(planTikTokChunks(SMALL_VIDEO.length));
    // Video init takes 6 a minute per token: a new token for each post.
    for (let post = 0; post < 15; post++) await init(ctx.tiktokToken(), source);
    const error = await ctx.failure(init(ctx.tiktokToken(), source), ThrottledError);
    expect(error.details).toMatchObject({ httpStatus: 403, errorCode: 'spam_risk_too_many_posts' });
    expect(error).toMatchObject({ scope: 'account', retryAfter: new Date(ctx.now().getTime() + DAY) });
  });
});

/** Each call of the area, prepared up to its own request, so an injected fault can only hit that. */
const postingCalls: [string, () => Promise<() => Promise<unknown>>][] = [
  ['queryCreatorInfo', async () => {
    const token = ctx.tiktokToken();
    return () => queryCreatorInfo(ctx.networks.tiktokApi, { accessToken: token });
  }],
  ['initVideoPost', async () => {
    const token = ctx.tiktokToken();
    return () => init(token, fileSource(planTikTokChunks(SMALL_VIDEO.length)));
  }],
  ['uploadTikTokChunk', async () => {
    const plan = planTikTokChunks(SMALL_VIDEO.length);
    const started = await init(ctx.tiktokToken(), fileSource(plan));
    const [range] = plan.chunks;
    return () => uploadTikTokChunk(ctx.networks.tiktokUpload, { uploadUrl: started.uploadUrl ?? '', range: range ?? { first: 0, last: 0 }, videoSize: plan.videoSize, bytes: SMALL_VIDEO, contentType: 'video/mp4' });
  }],
  ['fetchPublishStatus', async () => {
    const token = ctx.tiktokToken();
    const publishId = await uploadedPost(token);
    return () => status(token, publishId);
  }],
  ['queryTikTokVideos', async () => {
    const token = ctx.tiktokToken();
    return () => queryTikTokVideos(ctx.networks.tiktokApi, { accessToken: token, videoIds: ['7400000000000000001'] });
  }],
];

describe.each(postingCalls)('%s', (_name, prepare) => {
  it.each(transientFaults)('$name is TransientError', async ({ fault }) => {
    await expectTransient(ctx, fault, await prepare());
  });

  it('an injected throttle is ThrottledError (rate_limit_exceeded) a minute ahead', async () => {
    const call = await prepare();
    ctx.control.faults.inject({ kind: 'throttle' });
    const error = await ctx.failure(call(), ThrottledError);
    expect(error.details.errorCode).toBe('rate_limit_exceeded');
    expect(error.retryAfter.getTime()).toBe(ctx.now().getTime() + MINUTE);
  });
});

// The upload URL carries its own upload_token and no access token: nothing there can expire.
describe.each(postingCalls.filter(([name]) => name !== 'uploadTikTokChunk'))('%s with an access token', (_name, prepare) => {
  it('a one-off invalid-token answer is TokenInvalidError a refresh can fix', async () => {
    const call = await prepare();
    ctx.control.faults.inject({ kind: 'tokenExpired' });
    const error = await ctx.failure(call(), TokenInvalidError);
    expect(error.details.errorCode).toBe('access_token_invalid');
    expect(error.reconnectNeeded).toBe(false);
  });
});
