import type { PostType } from '../../../preload/contract';
import { listInstagramMediaWithKinds, type ListedInstagramMedia } from '../../platforms/meta/instagramMediaList';
import type { FoundPost, InsightsCallContext, InsightsSource } from '../insightsSource';
import { instagramAccountDays } from './instagramAccountDays';
import { instagramInsightsCalls } from './instagramCalls';
import { measureInstagramPost } from './instagramPostFigures';

/** Instagram on both login paths (4.1, 4.2): the host and token follow the account's login path. */
export function createInstagramSource(): InsightsSource {
  return {
    platform: 'instagram',
    measurePost: measureInstagramPost,
    accountDays: instagramAccountDays,
    recentPosts: recentInstagramPosts,
  };
}

/** The newest page of `media` with the stories live now, newest first, at most 50. */
async function recentInstagramPosts(context: InsightsCallContext): Promise<FoundPost[]> {
  const calls = await instagramInsightsCalls(context);
  const request = { igUserId: calls.igUserId, accessToken: calls.accessToken };
  const media = await listInstagramMediaWithKinds(calls.graph, { ...request, edge: 'media' });
  const stories = await listInstagramMediaWithKinds(calls.graph, { ...request, edge: 'stories' });
  return [...media, ...stories]
    .sort((a, b) => b.timestamp.getTime() - a.timestamp.getTime())
    .slice(0, RECENT_POSTS_MAX)
    .map((item) => ({
      platformPostId: item.id,
      kind: instagramKindOf(item),
      publishedAt: item.timestamp,
      caption: item.caption ?? '',
      permalink: item.permalink ?? null,
    }));
}

const RECENT_POSTS_MAX = 50;

/** `media_product_type` first (REELS, STORY), then `media_type` (CAROUSEL_ALBUM); FEED and AD are feed posts. */
export function instagramKindOf(media: Pick<ListedInstagramMedia, 'mediaType' | 'mediaProductType'>): PostType {
  if (media.mediaProductType === 'STORY') return 'story';
  if (media.mediaProductType === 'REELS') return 'reel';
  return media.mediaType === 'CAROUSEL_ALBUM' ? 'carousel' : 'feed';
}
