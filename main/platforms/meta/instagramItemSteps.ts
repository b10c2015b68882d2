import type { PostType } from '../../../preload/contract';
import type { PublishJob, PublishMedia, PublishStep, StepContext } from '../publisher';
import { contentTypeOf, fileSizeOf, photoForUpload, streamFrom } from '../publishing/jobMedia';
import { UPLOAD_RESUMES } from '../publishing/publishingTimes';
import { resultString } from '../publishing/stepResults';
import type { StagingBucket } from '../staging/mediaStagingHost';
import { stagedResult } from '../staging/stagedFiles';
import { altTextOf } from './instagramAltText';
import { createMediaContainer, type ContainerContent } from './instagramPublishing';
import { addressOfStaged, hostForStaging, RESUMABLE_VIDEO_LOGIN_PATHS } from './instagramStaging';
import { instagramCalls } from './instagramTarget';
import { createResumableVideoContainer, fetchUploadedByteCount, uploadVideoResumably, type ResumableContainerRequest } from './resumableUpload';

/**
 * The steps that turn one item of an Instagram post into a container: a photo is staged (on the
 * owner's bucket, else the linked Page: instagramStaging.ts), then its container is made from the
 * staged photo's address; on the Facebook Login path a video's container is made for a resumable
 * upload, then the file goes up from disk; on the Instagram Login path a video is staged in the
 * bucket too and its container made from its address (resumable upload is Facebook Login only,
 * 2.3). Each step's result is kept, so a crash costs at most the step it interrupted: a repeated
 * stage or container is never published (only removed or left to expire), and an upload resumes
 * where Meta's count ends.
 */

export const stageStep = (index: number) => `stageImage:${index}`;
/** Instagram Login: the video staged in the bucket, passed as `video_url` (2.1). */
export const videoStageStep = (index: number) => `stageVideo:${index}`;
export const containerStep = (index: number) => `createContainer:${index}`;
export const uploadStep = (index: number) => `uploadVideo:${index}`;
/** A reel's cover picture, staged like a photo and passed as `cover_url` (2.1). */
export const COVER_STEP = 'stageCover';

/** Every step that stages a file: their results name what clean-up removes. */
export const isStageStep = (step: string) => step === COVER_STEP || step.startsWith('stageImage:') || step.startsWith('stageVideo:');

export interface InstagramItem {
  index: number;
  /** How many items the post has: 1, or a carousel's 2-10. */
  count: number;
  media: PublishMedia;
}

/** The words a label uses for the item: "the photo", or "item 2 of 3" in a carousel. */
const itemWords = (item: InstagramItem) => (item.count > 1 ? `item ${item.index + 1} of ${item.count}` : `the ${item.media.kind === 'image' ? 'photo' : 'video'}`);

/** A reel's cover picture, looked up when its step runs (it is not one of the job's items). */
export type CoverSource = () => Promise<PublishMedia>;

export function itemSteps(job: PublishJob, item: InstagramItem, cover: CoverSource | null, bucket: StagingBucket): PublishStep[] {
  if (item.media.kind === 'image') {
    const photo = async () => item.media;
    return [stagePhotoStep(stageStep(item.index), `Preparing ${itemWords(item)} for Instagram`, photo, bucket), imageContainerStep(job, item, bucket)];
  }
  const coverSteps = cover ? [stagePhotoStep(COVER_STEP, 'Preparing the cover picture for Instagram', cover, bucket)] : [];
  if (!RESUMABLE_VIDEO_LOGIN_PATHS.includes(job.account.loginPath)) {
    return [...coverSteps, stageVideoStep(item, bucket), videoContainerStep(job, item, cover !== null, bucket, true)];
  }
  return [...coverSteps, videoContainerStep(job, item, cover !== null, bucket, false), uploadVideoStep(item)];
}

function stagePhotoStep(name: string, label: string, media: () => Promise<PublishMedia>, bucket: StagingBucket): PublishStep {
  return {
    name,
    label,
    async run(context) {
      const host = await hostForStaging(context, bucket);
      const photo = await photoForUpload(await media(), context.job.stripMetadata);
      const ref = await host.stage(photo, context.progress, context.signal);
      context.progress(1);
      return stagedResult(host, ref);
    },
  };
}

/** Instagram Login: the video from disk into the bucket, for Instagram to fetch by address. */
function stageVideoStep(item: InstagramItem, bucket: StagingBucket): PublishStep {
  return {
    name: videoStageStep(item.index),
    label: `Putting ${itemWords(item)} where Instagram can fetch it`,
    async run(context) {
      const host = await hostForStaging(context, bucket);
      const { filePath, originalName, probe } = item.media;
      const file = { filePath, size: await fileSizeOf(filePath), contentType: contentTypeOf(probe.format), fileName: originalName };
      const ref = await host.stage(file, context.progress, context.signal);
      context.progress(1);
      return stagedResult(host, ref);
    },
  };
}

