import type { PagePost } from './facebookPublishing';
import { listPagePosts } from './facebookPublishing';
import { unixSeconds } from './graphConventions';
import type { PageCalls } from './facebookPage';

/** How many of the Page's newest posts are looked through: a post made minutes ago is among them. */
const RECENT_POSTS = 25;

/**
 * Finds the post a call made when its answer was lost: on the Page, made since the attempt began,
 * with the same text (Facebook keeps the message as sent; ends are trimmed on both sides). A post
 * handed to Facebook's schedule is looked for among the scheduled posts at its time, then among
 * the published ones (its time may have passed meanwhile). The earliest match is the one: the
 * Page's posts go out one at a time, so nothing of Outpost's comes between.
 */
export async function findPostOnPage(
  calls: PageCalls,
  request: { message: string; since: Date; scheduledFor?: Date },
): Promise<PagePost | null> {
  const text = request.message.trim();
  const matches = (post: PagePost) => post.createdTime >= request.since && (post.message ?? '').trim() === text;
  const scheduledFor = request.scheduledFor;
  if (scheduledFor) {
    const scheduled = await listPagePosts(calls.graph, { ...page(calls), edge: 'scheduled_posts', limit: RECENT_POSTS });
    const found = earliest(scheduled.filter((post) => matches(post) && post.scheduledPublishTime === unixSeconds(scheduledFor)));
    if (found) return found;
  }
  const published = await listPagePosts(calls.graph, { ...page(calls), edge: 'feed', since: request.since, limit: RECENT_POSTS });
  return earliest(published.filter(matches));
}

const page = (calls: PageCalls) => ({ pageId: calls.pageId, pageAccessToken: calls.pageAccessToken });

const earliest = (posts: PagePost[]) => posts.sort((a, b) => a.createdTime.getTime() - b.createdTime.getTime())[0] ?? null;
