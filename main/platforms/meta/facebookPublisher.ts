import type { Publisher } from '../publisher';
import { checkPublishJob, type JobCheckSources } from '../publishing/jobCheck';
import { publishedFrom } from '../publishing/stepResults';
import { cleanUpFacebookTarget } from './facebookCleanUp';
import { beginStep } from './facebookPage';
import { facebookFirstComment } from './firstComment';
import { photoUploadSteps, postPermalinkStep, postStep } from './facebookPostSteps';
import { facebookSchedule } from './facebookSchedule';
import { publishVideoSteps } from './facebookVideoSteps';

/**
 * Facebook Page posts (platform-apis.md 3): text, link, a photo from disk, several photos in one
 * post, a video from disk; published now, or handed to Facebook's own schedule ahead of time.
 */
export function createFacebookPublisher(deps: JobCheckSources): Publisher {
  return {
    platform: 'facebook',
    check: (job) => checkPublishJob(job, deps),
    steps(job) {
      if (job.postType === 'video') return [beginStep('publish'), ...publishVideoSteps(job), ...facebookFirstComment(job)];
      return [beginStep('publish'), ...photoUploadSteps(job), postStep(job, null), postPermalinkStep(), ...facebookFirstComment(job)];
    },
    published: publishedFrom,
    cleanUp: cleanUpFacebookTarget,
    platformSchedule: facebookSchedule,
  };
}
