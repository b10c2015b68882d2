import type { AccountDayMetric, InsightMetric, LocalDate, PostType } from '../../../preload/contract';
import { fetchTikTokUserStats, type TikTokUserStats } from '../../platforms/tiktok/tiktokUserStats';
import { listRecentTikTokPosts, queryTikTokVideos, type TikTokVideo } from '../../platforms/tiktok/tiktokVideoQuery';
import type { AccountDay, FoundPost, InsightsCallContext, InsightsSource, MeasuredPost, PostFigures } from '../insightsSource';

/**
 * TikTok's Display API (6.3 [S88] [S89]): public counters of a video or photo post, and the
 * creator's counters now. No reach, no watch time, no daily series (those are in the Business
 * API, not used). Scopes `video.list` and `user.info.stats`.
 */

/** Video counter → Outpost's name; interactions = likes + comments + shares. */
export const TIKTOK_VIDEO_NAMES = {
  viewCount: 'views',
  likeCount: 'likes',
  commentCount: 'comments',
  shareCount: 'shares',
} as const satisfies Partial<Record<keyof TikTokVideo, InsightMetric>>;

/** User counter (`follower_count`, `likes_count`, `video_count`) → Outpost's name. */
export const TIKTOK_USER_NAMES = {
  followerCount: 'followers',
  likesCount: 'likes_total',
  videoCount: 'video_count',
} as const satisfies Record<keyof TikTokUserStats, AccountDayMetric>;

export function createTikTokSource(): InsightsSource {
  return { platform: 'tiktok', measurePost: measureTikTokPost, accountDays: tiktokAccountDays, recentPosts: recentTikTokPosts };
}

/** `{}` while the post is not listed (still in moderation, or gone). */
async function measureTikTokPost(context: InsightsCallContext, post: MeasuredPost): Promise<PostFigures> {
  const [video] = await queryTikTokVideos(context.networks.tiktokApi, { accessToken: await context.credentials.accessToken(), videoIds: [post.platformPostId] });
  return video ? tiktokPostFigures(video) : {};
}

export function tiktokPostFigures(video: Pick<TikTokVideo, keyof typeof TIKTOK_VIDEO_NAMES>): PostFigures {
  const figures: PostFigures = {};
  for (const [field, name] of Object.entries(TIKTOK_VIDEO_NAMES) as [keyof typeof TIKTOK_VIDEO_NAMES, InsightMetric][]) figures[name] = video[field];
  return { ...figures, interactions: video.likeCount + video.commentCount + video.shareCount };
}

/** One day, `range.until` (the owner's today): TikTok gives the counters as they are now. */
async function tiktokAccountDays(context: InsightsCallContext, range: { since: LocalDate; until: LocalDate }): Promise<AccountDay[]> {
  const stats = await fetchTikTokUserStats(context.networks.tiktokApi, { accessToken: await context.credentials.accessToken() });
  const values: AccountDay['values'] = {};
  for (const [field, name] of Object.entries(TIKTOK_USER_NAMES) as [keyof TikTokUserStats, AccountDayMetric][]) values[name] = stats[field];
  return [{ day: range.until, values }];
}

async function recentTikTokPosts(context: InsightsCallContext): Promise<FoundPost[]> {
  const posts = await listRecentTikTokPosts(context.networks.tiktokApi, { accessToken: await context.credentials.accessToken() });
  return posts.map((post) => ({
    platformPostId: post.id,
    kind: tiktokKindOf(post.shareUrl),
    publishedAt: post.createTime,
    caption: post.description !== '' ? post.description : post.title,
    permalink: post.shareUrl ?? null,
  }));
}

/**
 * Photo posts live at `/photo/{id}` on tiktok.com, videos at `/video/{id}` (the TikTok composer's
 * post types, POST_TYPES.tiktok). Without an address, a video: what most posts are.
 */
export function tiktokKindOf(shareUrl: string | undefined): PostType {
  // Read from the text, not through URL: one malformed address must not fail the whole list.
  return shareUrl !== undefined && /\/photo\/[^/?#]+\/?(?:[?#].*)?$/.test(shareUrl) ? 'photo' : 'video';
}
