import { MediaRejectedError, TransientError } from '../platformErrors';
import type { PublishJob, PublishStep, StepContext } from '../publisher';
import { fileSizeOf, readRange } from '../publishing/jobMedia';
import { pollUntil } from '../publishing/polling';
import { notFoundYet, waitedTooLong } from '../publishing/publishErrors';
import { FACEBOOK_VIDEO_POLL, UPLOAD_RESUMES } from '../publishing/publishingTimes';
import { PERMALINK_STEP, readAfterPublishing, resultNumber, resultString } from '../publishing/stepResults';
import { absoluteFacebookUrl, madeNotBefore, pageCalls, type PageCalls } from './facebookPage';
import { findPostOnPage } from './facebookPostLookup';
import {
  fetchPageVideo,
  finishPageVideoUpload,
  startPageVideoUpload,
  transferPageVideo,
  type PageVideoSession,
} from './facebookVideoUpload';

/**
 * A Page video from disk with the upload session (reference 3, legacy resumable flow [S60]):
 * start, transfer the bytes in the ranges the server names, finish (now, or for Facebook's
 * schedule), wait until processed. After a crash or a lost answer the transfer resumes from the
 * bytes the server reports holding, and a finish in doubt is confirmed on the video itself.
 */

export const VIDEO_START_STEP = 'startVideoUpload';
export const VIDEO_FINISH_STEP = 'finishVideoUpload';
export const VIDEO_SCHEDULE_STEP = 'scheduleVideo';
export const SCHEDULED_VIDEO_POST_STEP = 'findScheduledPost';

const videoOf = (job: PublishJob) => {
  const video = job.media.find((item) => item.kind === 'video');
  if (!video) throw new Error(`Target ${job.targetId} has no video.`);
  return video;
};

function startStep(job: PublishJob): PublishStep {
  return {
    name: VIDEO_START_STEP,
    label: 'Starting the video upload',
    async run(context) {
      const calls = await pageCalls(context);
      const fileSize = await fileSizeOf(videoOf(job).filePath);
      const session = await startPageVideoUpload(calls.graph, { pageId: calls.pageId, pageAccessToken: calls.pageAccessToken, fileSize });
      return {
        videoId: session.videoId,
        uploadSessionId: session.uploadSessionId,
        fileSize,
        // The server names each range; its first one tells the chunk size to resume with.
        chunkBytes: session.endOffset - session.startOffset,
      };
    },
  };
}

function transferStep(job: PublishJob): PublishStep {
  return {
    name: 'uploadVideo',
    label: 'Uploading the video',
    async run(context) {
      const calls = await pageCalls(context);
      const { filePath } = videoOf(job);
      const fileSize = resultNumber(context.results, VIDEO_START_STEP, 'fileSize');
      for (let resumes = 0; ; resumes += 1) {
        // Every run starts where the server is: after a crash, a dropped chunk or a lost answer it
        // may hold more than this computer knows. A lost answer's range is not known, so the rest
        // goes in the chunk size of the first range (UNCONFIRMED that Meta keeps it constant).
        const session = await sessionFromServer(context, calls);
        try {
          await transferPageVideo(calls.graph, {
            pageAccessToken: calls.pageAccessToken,
            session,
            readChunk: (start, end) => readRange(filePath, start, end),
            onProgress: (next) => context.progress(next.startOffset / fileSize),
          });
          return { bytes: fileSize };
        } catch (error) {
          if (!(error instanceof TransientError) || resumes >= UPLOAD_RESUMES) throw error;
        }
      }
    },
  };
}

async function sessionFromServer(context: StepContext, calls: PageCalls): Promise<PageVideoSession> {
  const { results } = context;
  const videoId = resultString(results, VIDEO_START_STEP, 'videoId');
  const fileSize = resultNumber(results, VIDEO_START_STEP, 'fileSize');
  const { bytesTransferred } = await fetchPageVideo(calls.graph, { videoId, pageAccessToken: calls.pageAccessToken });
  return {
    pageId: calls.pageId,
    uploadSessionId: resultString(results, VIDEO_START_STEP, 'uploadSessionId'),
    videoId,
    startOffset: bytesTransferred,
    endOffset: Math.min(bytesTransferred + resultNumber(results, VIDEO_START_STEP, 'chunkBytes'), fileSize),
  };
}

