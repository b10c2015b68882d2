import type { PublishJob, PublishStep } from '../publisher';
import { pollUntil } from '../publishing/polling';
import { waitedTooLong } from '../publishing/publishErrors';
import { TIKTOK_MODERATION_WAIT_MS, TIKTOK_STATUS_POLL } from '../publishing/publishingTimes';
import { PERMALINK_STEP, readAfterPublishing, resultString } from '../publishing/stepResults';
import { toPlatformError } from '../toPlatformError';
import { fetchPublishStatus, type PublishStatus } from './tiktokPosting';
import { queryTikTokVideos } from './tiktokVideoQuery';

/**
 * After a video's upload or a photo post's init: TikTok's status until it has published the post
 * or says why not, then the post's address. The init step's result names the publish (`publishId`);
 * a photo post found on the creator's list after a lost init answer names the post itself
 * (`postId`), and is published already.
 */

export const WAIT_STEP = 'waitForPost';

/**
 * Until TikTok says PUBLISH_COMPLETE (or SEND_TO_USER_INBOX) or FAILED with its reason (6.2
 * [S84]), a few times a minute at most. A public post's id comes only after moderation, so that
 * is waited for a while too, to link the post; a private one never gets a public id.
 */
export function waitForPostStep(job: PublishJob, initStep: string, what: 'video' | 'photos'): PublishStep {
  const waitsForId = job.options.platform === 'tiktok' && job.options.privacyLevel === 'PUBLIC_TO_EVERYONE';
  return {
    name: WAIT_STEP,
    label: 'Waiting for TikTok to publish it',
    async run(context) {
      const found = context.results[initStep]?.postId;
      if (typeof found === 'string') return { status: 'PUBLISH_COMPLETE', postId: found };
      const publishId = resultString(context.results, initStep, 'publishId');
      const api = context.networks.tiktokApi;
      const minutes = Math.round(TIKTOK_STATUS_POLL.limitMs / 60_000);
      let completedAt: number | null = null;
      return pollUntil(
        context,
        TIKTOK_STATUS_POLL,
        async () => {
          const status = await fetchPublishStatus(api, { accessToken: await context.credentials.accessToken(), publishId });
          if (status.status === 'FAILED') throw publishFailed(status, context.now());
          if (status.status === 'SEND_TO_USER_INBOX') return { status: status.status, postId: null };
          if (status.status !== 'PUBLISH_COMPLETE') return null;
          const postId = status.publicPostIds[0] ?? null;
          completedAt ??= context.now().getTime();
          const doneWaiting = !waitsForId || context.now().getTime() - completedAt >= TIKTOK_MODERATION_WAIT_MS;
          return postId !== null || doneWaiting ? { status: status.status, postId } : null;
        },
        () => waitedTooLong(api.network, `TikTok was still processing the ${what} after ${minutes} minutes`),
      );
    },
  };
}

/** FAILED with `fail_reason`: the same error table as an API error with that code (6.2 [S59]). */
function publishFailed(status: PublishStatus, now: Date) {
  return toPlatformError({ platform: 'tiktok', network: 'tiktokApi', ...(status.failReason && { errorCode: status.failReason }), usage: {} }, now);
}

/** The post's share address once it has a public id; a private post is named by its publish id, without one. */
export function permalinkStep(initStep: string): PublishStep {
  return {
    name: PERMALINK_STEP,
    label: 'Getting the link to the post',
    async run(context) {
      const postId = context.results[WAIT_STEP]?.postId;
      if (typeof postId !== 'string') return { postId: resultString(context.results, initStep, 'publishId'), permalink: null };
      const accessToken = await context.credentials.accessToken();
      const videos = await readAfterPublishing(() => queryTikTokVideos(context.networks.tiktokApi, { accessToken, videoIds: [postId] }));
      return { postId, permalink: videos?.find((video) => video.id === postId)?.shareUrl ?? null };
    },
  };
}
