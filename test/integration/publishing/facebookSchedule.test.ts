import { describe, expect, it } from 'vitest';
import type { PostType } from '../../../preload/contract';
import { TransientError } from '../../../main/platforms/platformErrors';
import type { PlatformSchedule } from '../../../main/platforms/publisher';
import { FACEBOOK_SCHEDULE_MAX_AHEAD_MS, FACEBOOK_SCHEDULE_MIN_AHEAD_MS } from '../../../main/schedule/schedulingRules';
import { DAY, HOUR, MINUTE } from '../platforms/support/platformSandbox';
import { emptyStore, runSteps, stepContext, type StepStore } from './runSteps';
import { paddedVerticalVideo } from './support/paddedVideo';
import { usePublishingWorld, type PublishingWorld } from './support/publishingWorld';
import { loosePagePhotos, pagePostsWithMessage } from './support/sandboxViews';

/**
 * Facebook's own schedule (reference 3): each post type handed over ahead of its time with
 * `published=false` and `scheduled_publish_time`, moved, removed, and checked once its time has
 * come; the sandbox clock stands in for the laptop being off meanwhile.
 */
const world = usePublishingWorld({ seed: 'publishing-facebook-schedule' });

function schedule(w: PublishingWorld): PlatformSchedule {
  const platformSchedule = w.publishers.facebook.platformSchedule;
  if (!platformSchedule) throw new Error('The Facebook publisher has no platform schedule.');
  return platformSchedule;
}

async function jobOf(w: PublishingWorld, postType: PostType, dueAt: Date) {
  switch (postType) {
    case 'text':
      return w.job('page', 'text', [], { dueAt });
    case 'link':
      return w.job('page', 'link', [], { dueAt, options: { platform: 'facebook', link: 'https://rosiesbakery.example/menu' } });
    case 'photo':
      return w.job('page', 'photo', [await w.media('plain.jpg')], { dueAt });
    case 'multi_photo':
      return w.job('page', 'multi_photo', [await w.media('plain.jpg'), await w.media('camera.jpg')], { dueAt });
    default:
      return w.job('page', 'video', [await w.mediaFromBytes('oven.mp4', await paddedVerticalVideo(1_500_000))], { dueAt });
  }
}

async function handOver(w: PublishingWorld, postType: PostType, dueAt = new Date(w.sandbox.now().getTime() + 2 * HOUR)) {
  const job = await jobOf(w, postType, dueAt);
  const env = w.env(job);
  const store = emptyStore();
  await runSteps(schedule(w).handOverSteps(job), job, env, store);
  return { job, env, store, postId: schedule(w).scheduledPostId(store.results) };
}

