import type { LoginPath } from '../../../preload/contract';
import type { MediaStagingHost, StagingBucket } from '../staging/mediaStagingHost';
import { createPageStagingHost } from '../staging/pageStagingHost';
import { stagedFileOf, type StagedFile } from '../staging/stagedFiles';
import { StagingBucketGoneError } from '../staging/stagingErrors';
import type { PublishJob, StepContext } from '../publisher';
import { PublicHostNeededError } from '../publishing/publishErrors';
import { linkedPageHost } from './instagramTarget';

/**
 * Where Instagram fetches a target's media from (platform-apis.md 2.3): the owner's bucket when
 * one is set up, with pre-signed addresses (the official route, nothing left on the Page);
 * otherwise, on the Facebook Login path only, the linked Page. An account connected with
 * Instagram Login has no Page, and resumable upload is for Facebook Login only [S35], so its
 * photos and videos all need the bucket.
 */

/**
 * The login paths whose apps may upload Instagram video resumably from disk. UNCONFIRMED for
 * Instagram Login (2.3 [S35] [S64]: Meta's page says Facebook Login only, third parties disagree),
 * so Instagram Login videos are staged in the bucket and passed by address instead.
 */
export const RESUMABLE_VIDEO_LOGIN_PATHS: readonly LoginPath[] = ['facebook_login'];

/** A host for a file about to be staged. */
export async function hostForStaging(context: StepContext, bucket: StagingBucket): Promise<MediaStagingHost> {
  const onBucket = await bucket.host('presigned');
  if (onBucket) return onBucket;
  if (context.job.account.loginPath !== 'facebook_login') throw bucketNeeded(context.job);
  return pageHostOf(context);
}

/**
 * The address Instagram fetches a staged file from, asked of the host its stage step recorded, right
 * before the container is made (Page CDN and pre-signed addresses both expire).
 */
export async function addressOfStaged(context: StepContext, bucket: StagingBucket, stageStep: string): Promise<string> {
  const staged = stagedFileOf(context.results, stageStep);
  const host = staged.host === 'page' ? await pageHostOf(context) : await bucket.host('presigned');
  if (!host) throw new StagingBucketGoneError('Instagram');
  return host.addressOf(staged.ref);
}

/** The host of a kind for clean-up; null when the bucket is gone. */
export async function hostOfKindForCleanUp(context: StepContext, bucket: StagingBucket, kind: StagedFile['host']): Promise<MediaStagingHost | null> {
  return kind === 'page' ? pageHostOf(context) : bucket.host('presigned');
}

async function pageHostOf(context: StepContext): Promise<MediaStagingHost> {
  return createPageStagingHost(context.networks.metaGraph, await linkedPageHost(context));
}

/**
 * An Instagram Login account without a bucket: nothing can reach Instagram, so the post stops
 * before any call. The composer says the same before it is planned (validateInstagramTarget.ts).
 */
export function bucketNeeded(job: PublishJob): PublicHostNeededError {
  return new PublicHostNeededError(
    `Instagram takes photos and videos only from a web address. ${job.account.displayName} is connected without a Facebook Page that could hold them for Instagram, so Outpost needs a storage bucket for them, and none is set up.`,
    'Set up a storage bucket in Settings, then use Retry. Or connect the Instagram account again through its Facebook Page (Accounts).',
  );
}
