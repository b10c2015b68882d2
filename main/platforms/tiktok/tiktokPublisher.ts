import type { TikTokCreatorSettings } from '../../../preload/contract';
import { toCreatorSettings } from '../../accounts/tiktokCreatorSettings';
import { TransientError } from '../platformErrors';
import type { PublishJob, PublishStep, Publisher, StepContext } from '../publisher';
import { checkPublishJob, type JobCheckSources } from '../publishing/jobCheck';
import { contentTypeOf, fileSizeOf, readRange } from '../publishing/jobMedia';
import { UPLOAD_RESUMES } from '../publishing/publishingTimes';
import { publishedFrom, resultNumber, resultString } from '../publishing/stepResults';
import type { StagingBucket } from '../staging/mediaStagingHost';
import { removeStagedFiles, stagedFilesIn } from '../staging/stagedFiles';
import { planTikTokChunks, uploadTikTokChunk } from './tiktokChunkedUpload';
import { CreatorSettingsChangedError, creatorMismatches } from './tiktokCreatorCheck';
import { photoHostNeeded } from './tiktokPhotoErrors';
import { isPhotoStageStep, PHOTO_INIT_STEP, photoSteps } from './tiktokPhotoSteps';
import { postChoicesOf, tiktokOptionsOf } from './tiktokPostChoices';
import { fetchPublishStatus, initVideoPost, queryCreatorInfo, type TikTokPostInfo } from './tiktokPosting';
import { permalinkStep, waitForPostStep } from './tiktokPublishWait';

export interface TikTokPublisherDeps extends JobCheckSources {
  /** Keeps the creator's settings as just read, so the composer shows what TikTok allows now. */
  recordCreator(accountId: string, settings: TikTokCreatorSettings): void;
  /** The owner's bucket: photo posts are pulled from its public address (a domain verified with TikTok). */
  stagingBucket: StagingBucket;
}

const CREATOR_STEP = 'readCreatorInfo';
const INIT_STEP = 'initUpload';

/**
 * A TikTok video by direct post from disk (platform-apis.md 6.2): the creator's settings read and
 * the post's choices checked against them; init with FILE_UPLOAD; the chunks from disk in order;
 * the status polled until TikTok has published it or says why not. A photo post goes through the
 * owner's bucket on a domain verified with TikTok (tiktokPhotoSteps.ts); without one it stops
 * before any call.
 */
export function createTikTokPublisher(deps: TikTokPublisherDeps): Publisher {
  return {
    platform: 'tiktok',
    check: (job) => checkPublishJob(job, deps),
    steps(job) {
      if (job.postType === 'photo') {
        if (!deps.stagingBucket.capabilities().canServeTikTokPhotos) return [photoHostNeededStep()];
        return [creatorStep(job, deps), ...photoSteps(job, deps.stagingBucket), waitForPostStep(job, PHOTO_INIT_STEP, 'photos'), permalinkStep(PHOTO_INIT_STEP)];
      }
      return [creatorStep(job, deps), initStep(job), uploadStep(job), waitForPostStep(job, INIT_STEP, 'video'), permalinkStep(INIT_STEP)];
    },
    published: publishedFrom,
    cleanUp: (context) => removeStagedPhotos(context, deps.stagingBucket),
  };
}

const videoOf = (job: PublishJob) => {
  const video = job.media.find((item) => item.kind === 'video');
  if (!video) throw new Error(`Target ${job.targetId} has no video.`);
  return video;
};

/** `creator_info` before every post (6.2 [S78]), kept for the composer, and the post checked against it. */
function creatorStep(job: PublishJob, deps: TikTokPublisherDeps): PublishStep {
  return {
    name: CREATOR_STEP,
    label: 'Checking the TikTok account’s posting settings',
    async run(context) {
      const accessToken = await context.credentials.accessToken();
      const info = await queryCreatorInfo(context.networks.tiktokApi, { accessToken });
      const settings = toCreatorSettings(info, context.now());
      // An answer Outpost cannot read as settings leaves the check to TikTok's own refusal at init.
      if (settings) {
        deps.recordCreator(job.account.id, settings);
        const mismatches = creatorMismatches(job, settings);
        if (mismatches.length > 0) throw new CreatorSettingsChangedError(job.account.displayName, mismatches);
      }
      return { username: info.username, readAt: context.now().toISOString() };
    },
  };
}

