import type { PostType } from '../../../preload/contract';
import type { PublishJob, PublishMedia, PublishStep, StepContext } from '../publisher';
import { fileSizeOf, photoForUpload, streamFrom } from '../publishing/jobMedia';
import { UPLOAD_RESUMES } from '../publishing/publishingTimes';
import { resultString } from '../publishing/stepResults';
import { createMediaContainer, type ContainerContent } from './instagramPublishing';
import { instagramCalls, linkedPageHost } from './instagramTarget';
import { stagePhotoOnPage, stagedPhotoUrl } from './pageStaging';
import { createResumableVideoContainer, fetchUploadedByteCount, uploadVideoResumably, type ResumableContainerRequest } from './resumableUpload';

/**
 * The steps that turn one item of an Instagram post into a container: a photo is staged on the
 * linked Page, then its container is made from the staged photo's address; a video's container
 * is made for a resumable upload, then the file goes up from disk. Each step's result is kept,
 * so a crash costs at most the step it interrupted: a repeated stage or container is never
 * published (only removed or left to expire), and an upload resumes where Meta's count ends.
 */

/** Photos staged on the Page for the items; the prefix finds them all for removal. */
export const STAGE_STEP_PREFIX = 'stageImage:';
export const stageStep = (index: number) => `${STAGE_STEP_PREFIX}${index}`;
export const containerStep = (index: number) => `createContainer:${index}`;
export const uploadStep = (index: number) => `uploadVideo:${index}`;
/** A reel's cover picture, staged like a photo and passed as `cover_url` (2.1). */
export const COVER_STEP = 'stageCover';

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

export function itemSteps(job: PublishJob, item: InstagramItem, cover: CoverSource | null): PublishStep[] {
  if (item.media.kind === 'image') {
    const photo = async () => item.media;
    return [stagePhotoStep(stageStep(item.index), `Preparing ${itemWords(item)} for Instagram`, photo), imageContainerStep(job, item)];
  }
  const coverSteps = cover ? [stagePhotoStep(COVER_STEP, 'Preparing the cover picture for Instagram', cover)] : [];
  return [...coverSteps, videoContainerStep(job, item, cover !== null), uploadVideoStep(item)];
}

function stagePhotoStep(name: string, label: string, media: () => Promise<PublishMedia>): PublishStep {
  return {
    name,
    label,
    async run(context) {
      const host = await linkedPageHost(context);
      const photo = await photoForUpload(await media(), context.job.stripMetadata);
      const photoId = await stagePhotoOnPage(context.networks.metaGraph, host, photo);
      context.progress(1);
      return { photoId };
    },
  };
}

function imageContainerStep(job: PublishJob, item: InstagramItem): PublishStep {
  return {
    name: containerStep(item.index),
    label: `Handing ${itemWords(item)} to Instagram`,
    async run(context) {
      const calls = await instagramCalls(context);
      const imageUrl = await stagedPhotoUrl(calls.graph, await linkedPageHost(context), resultString(context.results, stageStep(item.index), 'photoId'));
      const content = imageContent(job.postType, imageUrl, captionOf(job));
      const containerId = await createMediaContainer(calls.graph, { igUserId: calls.igUserId, accessToken: calls.accessToken, content });
      return { containerId, createdAt: context.now().toISOString() };
    },
  };
}

function imageContent(postType: PostType, imageUrl: string, caption: string | undefined): ContainerContent {
  switch (postType) {
    case 'story':
      return { kind: 'imageStory', imageUrl };
    case 'carousel':
      return { kind: 'carouselImage', imageUrl };
    default:
      return { kind: 'image', imageUrl, ...(caption !== undefined && { caption }) };
  }
}

function videoContainerStep(job: PublishJob, item: InstagramItem, hasCover: boolean): PublishStep {
  return {
    name: containerStep(item.index),
    label: `Handing ${itemWords(item)} to Instagram`,
    async run(context) {
      const calls = await instagramCalls(context);
      const coverUrl = hasCover
        ? await stagedPhotoUrl(calls.graph, await linkedPageHost(context), resultString(context.results, COVER_STEP, 'photoId'))
        : undefined;
      const containerId = await createResumableVideoContainer(calls.graph, {
        igUserId: calls.igUserId,
        accessToken: calls.accessToken,
        ...videoShape(job, coverUrl),
      });
      return { containerId, createdAt: context.now().toISOString() };
    },
  };
}

type VideoShape = Omit<ResumableContainerRequest, 'igUserId' | 'accessToken'>;

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
