import type { PublishingLimits } from '../../accounts/publishingLimits';
import { DomainError } from '../../errors/domainError';
import type { PublishJob, PublishMedia, PublishStep, Publisher, StepContext } from '../publisher';
import { checkPublishJob, coverMediaIdOf, type JobCheckSources } from '../publishing/jobCheck';
import { PublicHostNeededError } from '../publishing/publishErrors';
import { publishedFrom } from '../publishing/stepResults';
import { readPublishingLimitStep } from './instagramPublishingLimit';
import { COVER_STEP, STAGE_STEP_PREFIX, itemSteps, type CoverSource, type InstagramItem } from './instagramItemSteps';
import { publishSteps } from './instagramPublishSteps';
import { linkedPageHost } from './instagramTarget';
import { removeStagedPhotos } from './pageStaging';

export interface InstagramPublisherDeps extends JobCheckSources {
  publishingLimits: Pick<PublishingLimits, 'record'>;
}

/**
 * Instagram feed photos, carousels (2-10 photos and videos), reels and stories, on the Facebook
 * Login path (platform-apis.md 2): the posting limit read first; photos staged on the linked Page
 * and videos uploaded from disk into resumable containers; containers waited for, published
 * once, and the permalink read. Staged photos are removed once the target is done.
 */
export function createInstagramPublisher(deps: InstagramPublisherDeps): Publisher {
  return {
    platform: 'instagram',
    check: (job) => checkPublishJob(job, deps),
    steps(job) {
      if (job.account.loginPath !== 'facebook_login') return [publicHostNeeded(job)];
      const items = itemsOf(job);
      const cover = coverSource(job, deps);
      return [
        readPublishingLimitStep(deps.publishingLimits),
        ...items.flatMap((item) => itemSteps(job, item, item.index === 0 ? cover : null)),
        ...publishSteps(job, items),
      ];
    },
    published: publishedFrom,
    cleanUp: removeStagedPhotosOf,
  };
}

/** The items in order: every one for a carousel, the first for the others (the check allows one). */
function itemsOf(job: PublishJob): InstagramItem[] {
  const cover = coverMediaIdOf(job);
  const media = job.media.filter((item) => item.id !== cover);
  const chosen = job.postType === 'carousel' ? media : media.slice(0, 1);
  return chosen.map((item, index) => ({ index, count: chosen.length, media: item }));
}

function coverSource(job: PublishJob, deps: JobCheckSources): CoverSource | null {
  const id = coverMediaIdOf(job);
  if (id === null) return null;
  return async (): Promise<PublishMedia> => {
    const inJob = job.media.find((item) => item.id === id);
    if (inJob) return inJob;
    const item = deps.library.itemsByIds([id]).get(id);
    const filePath = await deps.library.filePath(id, 'original');
    if (!item || filePath === null) {
      throw new DomainError('NOT_FOUND', 'The reel’s cover picture is no longer in the media library.', 'Choose another cover for the reel, then schedule it again.');
    }
    return { id, kind: item.probe.kind, filePath, originalName: item.originalName, probe: item.probe };
  };
}

/**
 * Instagram fetches every photo and video from a public address (2.3); an account connected
 * with Instagram Login has no Page to stage them on, and resumable video is for Facebook Login
 * only. Until Outpost can use a storage bucket, such a post stops here, before any call.
 */
function publicHostNeeded(job: PublishJob): PublishStep {
  return {
    name: 'stageMedia',
    label: 'Preparing the media for Instagram',
    async run() {
      throw new PublicHostNeededError(
        `Instagram takes photos and videos only from a public web address, and ${job.account.displayName} is connected without a Facebook Page that could hold them for Instagram.`,
        'Connect the Instagram account again through its Facebook Page (Accounts, then Facebook), or post this from the Instagram app.',
      );
    },
  };
}

/**
 * Every photo staged for the target, removed from the Page: after the post went out, after it
 * failed for good, and before the steps start over with a new container. Each is tried; the ones
 * that could not be removed are named in one error, which the engine logs.
 */
async function removeStagedPhotosOf(context: StepContext): Promise<void> {
  const photoIds = Object.entries(context.results)
    .filter(([name]) => name === COVER_STEP || name.startsWith(STAGE_STEP_PREFIX))
    .map(([, result]) => result.photoId)
    .filter((photoId): photoId is string => typeof photoId === 'string');
  if (photoIds.length === 0) return;
  const failures = await removeStagedPhotos(context.networks.metaGraph, await linkedPageHost(context), photoIds);
  if (failures.length > 0) {
    throw new Error(`Staged photos left on the Page: ${failures.map(({ photoId, error }) => `${photoId} (${describe(error)})`).join(', ')}`);
  }
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
