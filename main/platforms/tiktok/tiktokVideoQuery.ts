import { z } from 'zod';
import type { PlatformHttp } from '../platformHttp';
import { bearerJsonHeaders, tiktokData, tiktokPath } from './tiktokConventions';

/** A published TikTok video with its public counters [S89]. */
export interface TikTokVideo {
  id: string;
  createTime: number;
  shareUrl: string;
  /** Expires after 6 hours [S89]: show it, never store it. */
  coverImageUrl?: string;
  likeCount: number;
  commentCount: number;
  shareCount: number;
  viewCount: number;
}

const VIDEO_FIELDS = 'id,create_time,share_url,cover_image_url,like_count,comment_count,share_count,view_count';
/** `video_ids` takes at most 20 ids per call [S89]. */
export const MAX_VIDEO_IDS_PER_QUERY = 20;

const count = z.number().int().nonnegative().default(0);
const QueryResponse = tiktokData(
  z.object({
    videos: z.array(
      z.object({
        id: z.string(),
        create_time: z.number(),
        share_url: z.string(),
        cover_image_url: z.string().optional(),
        like_count: count,
        comment_count: count,
        share_count: count,
        view_count: count,
      }),
    ),
  }),
);

/** `POST /v2/video/query/?fields=...` with `{"filters":{"video_ids":[...]}}` (scope `video.list`) [S89]. */
export async function queryTikTokVideos(
  tiktokApi: PlatformHttp,
  request: { accessToken: string; videoIds: readonly string[] },
): Promise<TikTokVideo[]> {
  if (request.videoIds.length === 0 || request.videoIds.length > MAX_VIDEO_IDS_PER_QUERY) {
    throw new RangeError(`A TikTok video query takes 1 to ${MAX_VIDEO_IDS_PER_QUERY} ids, not ${request.videoIds.length}.`);
  }
  const { videos } = await tiktokApi.request(
    {
      method: 'POST',
      url: tiktokPath('video/query/'),
      params: { fields: VIDEO_FIELDS },
      headers: bearerJsonHeaders(request.accessToken),
      data: { filters: { video_ids: request.videoIds } },
    },
    QueryResponse,
  );
  return videos.map((video) => ({
    id: video.id,
    createTime: video.create_time,
    shareUrl: video.share_url,
    ...(video.cover_image_url !== undefined && { coverImageUrl: video.cover_image_url }),
    likeCount: video.like_count,
    commentCount: video.comment_count,
    shareCount: video.share_count,
    viewCount: video.view_count,
  }));
}

/** A post as the creator's list names it, to recognise one whose publish answer was lost. */
export interface ListedTikTokPost {
  id: string;
  createTime: Date;
  title: string;
  description: string;
  /** `https://www.tiktok.com/@user/video/{id}`, or `/photo/{id}` for a photo post; absent when TikTok leaves it out. */
  shareUrl?: string;
}

const ListResponse = tiktokData(
  z.object({
    videos: z.array(
      z.object({ id: z.string(), create_time: z.number(), title: z.string().default(''), video_description: z.string().default(''), share_url: z.string().optional() }),
    ),
  }),
);

/** `max_count` takes at most 20 (6.3 [S59]). */
const LIST_MAX_COUNT = 20;

/** `POST /v2/video/list/?fields=...` `{"max_count": 20}`: the creator's newest posts, newest first (6.3 [S59]). */
export async function listRecentTikTokPosts(tiktokApi: PlatformHttp, request: { accessToken: string }): Promise<ListedTikTokPost[]> {
  const { videos } = await tiktokApi.request(
    {
      method: 'POST',
      url: tiktokPath('video/list/'),
      params: { fields: 'id,create_time,title,video_description,share_url' },
      headers: bearerJsonHeaders(request.accessToken),
      data: { max_count: LIST_MAX_COUNT },
    },
    ListResponse,
  );
  return videos.map((video) => ({
    id: video.id,
    createTime: new Date(video.create_time * 1000),
    title: video.title,
    description: video.video_description,
    ...(video.share_url !== undefined && { shareUrl: video.share_url }),
  }));
}
