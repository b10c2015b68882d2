import type { PostType } from '../../../preload/contract';
import { FACEBOOK_HANDOFF_MARGIN_MS, FACEBOOK_SCHEDULE_MAX_AHEAD_MS, FACEBOOK_SCHEDULE_MIN_AHEAD_MS } from '../../schedule/schedulingRules';
import type { PlatformSchedule } from '../publisher';
import { resultString } from '../publishing/stepResults';
import { beginStep, pageCalls } from './facebookPage';
import { ignoringGone, removeUploads } from './facebookCleanUp';
import { photoUploadSteps, postStep, SCHEDULE_STEP } from './facebookPostSteps';
import { deletePagePost, fetchPagePost, reschedulePagePost } from './facebookPublishing';
import { SCHEDULED_VIDEO_POST_STEP, scheduleVideoSteps } from './facebookVideoSteps';

/**
 * Facebook's own schedule (`published=false` with `scheduled_publish_time`, reference 3): the
 * post is made ahead with its media and goes out at its time with this computer off. Every Page
 * post type can be handed over; the sandbox schedules videos the same way.
 */
const HANDED_OVER: ReadonlySet<PostType> = new Set(['text', 'link', 'photo', 'multi_photo', 'video']);

export const facebookSchedule: PlatformSchedule = {
  accepts(job, now) {
    const ahead = job.dueAt.getTime() - now.getTime();
    return HANDED_OVER.has(job.postType) && ahead > FACEBOOK_SCHEDULE_MIN_AHEAD_MS + FACEBOOK_HANDOFF_MARGIN_MS && ahead <= FACEBOOK_SCHEDULE_MAX_AHEAD_MS;
  },

  handOverSteps(job) {
    if (job.postType === 'video') return [beginStep('handOver'), ...scheduleVideoSteps(job)];
    return [beginStep('handOver'), ...photoUploadSteps(job), postStep(job, job.dueAt)];
  },

  scheduledPostId(results) {
    return resultString(results, Object.hasOwn(results, SCHEDULE_STEP) ? SCHEDULE_STEP : SCHEDULED_VIDEO_POST_STEP, 'postId');
  },

  async move(context, scheduledPostId) {
    const calls = await pageCalls(context);
    await reschedulePagePost(calls.graph, { postId: scheduledPostId, pageAccessToken: calls.pageAccessToken, scheduledPublishTime: context.job.dueAt });
  },

  /** The post, then what was uploaded for it; whatever is already gone counts as removed. */
  async remove(context, scheduledPostId) {
    const calls = await pageCalls(context);
    await ignoringGone(() => deletePagePost(calls.graph, { postId: scheduledPostId, pageAccessToken: calls.pageAccessToken }));
    await removeUploads(context);
  },

  async checkPublished(context, scheduledPostId) {
    const calls = await pageCalls(context);
    const post = await fetchPagePost(calls.graph, { postId: scheduledPostId, pageAccessToken: calls.pageAccessToken });
    return post.isPublished ? { platformPostId: post.id, permalink: post.permalinkUrl } : null;
  },
};