/** `upload_phase=finish`; in doubt, the video says whether it was accepted (processing has started). */
function finishStep(job: PublishJob, scheduledFor: Date | null): PublishStep {
  return {
    name: scheduledFor ? VIDEO_SCHEDULE_STEP : VIDEO_FINISH_STEP,
    commits: true,
    label: scheduledFor ? 'Handing the video to Facebook’s schedule' : 'Publishing the video on Facebook',
    async run(context) {
      const calls = await pageCalls(context);
      const fileSize = resultNumber(context.results, VIDEO_START_STEP, 'fileSize');
      const session: PageVideoSession = {
        pageId: calls.pageId,
        uploadSessionId: resultString(context.results, VIDEO_START_STEP, 'uploadSessionId'),
        videoId: resultString(context.results, VIDEO_START_STEP, 'videoId'),
        startOffset: fileSize,
        endOffset: fileSize,
      };
      const caption = job.caption.trim();
      await finishPageVideoUpload(calls.graph, {
        pageAccessToken: calls.pageAccessToken,
        session,
        ...(caption !== '' && { description: job.caption }),
        ...(scheduledFor && { scheduledPublishTime: scheduledFor }),
      });
      return { finished: true };
    },
    async confirm(context) {
      const calls = await pageCalls(context);
      const videoId = resultString(context.results, VIDEO_START_STEP, 'videoId');
      const video = await fetchPageVideo(calls.graph, { videoId, pageAccessToken: calls.pageAccessToken });
      return video.processingPhase === 'not_started' ? null : { finished: true };
    },
  };
}

function waitStep(): PublishStep {
  return {
    name: 'waitForVideo',
    label: 'Waiting for Facebook to process the video',
    async run(context) {
      const calls = await pageCalls(context);
      const videoId = resultString(context.results, VIDEO_START_STEP, 'videoId');
      const minutes = Math.round(FACEBOOK_VIDEO_POLL.limitMs / 60_000);
      const status = await pollUntil(
        context,
        FACEBOOK_VIDEO_POLL,
        async () => {
          const video = await fetchPageVideo(calls.graph, { videoId, pageAccessToken: calls.pageAccessToken });
          if (video.videoStatus === 'error') throw videoRejected(calls);
          return video.videoStatus === 'ready' ? video.videoStatus : null;
        },
        () => waitedTooLong(calls.graph.network, `Facebook was still processing the video after ${minutes} minutes`),
      );
      return { status };
    },
  };
}

/** Processing failed: Facebook keeps no subcode for it in the status, so the words are Outpost's. */
function videoRejected(calls: PageCalls): MediaRejectedError {
  return new MediaRejectedError({
    details: { platform: 'meta', network: calls.graph.network, classifiedBy: 'video status (code) [S59]' },
    meaning: 'Facebook could not process the video; export it again as an MP4 (H.264 with AAC sound) and try once more',
    needsNewContainer: false,
  });
}

function permalinkStep(): PublishStep {
  return {
    name: PERMALINK_STEP,
    label: 'Getting the link to the post',
    async run(context) {
      const calls = await pageCalls(context);
      const videoId = resultString(context.results, VIDEO_START_STEP, 'videoId');
      const video = await readAfterPublishing(() => fetchPageVideo(calls.graph, { videoId, pageAccessToken: calls.pageAccessToken }));
      const permalink = video?.permalinkUrl === undefined ? null : absoluteFacebookUrl(video.permalinkUrl);
      return { postId: video?.postId ?? videoId, permalink };
    },
  };
}

/**
 * The post a scheduled video became: the video names it, or it is found among the scheduled
 * posts by its text and time (Graph's `post_id` on a video is UNCONFIRMED).
 */
function scheduledPostStep(job: PublishJob): PublishStep {
  return {
    name: SCHEDULED_VIDEO_POST_STEP,
    label: 'Checking the video is on Facebook’s schedule',
    async run(context) {
      const calls = await pageCalls(context);
      const videoId = resultString(context.results, VIDEO_START_STEP, 'videoId');
      const video = await fetchPageVideo(calls.graph, { videoId, pageAccessToken: calls.pageAccessToken });
      const postId =
        video.postId ??
        (await findPostOnPage(calls, { message: job.caption, since: madeNotBefore(context.results), scheduledFor: job.dueAt }))?.id;
      if (postId === undefined) throw notFoundYet(calls.graph.network, 'Facebook took the video but Outpost cannot find its scheduled post yet');
      return { postId, videoId };
    },
  };
}

export function publishVideoSteps(job: PublishJob): PublishStep[] {
  return [startStep(job), transferStep(job), finishStep(job, null), waitStep(), permalinkStep()];
}

export function scheduleVideoSteps(job: PublishJob): PublishStep[] {
  return [startStep(job), transferStep(job), finishStep(job, job.dueAt), waitStep(), scheduledPostStep(job)];
}
