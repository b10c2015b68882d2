import type { PublishingLimits } from '../../accounts/publishingLimits';
import { ThrottledError } from '../platformErrors';
import type { PublishStep, StepContext } from '../publisher';
import { instagramCalls, type InstagramCalls } from './instagramTarget';
import { listRecentInstagramMedia } from './instagramMedia';
import { fetchPublishingLimit, type PublishingLimit } from './instagramPublishing';

/**
 * Before anything is staged or uploaded: Instagram's own count of this account's publishes in
 * its moving window (`content_publishing_limit`, 2.2 [S39]), kept for the planning ledger. A post
 * that would pass the limit waits, as a throttle, until the oldest post in the window leaves it.
 */
export function readPublishingLimitStep(limits: Pick<PublishingLimits, 'record'>): PublishStep {
  return {
    name: 'readPublishingLimit',
    label: 'Checking Instagram’s daily posting limit',
    async run(context) {
      const calls = await instagramCalls(context);
      const limit = await fetchPublishingLimit(calls.graph, { igUserId: calls.igUserId, accessToken: calls.accessToken });
      const readAt = context.now().toISOString();
      limits.record(context.job.account.id, { ...limit, readAt });
      if (limit.quotaUsage >= limit.quotaTotal) throw await limitReached(context, calls, limit);
      return { quotaUsage: limit.quotaUsage, quotaTotal: limit.quotaTotal, readAt };
    },
  };
}

/**
 * When a place frees up: the limit counts publishes in a moving window, so the oldest post still
 * in it leaving is the first moment another fits. Posts made in the Instagram app show in the
 * list but may not count toward the limit; they only make the estimate earlier, and the limit is
 * read again then. Without any post in sight, a whole window.
 */
async function limitReached(context: StepContext, calls: InstagramCalls, limit: PublishingLimit): Promise<ThrottledError> {
  const windowMs = limit.quotaDurationSeconds * 1000;
  const now = context.now().getTime();
  const since = new Date(now - windowMs);
  const [media, stories] = await Promise.all([
    listRecentInstagramMedia(calls.graph, { igUserId: calls.igUserId, accessToken: calls.accessToken, edge: 'media', since }),
    listRecentInstagramMedia(calls.graph, { igUserId: calls.igUserId, accessToken: calls.accessToken, edge: 'stories' }),
  ]);
  const times = [...media, ...stories].map((item) => item.timestamp.getTime()).filter((time) => time > since.getTime());
  const retryAfter = new Date(times.length > 0 ? Math.min(...times) + windowMs : now + windowMs);
  const hours = Math.round(limit.quotaDurationSeconds / 3600);
  return new ThrottledError({
    details: { platform: 'meta', network: calls.graph.network, classifiedBy: 'content_publishing_limit [S39]' },
    meaning: `Instagram allows ${limit.quotaTotal} posts in ${hours} hours, and this account has made ${limit.quotaUsage}`,
    retryAfter,
    scope: 'account',
  });
}
