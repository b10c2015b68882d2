import type { PublishingLimits } from '../../accounts/publishingLimits';
import { DomainError } from '../../errors/domainError';
import type { PublishJob, PublishMedia, PublishStep, Publisher, StepContext } from '../publisher';
import { checkPublishJob, coverMediaIdOf, type JobCheckSources } from '../publishing/jobCheck';
import { publishedFrom } from '../publishing/stepResults';
import type { StagingBucket } from '../staging/mediaStagingHost';
import { removeStagedFiles, stagedFilesIn } from '../staging/stagedFiles';
import { instagramFirstComment } from './firstComment';
import { readPublishingLimitStep } from './instagramPublishingLimit';
import { isStageStep, itemSteps, type CoverSource, type InstagramItem } from './instagramItemSteps';
import { publishSteps } from './instagramPublishSteps';
import { bucketNeeded, hostOfKindForCleanUp } from './instagramStaging';

export interface InstagramPublisherDeps extends JobCheckSources {
  publishingLimits: Pick<PublishingLimits, 'record'>;
  /** The owner's bucket: where photos (and, on Instagram Login, videos) wait for Instagram. */
  stagingBucket: StagingBucket;
}

/**
 * Instagram feed photos, carousels (2-10 photos and videos), reels and stories on both login paths
 * (platform-apis.md 2): the posting limit read first; photos staged on the owner's bucket, else
 * (Facebook Login) on the linked Page; videos uploaded from disk into resumable containers
 * (Facebook Login) or staged in the bucket (Instagram Login); containers waited for, published
 * once, and the permalink read. Staged files are removed once the target is done.
 */
export function createInstagramPublisher(deps: InstagramPublisherDeps): Publisher {
  return {
    platform: 'instagram',
    check: (job) => checkPublishJob(job, deps),
    steps(job) {
      if (job.account.loginPath !== 'facebook_login' && !deps.stagingBucket.capabilities().canStage) return [publicHostNeeded(job)];
      const items = itemsOf(job);
      const cover = coverSource(job, deps);
      return [
        readPublishingLimitStep(deps.publishingLimits),
        ...items.flatMap((item) => itemSteps(job, item, item.index === 0 ? cover : null, deps.stagingBucket)),
        ...publishSteps(job, items),
        ...instagramFirstComment(job),
      ];
    },
    published: publishedFrom,
    cleanUp: (context) => removeStagedMedia(context, deps.stagingBucket),
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
 * only, so without a bucket such a post stops here, before any call.
 */
function publicHostNeeded(job: PublishJob): PublishStep {
  return {
    name: 'stageMedia',
    label: 'Preparing the media for Instagram',
    async run() {
      throw bucketNeeded(job);
    },
  };
}

/**
 * Every file staged for the target, removed from the host its stage step recorded (the Page or the
 * bucket): after the post went out, after it failed for good, and before the steps start over with
 * a new container. Each is tried; the ones that could not be removed are named in one error,
 * which the engine logs.
 */
async function removeStagedMedia(context: StepContext, bucket: StagingBucket): Promise<void> {
  const staged = stagedFilesIn(context.results, isStageStep);
  if (staged.length === 0) return;
  await removeStagedFiles(staged, (kind) => hostOfKindForCleanUp(context, bucket, kind));
}
