import type { StepContext } from '../publisher';
import { madeNotBefore, modeOf, pageCalls, type PageCalls } from './facebookPage';
import { findPostOnPage } from './facebookPostLookup';
import { PUBLISH_STEP, SCHEDULE_STEP, uploadedPhotoIds } from './facebookPostSteps';
import { deletePagePost, fetchPhotoPostId } from './facebookPublishing';
import { deletePageVideo } from './facebookVideoUpload';
import { SCHEDULED_VIDEO_POST_STEP, VIDEO_FINISH_STEP, VIDEO_START_STEP } from './facebookVideoSteps';
import { isAlreadyGone, removeStagedPhotos } from './pageStaging';

/**
 * What a Facebook target leaves behind when it stops. Publishing now: photos uploaded for a
 * multi-photo post that no post took up (a photo in a post stays, so a publish in doubt never
 * loses its photos). Handing over: the engine cleans up only a hand-over that did not complete,
 * and then publishes the target itself, so whatever may be on Facebook's schedule is removed,
 * even a post whose answer was lost, or it would go out twice.
 */
export async function cleanUpFacebookTarget(context: StepContext): Promise<void> {
  const { results } = context;
  switch (modeOf(results)) {
    case 'handOver':
      return takeBackUnfinishedHandOver(context);
    case 'publish':
      if (![PUBLISH_STEP, VIDEO_FINISH_STEP].some((step) => Object.hasOwn(results, step))) await removeLoosePhotos(context);
      return;
    case null:
      return;
  }
}

async function takeBackUnfinishedHandOver(context: StepContext): Promise<void> {
  const calls = await pageCalls(context);
  const { job, results } = context;
  const known = results[SCHEDULE_STEP]?.postId ?? results[SCHEDULED_VIDEO_POST_STEP]?.postId;
  // A video's post goes with the video, which removeUploads deletes.
  const postId =
    typeof known === 'string'
      ? known
      : job.postType === 'video'
        ? undefined
        : (await findPostOnPage(calls, { message: job.caption, since: madeNotBefore(results), scheduledFor: job.dueAt }))?.id;
  if (postId !== undefined) await ignoringGone(() => deletePagePost(calls.graph, { postId, pageAccessToken: calls.pageAccessToken }));
  await removeUploads(context);
}

async function removeLoosePhotos(context: StepContext): Promise<void> {
  const calls = await pageCalls(context);
  const loose: string[] = [];
  for (const photoId of uploadedPhotoIds(context)) {
    const postId = await ignoringGoneOr(() => fetchPhotoPostId(calls.graph, { photoId, pageAccessToken: calls.pageAccessToken }), 'gone');
    if (postId === null) loose.push(photoId);
  }
  await removePhotos(calls, loose);
}

/** A video and a multi-photo post's photos, which may outlive their post on Facebook. */
export async function removeUploads(context: StepContext): Promise<void> {
  const calls = await pageCalls(context);
  const videoId = context.results[VIDEO_START_STEP]?.videoId;
  if (typeof videoId === 'string') await ignoringGone(() => deletePageVideo(calls.graph, { videoId, pageAccessToken: calls.pageAccessToken }));
  await removePhotos(calls, uploadedPhotoIds(context));
}

async function removePhotos(calls: PageCalls, photoIds: readonly string[]): Promise<void> {
  const failures = await removeStagedPhotos(calls.graph, calls, photoIds);
  if (failures.length > 0) {
    throw new Error(`Photos left on the Page: ${failures.map(({ photoId, error }) => `${photoId} (${error instanceof Error ? error.message : String(error)})`).join(', ')}`);
  }
}

/** Removing something already gone is done. */
export async function ignoringGone(remove: () => Promise<unknown>): Promise<void> {
  await ignoringGoneOr(remove, undefined);
}

async function ignoringGoneOr<T, G>(read: () => Promise<T>, whenGone: G): Promise<T | G> {
  try {
    return await read();
  } catch (error) {
    if (isAlreadyGone(error)) return whenGone;
    throw error;
  }
}
