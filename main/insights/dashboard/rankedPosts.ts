import type { InsightPost, InsightsDashboard } from '../../../preload/contract';

export const POSTS_BY_ENGAGEMENT_LIMIT = 20;
export const TOP_AND_BOTTOM_COUNT = 5;

/**
 * The period's posts that have an engagement rate, ranked. `postsByEngagement`: highest first, at
 * most 20. `topPosts`: the 5 highest, highest first. `bottomPosts`: the 5 lowest, lowest first,
 * among the posts not already in `topPosts`: with fewer than 10 rated posts the top five are filled
 * first and the bottom list gets the rest (7 posts: 5 top, 2 bottom), so no post is in both.
 * Equal rates keep the newer post first, so the lists do not change from one look to the next.
 */
export function rankedPosts(posts: readonly InsightPost[]): Pick<InsightsDashboard, 'postsByEngagement' | 'topPosts' | 'bottomPosts'> {
  const rated = posts
    .filter((post) => post.engagementRate !== null)
    .sort((a, b) => (b.engagementRate ?? 0) - (a.engagementRate ?? 0) || b.publishedAt.localeCompare(a.publishedAt) || a.postId.localeCompare(b.postId));
  return {
    postsByEngagement: rated.slice(0, POSTS_BY_ENGAGEMENT_LIMIT),
    topPosts: rated.slice(0, TOP_AND_BOTTOM_COUNT),
    bottomPosts: rated.slice(Math.max(TOP_AND_BOTTOM_COUNT, rated.length - TOP_AND_BOTTOM_COUNT)).reverse(),
  };
}