function postInfoOf(job: PublishJob): TikTokPostInfo {
  const options = tiktokOptionsOf(job);
  return {
    ...(job.caption.trim() !== '' && { title: job.caption }),
    ...postChoicesOf(job),
    disableDuet: !options.allowDuet,
    disableStitch: !options.allowStitch,
    ...(options.coverTimestampMs !== null && { videoCoverTimestampMs: options.coverTimestampMs }),
  };
}

/**
 * Video init (6.2 [S79] [S80]). Not repeatable, so its publish id is kept the moment it returns.
 * It has no confirm on purpose: init only reserves an upload. If its answer was lost, no byte
 * went to that reservation, and TikTok publishes nothing it did not receive in full (the upload
 * address lapses), so a new init is safe. The upload address is kept with it: it lets only this
 * one upload in, for an hour.
 */
function initStep(job: PublishJob): PublishStep {
  return {
    name: INIT_STEP,
    label: 'Starting the upload to TikTok',
    async run(context) {
      const accessToken = await context.credentials.accessToken();
      const videoSize = await fileSizeOf(videoOf(job).filePath);
      const plan = planTikTokChunks(videoSize);
      const init = await initVideoPost(context.networks.tiktokApi, {
        accessToken,
        postInfo: postInfoOf(job),
        source: { source: 'FILE_UPLOAD', videoSize, chunkSize: plan.chunkSize, totalChunkCount: plan.totalChunkCount },
      });
      if (init.uploadUrl === undefined) throw new Error('TikTok answered a FILE_UPLOAD init without an upload address.');
      return { publishId: init.publishId, uploadUrl: init.uploadUrl, videoSize };
    },
  };
}

/**
 * The chunks in order (6.2 [S82]), from where TikTok's count of received bytes ends: after a
 * crash, a dropped chunk (TikTok keeps only whole chunks) or a lost answer. The status is also
 * what confirms the final chunk: once every byte is in, the upload is done, answer or not.
 */
function uploadStep(job: PublishJob): PublishStep {
  return {
    name: 'uploadVideo',
    // The last chunk in, TikTok publishes whatever Outpost does next.
    commits: true,
    label: 'Uploading the video',
    async run(context) {
      const video = videoOf(job);
      const publishId = resultString(context.results, INIT_STEP, 'publishId');
      const uploadUrl = resultString(context.results, INIT_STEP, 'uploadUrl');
      const videoSize = resultNumber(context.results, INIT_STEP, 'videoSize');
      const plan = planTikTokChunks(videoSize);
      for (let resumes = 0; ; resumes += 1) {
        const received = await receivedBytes(context, publishId, videoSize);
        try {
          for (const range of plan.chunks.filter((chunk) => chunk.first >= received)) {
            const bytes = await readRange(video.filePath, range.first, range.last + 1);
            await uploadTikTokChunk(context.networks.tiktokUpload, { uploadUrl, range, videoSize, bytes, contentType: contentTypeOf(video.probe.format) });
            context.progress((range.last + 1) / videoSize);
          }
          return { bytes: videoSize };
        } catch (error) {
          if (!(error instanceof TransientError) || resumes >= UPLOAD_RESUMES) throw error;
        }
      }
    },
  };
}

/** How many bytes TikTok holds; past PROCESSING_UPLOAD the upload is over (the wait reports how it ended). */
async function receivedBytes(context: StepContext, publishId: string, videoSize: number): Promise<number> {
  const status = await fetchPublishStatus(context.networks.tiktokApi, { accessToken: await context.credentials.accessToken(), publishId });
  return status.status === 'PROCESSING_UPLOAD' ? (status.uploadedBytes ?? 0) : videoSize;
}

/** Without a bucket on a verified domain, a photo post stops here, before any call. */
function photoHostNeededStep(): PublishStep {
  return {
    name: 'stagePhotos',
    label: 'Preparing the photos for TikTok',
    async run() {
      throw photoHostNeeded();
    },
  };
}

/** A photo post's photos, removed from the bucket once TikTok has published the post or given up. */
async function removeStagedPhotos(context: StepContext, bucket: StagingBucket): Promise<void> {
  const staged = stagedFilesIn(context.results, isPhotoStageStep);
  if (staged.length === 0) return;
  await removeStagedFiles(staged, async (kind) => (kind === 'bucket' ? bucket.host('presigned') : null));
}
