import type { TikTokCreatorSettings } from '../../../preload/contract';
import { toCreatorSettings } from '../../accounts/tiktokCreatorSettings';
import { TransientError } from '../platformErrors';
import type { PublishJob, PublishStep, Publisher, StepContext } from '../publisher';
import { checkPublishJob, type JobCheckSources } from '../publishing/jobCheck';
import { contentTypeOf, fileSizeOf, readRange } from '../publishing/jobMedia';
import { pollUntil } from '../publishing/polling';
import { PublicHostNeededError, waitedTooLong } from '../publishing/publishErrors';
import { TIKTOK_MODERATION_WAIT_MS, TIKTOK_STATUS_POLL, UPLOAD_RESUMES } from '../publishing/publishingTimes';
import { PERMALINK_STEP, publishedFrom, readAfterPublishing, resultNumber, resultString } from '../publishing/stepResults';
import { toPlatformError } from '../toPlatformError';
import { planTikTokChunks, uploadTikTokChunk } from './tiktokChunkedUpload';
import { CreatorSettingsChangedError, creatorMismatches } from './tiktokCreatorCheck';
import { fetchPublishStatus, initVideoPost, queryCreatorInfo, type PublishStatus, type TikTokPostInfo } from './tiktokPosting';
import { queryTikTokVideos } from './tiktokVideoQuery';

export interface TikTokPublisherDeps extends JobCheckSources {
  /** Keeps the creator's settings as just read, so the composer shows what TikTok allows now. */
  recordCreator(accountId: string, settings: TikTokCreatorSettings): void;
}

const CREATOR_STEP = 'readCreatorInfo';
const INIT_STEP = 'initUpload';
const WAIT_STEP = 'waitForPost';

/**
 * A TikTok video by direct post from disk (platform-apis.md 6.2): the creator's settings read and
 * the post's choices checked against them; init with FILE_UPLOAD; the chunks from disk in order;
 * the status polled until TikTok has published it or says why not. Photo posts need addresses on
 * a domain verified with TikTok, which Outpost cannot provide yet.
 */
export function createTikTokPublisher(deps: TikTokPublisherDeps): Publisher {
  return {
    platform: 'tiktok',
    check: (job) => checkPublishJob(job, deps),
    steps(job) {
      if (job.postType === 'photo') return [photoHostNeeded()];
      return [creatorStep(job, deps), initStep(job), uploadStep(job), waitStep(job), permalinkStep()];
    },
    published: publishedFrom,
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
  const options = job.options;
  if (options.platform !== 'tiktok' || options.privacyLevel === null) throw new Error(`Target ${job.targetId} has no TikTok privacy level.`);
  const commercial = options.discloseCommercialContent;
  return {
    ...(job.caption.trim() !== '' && { title: job.caption }),
    privacyLevel: options.privacyLevel,
    disableComment: !options.allowComments,
    disableDuet: !options.allowDuet,
    disableStitch: !options.allowStitch,
    ...(options.coverTimestampMs !== null && { videoCoverTimestampMs: options.coverTimestampMs }),
    brandContentToggle: commercial && options.brandedContent,
    brandOrganicToggle: commercial && options.promotesOwnBusiness,
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

/**
 * Until TikTok says PUBLISH_COMPLETE (or SEND_TO_USER_INBOX) or FAILED with its reason (6.2
 * [S84]), a few times a minute at most. A public post's id comes only after moderation, so that
 * is waited for a while too, to link the post; a private one never gets a public id.
 */
function waitStep(job: PublishJob): PublishStep {
  const waitsForId = job.options.platform === 'tiktok' && job.options.privacyLevel === 'PUBLIC_TO_EVERYONE';
  return {
    name: WAIT_STEP,
    label: 'Waiting for TikTok to publish it',
    async run(context) {
      const publishId = resultString(context.results, INIT_STEP, 'publishId');
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
        () => waitedTooLong(api.network, `TikTok was still processing the video after ${minutes} minutes`),
      );
    },
  };
}

/** FAILED with `fail_reason`: the same error table as an API error with that code (6.2 [S59]). */
function publishFailed(status: PublishStatus, now: Date) {
  return toPlatformError({ platform: 'tiktok', network: 'tiktokApi', ...(status.failReason && { errorCode: status.failReason }), usage: {} }, now);
}

function permalinkStep(): PublishStep {
  return {
    name: PERMALINK_STEP,
    label: 'Getting the link to the post',
    async run(context) {
      const postId = context.results[WAIT_STEP]?.postId;
      if (typeof postId !== 'string') return { postId: resultString(context.results, INIT_STEP, 'publishId'), permalink: null };
      const accessToken = await context.credentials.accessToken();
      const videos = await readAfterPublishing(() => queryTikTokVideos(context.networks.tiktokApi, { accessToken, videoIds: [postId] }));
      return { postId, permalink: videos?.find((video) => video.id === postId)?.shareUrl ?? null };
    },
  };
}

/** TikTok pulls photo posts from public addresses on a verified domain only (6.2 [S83]). */
function photoHostNeeded(): PublishStep {
  return {
    name: 'stagePhotos',
    label: 'Preparing the photos for TikTok',
    async run() {
      throw new PublicHostNeededError(
        'TikTok takes photo posts only from web addresses on a domain verified with TikTok, never from this computer, and Outpost cannot put photos on such a domain yet.',
        'Post the photos as a video, or publish them from the TikTok app.',
      );
    },
  };
}
