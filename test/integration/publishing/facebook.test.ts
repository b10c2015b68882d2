import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { PostType } from '../../../preload/contract';
import { TransientError } from '../../../main/platforms/platformErrors';
import { emptyStore, publishToEnd, runSteps } from './runSteps';
import { paddedVerticalVideo } from './support/paddedVideo';
import { usePublishingWorld, type PublishingWorld } from './support/publishingWorld';
import { blobBytes, loosePagePhotos, pagePostsWithMessage } from './support/sandboxViews';

/**
 * Every Facebook Page post type through the publisher, against the sandbox over HTTP: text, link,
 * a photo and several photos from disk, a video from disk in the upload session's chunks; each
 * made exactly once with its permalink, also when an answer is lost or an upload drops.
 */
const world = usePublishingWorld({ seed: 'publishing-facebook' });

const publisher = () => world().publishers.facebook;
const VIDEO_CHUNK = 1024 * 1024;

async function jobOf(w: PublishingWorld, postType: PostType) {
  switch (postType) {
    case 'text':
      return w.job('page', 'text', []);
    case 'link':
      return w.job('page', 'link', [], { options: { platform: 'facebook', link: 'https://rosiesbakery.example/menu' } });
    case 'photo':
      return w.job('page', 'photo', [await w.media('camera.jpg')]);
    case 'multi_photo':
      return w.job('page', 'multi_photo', [await w.media('plain.jpg'), await w.media('camera.jpg')]);
    default:
      return w.job('page', 'video', [await w.mediaFromBytes('oven.mp4', await paddedVerticalVideo(2 * VIDEO_CHUNK + 500_000))]);
  }
}

