import type { PublishJob, PublishStep, StepContext, StepResults } from '../publisher';
import { notFoundYet } from '../publishing/publishErrors';
import { PLATFORM_CLOCK_SKEW_MS } from '../publishing/publishingTimes';
import { PERMALINK_STEP, readAfterPublishing, resultString, resultStrings } from '../publishing/stepResults';
import { waitForContainers } from './instagramContainers';
import { captionOf, containerStep, type InstagramItem } from './instagramItemSteps';
import { fetchInstagramMedia, listRecentInstagramMedia, type RecentInstagramMedia } from './instagramMedia';
import { createMediaContainer, fetchContainerStatus, publishMediaContainer } from './instagramPublishing';
import { instagramCalls, type InstagramCalls } from './instagramTarget';

/**
 * From finished item containers to a published post with its address: a carousel's children are
 * waited for, then the carousel container is made; the container to publish is waited for, the
 * account's newest media noted (to tell the new post from them after a lost answer), the post
 * published (the one step that must never run twice), and its permalink read.
 */

const CAROUSEL_STEP = 'createCarousel';
const KNOWN_MEDIA_STEP = 'notePublishedMedia';
const PUBLISH_STEP = 'publish';

/** The container `media_publish` takes: the carousel's, or the single item's. */
function publishedContainerStep(job: PublishJob): string {
  return job.postType === 'carousel' ? CAROUSEL_STEP : containerStep(0);
}

export function publishSteps(job: PublishJob, items: readonly InstagramItem[]): PublishStep[] {
  const itemContainers = (results: StepResults) => items.map((item) => resultString(results, containerStep(item.index), 'containerId'));
  const carousel: PublishStep[] =
    job.postType !== 'carousel'
      ? []
      : [
          {
            name: 'waitForItems',
            label: 'Waiting for Instagram to process the items',
            async run(context) {
              const calls = await instagramCalls(context);
              await waitForContainers(context, calls.graph, { containerIds: itemContainers(context.results), accessToken: calls.accessToken });
              return { items: items.length };
            },
          },
          {
            name: CAROUSEL_STEP,
            label: 'Putting the carousel together',
            async run(context) {
              const calls = await instagramCalls(context);
              const caption = captionOf(job);
              const containerId = await createMediaContainer(calls.graph, {
                igUserId: calls.igUserId,
                accessToken: calls.accessToken,
                content: { kind: 'carousel', childContainerIds: itemContainers(context.results), ...(caption !== undefined && { caption }) },
              });
              return { containerId, createdAt: context.now().toISOString() };
            },
          },
        ];
  return [
    ...carousel,
    {
      name: 'waitForContainer',
      label: 'Waiting for Instagram to process the post',
      async run(context) {
        const calls = await instagramCalls(context);
        const containerId = resultString(context.results, publishedContainerStep(job), 'containerId');
        await waitForContainers(context, calls.graph, { containerIds: [containerId], accessToken: calls.accessToken });
        return { containerId };
      },
    },
    {
      name: KNOWN_MEDIA_STEP,
      label: 'Getting ready to publish on Instagram',
      async run(context) {
        const calls = await instagramCalls(context);
        const known = await recentMedia(context, calls, new Date(context.now().getTime() - PLATFORM_CLOCK_SKEW_MS));
        return { knownMediaIds: known.map((media) => media.id) };
      },
    },
    {
      name: PUBLISH_STEP,
      commits: true,
      label: 'Publishing on Instagram',
      async run(context) {
        const calls = await instagramCalls(context);
        const containerId = resultString(context.results, publishedContainerStep(job), 'containerId');
        return { mediaId: await publishMediaContainer(calls.graph, { igUserId: calls.igUserId, accessToken: calls.accessToken, containerId }) };
      },
      confirm: (context) => confirmPublished(context, publishedContainerStep(job)),
    },
    {
      name: PERMALINK_STEP,
      label: 'Getting the link to the post',
      async run(context) {
        const calls = await instagramCalls(context);
        const mediaId = resultString(context.results, PUBLISH_STEP, 'mediaId');
        const permalink = await readAfterPublishing(async () => (await fetchInstagramMedia(calls.graph, { mediaId, accessToken: calls.accessToken })).permalink);
        return { postId: mediaId, permalink };
      },
    },
  ];
}

/**
 * A publish whose answer was lost. The container says whether it happened: only PUBLISHED means
 * it did [S29] [S59] (anything else: it did not, and publishing again is safe or fails on its
 * own). Graph does not name the media a container became, so it is found among the account's
 * newest: the earliest one that was not there before publishing, with the same caption (stories
 * have none). The account's posts go out one at a time, so nothing of Outpost's comes between.
 */
async function confirmPublished(context: StepContext, containerStepName: string) {
  const calls = await instagramCalls(context);
  const containerId = resultString(context.results, containerStepName, 'containerId');
  const status = await fetchContainerStatus(calls.graph, { containerId, accessToken: calls.accessToken });
  if (status.statusCode !== 'PUBLISHED') return null;
  const known = new Set(resultStrings(context.results, KNOWN_MEDIA_STEP, 'knownMediaIds'));
  const since = new Date(Date.parse(resultString(context.results, containerStepName, 'createdAt')) - PLATFORM_CLOCK_SKEW_MS);
  const caption = context.job.postType === 'story' ? '' : context.job.caption.trim();
  const ours = (await recentMedia(context, calls, since))
    .filter((media) => !known.has(media.id) && (media.caption ?? '').trim() === caption)
    .sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime())[0];
  if (!ours) throw notFoundYet(calls.graph.network, 'Instagram says the post went out, but it is not among the account’s posts yet');
  return { mediaId: ours.id };
}

/** The account's newest stories (a story target) or posts since a time (the others). */
function recentMedia(context: StepContext, calls: InstagramCalls, since: Date): Promise<RecentInstagramMedia[]> {
  const account = { igUserId: calls.igUserId, accessToken: calls.accessToken };
  return context.job.postType === 'story'
    ? listRecentInstagramMedia(calls.graph, { ...account, edge: 'stories' })
    : listRecentInstagramMedia(calls.graph, { ...account, edge: 'media', since });
}
