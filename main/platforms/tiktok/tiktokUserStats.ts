import { z } from 'zod';
import type { PlatformHttp } from '../platformHttp';
import { tiktokData, tiktokPath } from './tiktokConventions';

/** A creator's counters as TikTok gives them now; TikTok keeps no daily series of them (6.3). */
export interface TikTokUserStats {
  followerCount: number;
  likesCount: number;
  videoCount: number;
}

const count = z.number().int().nonnegative();
const StatsResponse = tiktokData(z.object({ user: z.object({ follower_count: count, likes_count: count, video_count: count }) }));

/** `GET /v2/user/info/?fields=follower_count,likes_count,video_count` (scope `user.info.stats`) [S88]. */
export async function fetchTikTokUserStats(tiktokApi: PlatformHttp, request: { accessToken: string }): Promise<TikTokUserStats> {
  const { user } = await tiktokApi.request(
    {
      method: 'GET',
      url: tiktokPath('user/info/'),
      params: { fields: 'follower_count,likes_count,video_count' },
      headers: { Authorization: `Bearer ${request.accessToken}` },
    },
    StatsResponse,
  );
  return { followerCount: user.follower_count, likesCount: user.likes_count, videoCount: user.video_count };
}