/** Processing the sandbox does on its clock (a video): publishToEnd's sleeps move it. */
describe('Facebook publisher', () => {
  it.each(['text', 'link', 'photo', 'multi_photo', 'video'] as const)('publishes a %s post once, with its permalink', async (postType) => {
    const w = world();
    const job = await jobOf(w, postType);
    const { post } = await publishToEnd(publisher(), job, w.env(job));

    const posts = pagePostsWithMessage(w.sandbox, job.caption);
    expect(posts).toHaveLength(1);
    const made = posts[0];
    expect(made?.published).toBe(true);
    if (postType === 'video') {
      const video = w.sandbox.control.state().facebook.videos[made?.videoId ?? ''];
      expect(video).toMatchObject({ phase: 'ready', received: job.media[0]?.probe.byteSize });
      expect(post).toEqual({ platformPostId: made?.id, permalink: `https://www.facebook.com/${w.sandbox.control.state().meta.pages[w.sandbox.demo.meta.pageId]?.username}/videos/${video?.id}/` });
    } else {
      expect(post).toEqual({ platformPostId: made?.id, permalink: expect.stringMatching(/^https:\/\/www\.facebook\.com\/.+\/posts\/\d+$/) });
    }
    if (postType === 'link') expect(made?.link).toBe('https://rosiesbakery.example/menu');
    if (postType === 'multi_photo') expect(made?.attachedPhotoIds).toHaveLength(2);
    expect(loosePagePhotos(w.sandbox)).toEqual([]);
  });

  it('sends a photo without its location and camera details, upright, with its colour profile', async () => {
    const w = world();
    const job = await jobOf(w, 'photo');
    expect(job.media[0]?.probe).toMatchObject({ hasLocation: true, hasCameraDetails: true, orientation: 6 });
    await publishToEnd(publisher(), job, w.env(job));

    const photoId = pagePostsWithMessage(w.sandbox, job.caption)[0]?.attachedPhotoIds[0] ?? '';
    const photo = w.sandbox.control.state().facebook.photos[photoId];
    const sent = await sharp(blobBytes(w.sandbox, photo?.blobId ?? '')).metadata();
    expect(sent.exif).toBeUndefined();
    expect(sent.icc).toBeDefined();
    expect([sent.width, sent.height]).toEqual([400, 600]);
  });

  it.each([
    ['text', '/feed'],
    ['photo', '/photos'],
    ['multi_photo', '/feed'],
  ] as const)('a %s post whose answer was lost is found on the Page, not made twice', async (postType, path) => {
    const w = world();
    const job = await jobOf(w, postType);
    const env = w.env(job);
    const store = emptyStore();
    await runSteps(publisher().steps(job), job, env, store, { stopBefore: 'publish' });
    w.sandbox.control.faults.inject({ kind: 'dropResponse', match: { method: 'POST', pathIncludes: path } });

    await expect(runSteps(publisher().steps(job), job, env, store)).rejects.toBeInstanceOf(TransientError);
    expect(store.started).toBe('publish');
    const { post, events } = await publishToEnd(publisher(), job, env, { store });

    expect(events.filter((event) => event.step === 'publish')).toEqual([{ step: 'publish', kind: 'confirmed' }]);
    const posts = pagePostsWithMessage(w.sandbox, job.caption);
    expect(posts.map((made) => made.id)).toEqual([post.platformPostId]);
    expect(loosePagePhotos(w.sandbox)).toEqual([]);
  });

  it('a post that was never made (Facebook failing every time) leaves no uploaded photos behind', async () => {
    const w = world();
    const job = await jobOf(w, 'multi_photo');
    w.sandbox.control.faults.inject({ kind: 'serverError', status: 500, match: { method: 'POST', pathIncludes: '/feed' }, times: null });

    await expect(publishToEnd(publisher(), job, w.env(job))).rejects.toBeInstanceOf(TransientError);
    w.sandbox.control.faults.clear();
    expect(pagePostsWithMessage(w.sandbox, job.caption)).toEqual([]);
    expect(loosePagePhotos(w.sandbox)).toEqual([]);
  });

  describe('video', () => {
    it('a chunk dropped mid-way is sent again from the bytes the server holds', async () => {
      const w = world();
      const job = await jobOf(w, 'video');
      const env = w.env(job);
      const store = emptyStore();
      await runSteps(publisher().steps(job), job, env, store, { stopBefore: 'uploadVideo' });
      w.sandbox.control.faults.inject({ kind: 'dropConnection', match: { method: 'POST', pathIncludes: '/videos' }, afterBytes: 300_000 });
      const { post } = await publishToEnd(publisher(), job, env, { store });

      expect(w.sandbox.control.faults.log().filter((entry) => entry.kind === 'dropConnection')).toHaveLength(1);
      expect(pagePostsWithMessage(w.sandbox, job.caption).map((made) => made.id)).toEqual([post.platformPostId]);
      const fractions = env.reports.filter((report) => report.step === 'uploadVideo').map((report) => report.fraction);
      expect(fractions.at(-1)).toBe(1);
    });

    it('a chunk whose answer was lost is not sent twice: the upload goes on where the server is', async () => {
      const w = world();
      const job = await jobOf(w, 'video');
      const env = w.env(job);
      const store = emptyStore();
      await runSteps(publisher().steps(job), job, env, store, { stopBefore: 'uploadVideo' });
      w.sandbox.control.faults.inject({ kind: 'dropResponse', match: { method: 'POST', pathIncludes: '/videos' } });
      const { post } = await publishToEnd(publisher(), job, env, { store });

      const made = pagePostsWithMessage(w.sandbox, job.caption);
      expect(made.map((one) => one.id)).toEqual([post.platformPostId]);
      expect(w.sandbox.control.state().facebook.videos[made[0]?.videoId ?? '']?.received).toBe(job.media[0]?.probe.byteSize);
    });

    it('a finish whose answer was lost is confirmed on the video', async () => {
      const w = world();
      const job = await jobOf(w, 'video');
      const env = w.env(job);
      const store = emptyStore();
      await runSteps(publisher().steps(job), job, env, store, { stopBefore: 'finishVideoUpload' });
      w.sandbox.control.faults.inject({ kind: 'dropResponse', match: { method: 'POST', pathIncludes: '/videos' } });
      await expect(runSteps(publisher().steps(job), job, env, store)).rejects.toBeInstanceOf(TransientError);

      const { post, events } = await publishToEnd(publisher(), job, env, { store });
      expect(events.filter((event) => event.step === 'finishVideoUpload')).toEqual([{ step: 'finishVideoUpload', kind: 'confirmed' }]);
      expect(pagePostsWithMessage(w.sandbox, job.caption).map((made) => made.id)).toEqual([post.platformPostId]);
    });
  });
});