function imageContainerStep(job: PublishJob, item: InstagramItem, bucket: StagingBucket): PublishStep {
  return {
    name: containerStep(item.index),
    label: `Handing ${itemWords(item)} to Instagram`,
    async run(context) {
      const calls = await instagramCalls(context);
      const imageUrl = await addressOfStaged(context, bucket, stageStep(item.index));
      const content = imageContent(job.postType, imageUrl, captionOf(job), altTextOf(job, item.media));
      const containerId = await createMediaContainer(calls.graph, { igUserId: calls.igUserId, accessToken: calls.accessToken, content });
      return { containerId, createdAt: context.now().toISOString() };
    },
  };
}

function imageContent(postType: PostType, imageUrl: string, caption: string | undefined, altText: string | undefined): ContainerContent {
  switch (postType) {
    case 'story':
      return { kind: 'imageStory', imageUrl };
    case 'carousel':
      return { kind: 'carouselImage', imageUrl, ...(altText !== undefined && { altText }) };
    default:
      return { kind: 'image', imageUrl, ...(caption !== undefined && { caption }), ...(altText !== undefined && { altText }) };
  }
}

/**
 * The video's container: made for a resumable upload from disk (Facebook Login), or, on the
 * Instagram Login path, from the address of the video staged in the bucket (`video_url`, 2.1).
 */
function videoContainerStep(job: PublishJob, item: InstagramItem, hasCover: boolean, bucket: StagingBucket, byAddress: boolean): PublishStep {
  return {
    name: containerStep(item.index),
    label: `Handing ${itemWords(item)} to Instagram`,
    async run(context) {
      const calls = await instagramCalls(context);
      const coverUrl = hasCover ? await addressOfStaged(context, bucket, COVER_STEP) : undefined;
      const shape = videoShape(job, coverUrl);
      const account = { igUserId: calls.igUserId, accessToken: calls.accessToken };
      const containerId = byAddress
        ? await createMediaContainer(calls.graph, { ...account, content: videoContent(shape, await addressOfStaged(context, bucket, videoStageStep(item.index))) })
        : await createResumableVideoContainer(calls.graph, { ...account, ...shape });
      return { containerId, createdAt: context.now().toISOString() };
    },
  };
}

type VideoShape = Omit<ResumableContainerRequest, 'igUserId' | 'accessToken'>;

/** The same video post by address instead of by upload. */
function videoContent(shape: VideoShape, videoUrl: string): ContainerContent {
  switch (shape.mediaType) {
    case 'STORIES':
      return { kind: 'videoStory', videoUrl };
    case 'VIDEO':
      return { kind: 'carouselVideo', videoUrl };
    case 'REELS':
      return {
        kind: 'reel',
        videoUrl,
        ...(shape.caption !== undefined && { caption: shape.caption }),
        ...(shape.shareToFeed !== undefined && { shareToFeed: shape.shareToFeed }),
        ...(shape.coverUrl !== undefined && { coverUrl: shape.coverUrl }),
        ...(shape.thumbOffsetMs !== undefined && { thumbOffsetMs: shape.thumbOffsetMs }),
      };
  }
}

function videoShape(job: PublishJob, coverUrl: string | undefined): VideoShape {
  switch (job.postType) {
    case 'story':
      return { mediaType: 'STORIES' };
    case 'carousel':
      return { mediaType: 'VIDEO', isCarouselItem: true };
    default: {
      const options = job.options.platform === 'instagram' ? job.options : null;
      const caption = captionOf(job);
      // A cover picture wins over a frame of the video.
      const thumbOffsetMs = coverUrl === undefined ? (options?.thumbOffsetMs ?? undefined) : undefined;
      return {
        mediaType: 'REELS',
        ...(caption !== undefined && { caption }),
        ...(options && { shareToFeed: options.shareToFeed }),
        ...(coverUrl !== undefined && { coverUrl }),
        ...(thumbOffsetMs !== undefined && { thumbOffsetMs }),
      };
    }
  }
}

function uploadVideoStep(item: InstagramItem): PublishStep {
  return {
    name: uploadStep(item.index),
    label: `Uploading ${itemWords(item)}`,
    async run(context: StepContext) {
      const calls = await instagramCalls(context);
      const containerId = resultString(context.results, containerStep(item.index), 'containerId');
      const { filePath } = item.media;
      const fileSize = await fileSizeOf(filePath);
      // After a crash or a lost answer Meta may hold part of the file, or all of it: start there.
      const fromOffset = await fetchUploadedByteCount(calls.graph, { containerId, accessToken: calls.accessToken });
      await uploadVideoResumably(
        { graph: calls.graph, upload: calls.upload },
        {
          containerId,
          accessToken: calls.accessToken,
          fileSize,
          fromOffset,
          openFrom: (offset) => streamFrom(filePath, offset, (sent) => context.progress(sent / fileSize)),
          maxResumes: UPLOAD_RESUMES,
        },
      );
      context.progress(1);
      return { bytes: fileSize };
    },
  };
}

/** Stories take no caption (2.1); an empty caption is left out rather than sent empty. */
export function captionOf(job: PublishJob): string | undefined {
  return job.postType === 'story' || job.caption.trim() === '' ? undefined : job.caption;
}
