import { afterEach, beforeEach, expect, it } from 'vitest';
import { MediaRejectedError, ThrottledError } from '../../../../../main/platforms/platformErrors';
import { fetchPublishStatus, initVideoPost, queryCreatorInfo } from '../../../../../main/platforms/tiktok/tiktokPosting';
import { networksFor, rejectionOf, startCannedServer, type CannedServer } from '../support/cannedServer';

let server: CannedServer;
beforeEach(async () => {
  server = await startCannedServer();
});
afterEach(() => server.close());

const ok = (data: unknown) => ({ json: { data, error: { code: 'ok', message: '', log_id: 'L' } } });

it('queries creator info with POST, Bearer and no body', async () => {
  const { networks } = networksFor(server);
  server.reply(
    ok({
      creator_avatar_url: 'https://p16/avatar.jpg',
      creator_username: 'rosabakes',
      creator_nickname: 'Rosa',
      privacy_level_options: ['PUBLIC_TO_EVERYONE', 'MUTUAL_FOLLOW_FRIENDS', 'SELF_ONLY'],
      comment_disabled: false,
      duet_disabled: true,
      stitch_disabled: false,
      max_video_post_duration_sec: 600,
    }),
  );
  const info = await queryCreatorInfo(networks.tiktokApi, { accessToken: 'act.abc' });
  expect(info).toEqual({
    avatarUrl: 'https://p16/avatar.jpg',
    username: 'rosabakes',
    nickname: 'Rosa',
    privacyLevelOptions: ['PUBLIC_TO_EVERYONE', 'MUTUAL_FOLLOW_FRIENDS', 'SELF_ONLY'],
    commentDisabled: false,
    duetDisabled: true,
    stitchDisabled: false,
    maxVideoPostDurationSeconds: 600,
  });
  const [request] = server.requests;
  expect(`${request?.method} ${request?.path}`).toBe('POST /tiktok/v2/post/publish/creator_info/query/');
  expect(request?.headers.authorization).toBe('Bearer act.abc');
  expect(request?.body.length).toBe(0);
});

it('initialises a FILE_UPLOAD direct post with post_info and source_info as JSON', async () => {
  const { networks } = networksFor(server);
  server.reply(ok({ publish_id: 'v_pub_file~v2-1.123', upload_url: 'https://open-upload.tiktokapis.com/video/?upload_id=1' }));
  const init = await initVideoPost(networks.tiktokApi, {
    accessToken: 'act.abc',
    postInfo: { title: 'Morning bake', privacyLevel: 'SELF_ONLY', disableDuet: false, disableComment: true, disableStitch: false },
    source: { source: 'FILE_UPLOAD', videoSize: 30_000_000, chunkSize: 30_000_000, totalChunkCount: 1 },
  });
  expect(init).toEqual({ publishId: 'v_pub_file~v2-1.123', uploadUrl: 'https://open-upload.tiktokapis.com/video/?upload_id=1' });
  const [request] = server.requests;
  expect(request?.path).toBe('/tiktok/v2/post/publish/video/init/');
  expect(request?.headers['content-type']).toContain('application/json');
  expect(JSON.parse(request!.body.toString())).toEqual({
    post_info: { title: 'Morning bake', privacy_level: 'SELF_ONLY', disable_duet: false, disable_comment: true, disable_stitch: false },
    source_info: { source: 'FILE_UPLOAD', video_size: 30_000_000, chunk_size: 30_000_000, total_chunk_count: 1 },
  });
});

it('initialises a PULL_FROM_URL post with video_url', async () => {
  const { networks } = networksFor(server);
  server.reply(ok({ publish_id: 'v_pub_url~1' }));
  expect(
    await initVideoPost(networks.tiktokApi, {
      accessToken: 'act.abc',
      postInfo: { privacyLevel: 'SELF_ONLY' },
      source: { source: 'PULL_FROM_URL', videoUrl: 'https://media.bakery.example/v.mp4' },
    }),
  ).toEqual({ publishId: 'v_pub_url~1' });
  expect(JSON.parse(server.requests[0]!.body.toString())).toEqual({
    post_info: { privacy_level: 'SELF_ONLY' },
    source_info: { source: 'PULL_FROM_URL', video_url: 'https://media.bakery.example/v.mp4' },
  });
});

it('fetches the publish status, reading the misspelt public id field', async () => {
  const { networks } = networksFor(server);
  server.reply(
    // A 19-digit JSON number, as TikTok sends post ids: JSON.parse alone would round it.
    {
      text: '{"data":{"status":"PUBLISH_COMPLETE","publicaly_available_post_id":[7350123456789012345],"uploaded_bytes":30000000},"error":{"code":"ok","message":"","log_id":"L"}}',
      headers: { 'Content-Type': 'application/json' },
    },
    ok({ status: 'FAILED', fail_reason: 'frame_rate_check_failed' }),
  );
  expect(await fetchPublishStatus(networks.tiktokApi, { accessToken: 'act.abc', publishId: 'v_pub_file~1' })).toEqual({
    status: 'PUBLISH_COMPLETE',
    publicPostIds: ['7350123456789012345'],
    uploadedBytes: 30_000_000,
  });
  expect(await fetchPublishStatus(networks.tiktokApi, { accessToken: 'act.abc', publishId: 'v_pub_file~1' })).toEqual({
    status: 'FAILED',
    failReason: 'frame_rate_check_failed',
    publicPostIds: [],
  });
  expect(server.requests[0]?.path).toBe('/tiktok/v2/post/publish/status/fetch/');
  expect(JSON.parse(server.requests[0]!.body.toString())).toEqual({ publish_id: 'v_pub_file~1' });
});

it('a status answer carrying an error is still a typed error', async () => {
  const { networks } = networksFor(server);
  server.reply({ json: { data: {}, error: { code: 'rate_limit_exceeded', message: 'Slow down', log_id: 'L3' } } });
  const error = await rejectionOf(() => fetchPublishStatus(networks.tiktokApi, { accessToken: 'act.abc', publishId: 'p' }));
  expect(error).toBeInstanceOf(ThrottledError);
});

it('an init the platform refuses for the media is a MediaRejectedError', async () => {
  const { networks } = networksFor(server);
  server.reply({ status: 400, json: { data: {}, error: { code: 'duration_check_failed', message: 'Video too long', log_id: 'L2' } } });
  const error = await rejectionOf(() =>
    initVideoPost(networks.tiktokApi, {
      accessToken: 'act.abc',
      postInfo: { privacyLevel: 'SELF_ONLY' },
      source: { source: 'PULL_FROM_URL', videoUrl: 'https://media.bakery.example/long.mp4' },
    }),
  );
  expect(error).toBeInstanceOf(MediaRejectedError);
  expect(error).toMatchObject({ reason: 'Video too long', details: { errorCode: 'duration_check_failed', traceId: 'L2' } });
});
