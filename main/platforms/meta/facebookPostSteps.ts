import type { PublishJob, PublishStep, StepContext } from '../publisher';
import { photoForUpload } from '../publishing/jobMedia';
import { notFoundYet } from '../publishing/publishErrors';
import { PERMALINK_STEP, readAfterPublishing, resultString } from '../publishing/stepResults';
import { madeNotBefore, pageCalls, type PageCalls } from './facebookPage';
import { findPostOnPage } from './facebookPostLookup';
import { fetchPagePost, publishPagePost, uploadPagePhotoFile } from './facebookPublishing';

/**
 * Text, link, photo and multi-photo Page posts (reference 3): a multi-photo post's photos go up
 * unpublished first, then one call makes the post, now or for Facebook's schedule. That call is
 * the one that must never run twice: in doubt, the post is looked for on the Page first.
 */

export const PHOTO_STEP_PREFIX = 'uploadPhoto:';
export const PUBLISH_STEP = 'publish';
export const SCHEDULE_STEP = 'schedulePost';

export function photoUploadSteps(job: PublishJob): PublishStep[] {
  if (job.postType !== 'multi_photo') return [];
  const photos = job.media.filter((item) => item.kind === 'image');
  return photos.map((media, index) => ({
    name: `${PHOTO_STEP_PREFIX}${index}`,
    label: `Uploading photo ${index + 1} of ${photos.length}`,
    async run(context) {
      const calls = await pageCalls(context);
      const photo = await photoForUpload(media, context.job.stripMetadata);
      const uploaded = await uploadPagePhotoFile(calls.graph, {
        pageId: calls.pageId,
        pageAccessToken: calls.pageAccessToken,
        published: false,
        ...photo,
      });
      context.progress(1);
      return { photoId: uploaded.id };
    },
  }));
}

/** The photos a multi-photo post attaches, in the order they were chosen. */
export function uploadedPhotoIds(context: Pick<StepContext, 'results'>): string[] {
  return Object.keys(context.results)
    .filter((name) => name.startsWith(PHOTO_STEP_PREFIX))
    .sort((a, b) => Number(a.slice(PHOTO_STEP_PREFIX.length)) - Number(b.slice(PHOTO_STEP_PREFIX.length)))
    .map((name) => resultString(context.results, name, 'photoId'));
}

/** The call that makes the post: now (`scheduledFor` null) or for Facebook's schedule. */
export function postStep(job: PublishJob, scheduledFor: Date | null): PublishStep {
  const lookFor = (context: StepContext, calls: PageCalls) =>
    findPostOnPage(calls, { message: job.caption, since: madeNotBefore(context.results), ...(scheduledFor && { scheduledFor }) });
  return {
    name: scheduledFor ? SCHEDULE_STEP : PUBLISH_STEP,
    commits: true,
    label: scheduledFor ? 'Handing the post to Facebook’s schedule' : 'Publishing on Facebook',
    async run(context) {
      const calls = await pageCalls(context);
      const postId = (await makePost(context, calls, job, scheduledFor)) ?? (await lookFor(context, calls))?.id;
      if (postId === undefined) throw notFoundYet(calls.graph.network, 'Facebook took the photo but Outpost cannot find its post yet');
      return { postId };
    },
    async confirm(context) {
      const found = await lookFor(context, await pageCalls(context));
      return found ? { postId: found.id } : null;
    },
  };
}

/** The post's id, or null when the answer does not name it (a photo answer without `post_id`). */
async function makePost(context: StepContext, calls: PageCalls, job: PublishJob, scheduledFor: Date | null): Promise<string | null> {
  const page = { pageId: calls.pageId, pageAccessToken: calls.pageAccessToken };
  const message = job.caption.trim() === '' ? undefined : job.caption;
  const schedule = scheduledFor ? { scheduledPublishTime: scheduledFor } : {};
  switch (job.postType) {
    case 'photo': {
      const media = job.media.find((item) => item.kind === 'image');
      if (!media) throw new Error(`Target ${job.targetId} has no photo.`);
      const photo = await photoForUpload(media, job.stripMetadata);
      const uploaded = await uploadPagePhotoFile(calls.graph, {
        ...page,
        ...(message !== undefined && { caption: message }),
        ...(scheduledFor ? schedule : { published: true }),
        ...photo,
      });
      return uploaded.postId ?? null;
    }
    case 'multi_photo':
      return publishPagePost(calls.graph, { ...page, ...(message !== undefined && { message }), attachedPhotoIds: uploadedPhotoIds(context), ...schedule });
    default: {
      const link = job.options.platform === 'facebook' && job.postType === 'link' ? job.options.link : null;
      return publishPagePost(calls.graph, { ...page, ...(message !== undefined && { message }), ...(link !== null && { link }), ...schedule });
    }
  }
}

export function postPermalinkStep(): PublishStep {
  return {
    name: PERMALINK_STEP,
    label: 'Getting the link to the post',
    async run(context) {
      const calls = await pageCalls(context);
      const postId = resultString(context.results, PUBLISH_STEP, 'postId');
      const post = await readAfterPublishing(() => fetchPagePost(calls.graph, { postId, pageAccessToken: calls.pageAccessToken }));
      return { postId, permalink: post?.permalinkUrl ?? null };
    },
  };
}
