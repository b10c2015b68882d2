import { afterEach, beforeEach, expect, it } from 'vitest';
import { queryTikTokVideos } from '../../../../../main/platforms/tiktok/tiktokVideoQuery';
import { fetchTikTokUser } from '../../../../../main/platforms/tiktok/tiktokUser';
import { networksFor, startCannedServer, type CannedServer } from '../support/cannedServer';

let server: CannedServer;
beforeEach(async () => {
  server = await startCannedServer();
});
afterEach(() => server.close());

const ok = (data: unknown) => ({ json: { data, error: { code: 'ok', message: '', log_id: 'L' } } });

it('GET /v2/user/info/ with fields and Bearer', async () => {
  const { networks } = networksFor(server);
  server.reply(ok({ user: { open_id: 'open-1', display_name: 'Rosa', avatar_url: 'https://p16/a.jpg' } }));
  expect(await fetchTikTokUser(networks.tiktokApi, { accessToken: 'act.abc' })).toEqual({
    openId: 'open-1',
    displayName: 'Rosa',
    avatarUrl: 'https://p16/a.jpg',
  });
  const [request] = server.requests;
  expect(`${request?.method} ${request?.path}`).toBe('GET /tiktok/v2/user/info/');
  expect(request?.query.get('fields')).toBe('open_id,avatar_url,display_name');
  expect(request?.headers.authorization).toBe('Bearer act.abc');
});

it('POST /v2/video/query/ with fields in the query and video_ids in the body', async () => {
  const { networks } = networksFor(server);
  server.reply(
    ok({
      videos: [
        {
          id: '7350123456789012345',
          create_time: 1777600000,
          share_url: 'https://www.tiktok.com/@rosabakes/video/7350123456789012345',
          cover_image_url: 'https://p16/c.jpg',
          like_count: 41,
          comment_count: 3,
          share_count: 2,
          view_count: 980,
        },
      ],
      cursor: 0,
      has_more: false,
    }),
  );
  const videos = await queryTikTokVideos(networks.tiktokApi, { accessToken: 'act.abc', videoIds: ['7350123456789012345'] });
  expect(videos).toEqual([
    {
      id: '7350123456789012345',
      createTime: 1777600000,
      shareUrl: 'https://www.tiktok.com/@rosabakes/video/7350123456789012345',
      coverImageUrl: 'https://p16/c.jpg',
      likeCount: 41,
      commentCount: 3,
      shareCount: 2,
      viewCount: 980,
    },
  ]);
  const [request] = server.requests;
  expect(request?.path).toBe('/tiktok/v2/video/query/');
  expect(request?.query.get('fields')).toBe('id,create_time,share_url,cover_image_url,like_count,comment_count,share_count,view_count');
  expect(JSON.parse(request!.body.toString())).toEqual({ filters: { video_ids: ['7350123456789012345'] } });
});

it('refuses an empty query or more than 20 ids before calling', async () => {
  const { networks } = networksFor(server);
  const ids = Array.from({ length: 21 }, (_, i) => String(i));
  await expect(queryTikTokVideos(networks.tiktokApi, { accessToken: 'a', videoIds: ids })).rejects.toThrow(RangeError);
  await expect(queryTikTokVideos(networks.tiktokApi, { accessToken: 'a', videoIds: [] })).rejects.toThrow(RangeError);
  expect(server.requests).toHaveLength(0);
});
