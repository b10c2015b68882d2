import type { PublishJob, PublishMedia, PublishStep, StepContext } from '../publisher';
import { photoForUpload } from '../publishing/jobMedia';
import { notFoundYet } from '../publishing/publishErrors';
import { PLATFORM_CLOCK_SKEW_MS, TIKTOK_PHOTO_LISTING_WAIT_MS } from '../publishing/publishingTimes';
import { resultString } from '../publishing/stepResults';
import type { MediaStagingHost, StagingBucket } from '../staging/mediaStagingHost';
import { stagedFileOf, stagedResult } from '../staging/stagedFiles';
import { isUrlOwnershipUnverified, photoDomainUnverified, photoHostNeeded } from './tiktokPhotoErrors';
import { postChoicesOf, tiktokOptionsOf } from './tiktokPostChoices';
import { initPhotoPost, type TikTokPhotoPostInfo } from './tiktokPosting';
import { listRecentTikTokPosts } from './tiktokVideoQuery';

/**
 * A TikTok photo post (platform-apis.md 6.2 [S83]): TikTok takes photos only by pulling them from
 * public addresses on a domain verified for the app, so each photo is first put in the owner's
 * bucket, whose public address is on such a domain; then one `content/init` hands TikTok the
 * addresses (PULL_FROM_URL, at most 35). Clean-up removes the photos once TikTok has published the
 * post or given up.
 *
 * The init is the step that makes the post: TikTok may pull and publish it as soon as it has the
 * addresses, answer or not. A lost answer is confirmed on the creator's list of posts before the
 * init is made again (see TIKTOK_PHOTO_LISTING_WAIT_MS for what is UNCONFIRMED about it).
 */

export const PHOTO_INIT_STEP = 'initPhotoPost';
export const photoStageStep = (index: number) => `stagePhoto:${index}`;
export const isPhotoStageStep = (step: string) => step.startsWith('stagePhoto:');

/** The first photo is the post's cover (`photo_cover_index`): the composer's order decides it. */
const COVER_INDEX = 0;

export function photoSteps(job: PublishJob, bucket: StagingBucket): PublishStep[] {
  const photos = job.media.filter((item) => item.kind === 'image');
  return [...photos.map((photo, index) => stagePhotoStep(job, photo, index, photos.length, bucket)), initStep(job, photos.length, bucket)];
}

async function publicHost(bucket: StagingBucket): Promise<MediaStagingHost> {
  const host = await bucket.host('public');
  if (!host) throw photoHostNeeded();
  return host;
}

function stagePhotoStep(job: PublishJob, photo: PublishMedia, index: number, count: number, bucket: StagingBucket): PublishStep {
  return {
    name: photoStageStep(index),
    label: count > 1 ? `Putting photo ${index + 1} of ${count} where TikTok can fetch it` : 'Putting the photo where TikTok can fetch it',
    async run(context) {
      const host = await publicHost(bucket);
      const upload = await photoForUpload(photo, job.stripMetadata);
      const ref = await host.stage(upload, context.progress, context.signal);
      context.progress(1);
      // When the photos were ready: a lost init answer is looked for among the posts made since.
      return { ...stagedResult(host, ref), stagedAt: context.now().toISOString() };
    },
  };
}

function photoPostInfoOf(job: PublishJob): TikTokPhotoPostInfo {
  const title = tiktokOptionsOf(job).title;
  return {
    ...(title !== null && title.trim() !== '' && { title }),
    ...(job.caption.trim() !== '' && { description: job.caption }),
    ...postChoicesOf(job),
  };
}

function initStep(job: PublishJob, count: number, bucket: StagingBucket): PublishStep {
  return {
    name: PHOTO_INIT_STEP,
    commits: true,
    label: 'Handing the photos to TikTok',
    async run(context) {
      const host = await publicHost(bucket);
      const photoUrls = await Promise.all(
        Array.from({ length: count }, (_, index) => host.addressOf(stagedFileOf(context.results, photoStageStep(index)).ref)),
      );
      const accessToken = await context.credentials.accessToken();
      try {
        const { publishId } = await initPhotoPost(context.networks.tiktokApi, { accessToken, postInfo: photoPostInfoOf(job), photoUrls, coverIndex: COVER_INDEX });
        return { publishId, postId: null };
      } catch (error) {
        if (isUrlOwnershipUnverified(error) && photoUrls[0] !== undefined) throw photoDomainUnverified(error, photoUrls[0]);
        throw error;
      }
    },
    confirm: (context) => findPhotoPost(context, job, count),
  };
}

/**
 * An init whose answer was lost: the creator's newest post made since the photos were staged, with
 * this title and description, is this one (an account's posts go one at a time). Not there yet
 * while TikTok may still be pulling, processing or moderating it; after that, it was never received.
 */
async function findPhotoPost(context: StepContext, job: PublishJob, count: number) {
  const stagedAt = Date.parse(resultString(context.results, photoStageStep(count - 1), 'stagedAt'));
  const info = photoPostInfoOf(job);
  const posts = await listRecentTikTokPosts(context.networks.tiktokApi, { accessToken: await context.credentials.accessToken() });
  const ours = posts
    .filter((post) => post.createTime.getTime() >= stagedAt - PLATFORM_CLOCK_SKEW_MS)
    .filter((post) => post.title === (info.title ?? '') && post.description === (info.description ?? ''))
    .sort((a, b) => a.createTime.getTime() - b.createTime.getTime())[0];
  if (ours) return { publishId: null, postId: ours.id };
  if (context.now().getTime() - stagedAt < TIKTOK_PHOTO_LISTING_WAIT_MS) {
    throw notFoundYet(context.networks.tiktokApi.network, 'TikTok may have taken the photo post, but it is not among the account’s posts yet');
  }
  return null;
}