describe('Facebook platform schedule', () => {
  it('accepts a time between its minimum (with a margin) and its maximum ahead', async () => {
    const w = world();
    const now = w.sandbox.now();
    const at = (ms: number) => w.job('page', 'text', [], { dueAt: new Date(now.getTime() + ms) });
    expect(schedule(w).accepts(at(FACEBOOK_SCHEDULE_MIN_AHEAD_MS), now)).toBe(false);
    expect(schedule(w).accepts(at(HOUR), now)).toBe(true);
    expect(schedule(w).accepts(at(FACEBOOK_SCHEDULE_MAX_AHEAD_MS), now)).toBe(true);
    expect(schedule(w).accepts(at(FACEBOOK_SCHEDULE_MAX_AHEAD_MS + MINUTE), now)).toBe(false);
  });

  it.each(['text', 'link', 'photo', 'multi_photo', 'video'] as const)('hands a %s post over; Facebook publishes it at its time', async (postType) => {
    const w = world();
    const { job, env, store, postId } = await handOver(w, postType);

    const [scheduled, ...others] = pagePostsWithMessage(w.sandbox, job.caption);
    expect(others).toEqual([]);
    expect(scheduled).toMatchObject({ id: postId, published: false, scheduledPublishTime: job.dueAt.getTime() });
    const context = stepContext(job, env, store);
    expect(await schedule(w).checkPublished(context, postId)).toBeNull();

    w.sandbox.advance(job.dueAt.getTime() - w.sandbox.now().getTime() + MINUTE);
    expect(await schedule(w).checkPublished(context, postId)).toEqual({
      platformPostId: postId,
      permalink: expect.stringMatching(/^https:\/\/www\.facebook\.com\/.+\/posts\/\d+$/),
    });
    expect(pagePostsWithMessage(w.sandbox, job.caption)).toHaveLength(1);
    expect(loosePagePhotos(w.sandbox)).toEqual([]);
  });

  it('moves a handed-over post to a new time', async () => {
    const w = world();
    const { job, env, store, postId } = await handOver(w, 'multi_photo');
    const later = new Date(job.dueAt.getTime() + DAY);
    await schedule(w).move(stepContext({ ...job, dueAt: later }, env, store), postId);

    expect(pagePostsWithMessage(w.sandbox, job.caption)[0]?.scheduledPublishTime).toBe(later.getTime());
    w.sandbox.advance(job.dueAt.getTime() - w.sandbox.now().getTime() + MINUTE);
    expect(await schedule(w).checkPublished(stepContext(job, env, store), postId)).toBeNull();
  });

  it.each(['multi_photo', 'video'] as const)('removes a handed-over %s post with what was uploaded for it', async (postType) => {
    const w = world();
    const { job, env, store, postId } = await handOver(w, postType);
    await schedule(w).remove(stepContext(job, env, store), postId);

    expect(pagePostsWithMessage(w.sandbox, job.caption)).toEqual([]);
    const state = w.sandbox.control.state();
    for (const step of ['uploadPhoto:0', 'uploadPhoto:1']) {
      const photoId = store.results[step]?.photoId;
      if (typeof photoId === 'string') expect(state.facebook.photos[photoId]).toBeUndefined();
    }
    const videoId = store.results.startVideoUpload?.videoId;
    if (typeof videoId === 'string') expect(state.facebook.videos[videoId]).toBeUndefined();
    // Removing it again (the post already gone) is not an error.
    await schedule(w).remove(stepContext(job, env, store), postId);
  });

  it('a hand-over whose answer was lost is found among the scheduled posts, not made twice', async () => {
    const w = world();
    const job = await jobOf(w, 'text', new Date(w.sandbox.now().getTime() + 3 * HOUR));
    const env = w.env(job);
    const store: StepStore = emptyStore();
    w.sandbox.control.faults.inject({ kind: 'dropResponse', match: { method: 'POST', pathIncludes: '/feed' } });

    await expect(runSteps(schedule(w).handOverSteps(job), job, env, store)).rejects.toBeInstanceOf(TransientError);
    await runSteps(schedule(w).handOverSteps(job), job, env, store);

    const posts = pagePostsWithMessage(w.sandbox, job.caption);
    expect(posts.map((post) => post.id)).toEqual([schedule(w).scheduledPostId(store.results)]);
  });

  it('a hand-over that did not complete is taken back by the clean-up, even a post whose answer was lost', async () => {
    const w = world();
    const job = await jobOf(w, 'multi_photo', new Date(w.sandbox.now().getTime() + 3 * HOUR));
    const env = w.env(job);
    const store: StepStore = emptyStore();
    w.sandbox.control.faults.inject({ kind: 'dropResponse', match: { method: 'POST', pathIncludes: '/feed' } });
    await expect(runSteps(schedule(w).handOverSteps(job), job, env, store)).rejects.toBeInstanceOf(TransientError);
    expect(pagePostsWithMessage(w.sandbox, job.caption)).toHaveLength(1);

    // The engine gives up on a failed hand-over and publishes the target itself: nothing may stay scheduled.
    await w.publishers.facebook.cleanUp?.(stepContext(job, env, store));

    expect(pagePostsWithMessage(w.sandbox, job.caption)).toEqual([]);
    expect(loosePagePhotos(w.sandbox)).toEqual([]);
  });
});
