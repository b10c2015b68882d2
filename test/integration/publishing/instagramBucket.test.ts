import { afterEach, describe, expect, it } from 'vitest';
import type { PostType } from '../../../preload/contract';
import { MediaRejectedError, TransientError } from '../../../main/platforms/platformErrors';
import { PublicHostNeededError } from '../../../main/platforms/publishing/publishErrors';
import type { MediaFixtureName } from '../../support/mediaFixtures';
import { emptyStore, publishToEnd, runSteps } from './runSteps';
import { usePublishingWorld, type PublishingWorld } from './support/publishingWorld';
import { instagramMediaOfContainer, instagramPostsCaptioned, loosePagePhotos } from './support/sandboxViews';
import { connectInstagramWith, useTestBucket } from './support/stagingBucket';

/**
 * Instagram through the owner's storage bucket, against the sandbox and the S3 sandbox over HTTP:
 * on both login paths photos (and a reel's cover) are put in the bucket and handed to Instagram by
 * pre-signed address, nothing is left on the Page; on the Instagram Login path videos go the same
 * way (graph.instagram.com has no Page and no resumable upload). Each post is published once with
 * its permalink, and the bucket is empty afterwards, whether the post went out or was refused.
 */
const world = usePublishingWorld({ seed: 'publishing-instagram-bucket' });
const bucket = useTestBucket(world);

const publisher = () => world().publishers.instagram;

afterEach(async () => {
  bucket().remove();
  await connectInstagramWith(world(), 'facebook_login');
});

async function jobOf(w: PublishingWorld, postType: PostType, fixtures: readonly MediaFixtureName[], cover?: MediaFixtureName) {
  const media = await Promise.all(fixtures.map((fixture) => w.media(fixture)));
  if (!cover) return w.job('instagram', postType, media);
  const picture = await w.media(cover);
  return w.job('instagram', postType, [...media, picture], { options: { platform: 'instagram', coverMediaId: picture.id, shareToFeed: true } });
}

const CASES = [
  { name: 'a feed photo', postType: 'feed', fixtures: ['plain.jpg'], mediaType: 'IMAGE' },
  { name: 'a carousel of two photos and a video', postType: 'carousel', fixtures: ['plain.jpg', 'large.jpg', 'vertical.mp4'], mediaType: 'CAROUSEL_ALBUM' },
  { name: 'a reel with a cover picture', postType: 'reel', fixtures: ['vertical.mp4'], cover: 'plain.jpg', mediaType: 'VIDEO' },
] as const satisfies readonly { name: string; postType: PostType; fixtures: readonly MediaFixtureName[]; cover?: MediaFixtureName; mediaType: string }[];

describe.each(['facebook_login', 'instagram_login'] as const)('Instagram through a storage bucket, %s', (path) => {
  it.each(CASES)('publishes $name once, keeps its permalink, and leaves the bucket and the Page empty', async (item) => {
    const w = world();
    await connectInstagramWith(w, path);
    await bucket().setUp();
    const job = await jobOf(w, item.postType, item.fixtures, 'cover' in item ? item.cover : undefined);
    const { post, store } = await publishToEnd(publisher(), job, w.env(job));

    const [media, ...others] = instagramPostsCaptioned(w.sandbox, job.caption);
    expect(others).toEqual([]);
    expect(media).toMatchObject({ mediaType: item.mediaType });
    expect(post).toEqual({ platformPostId: media?.id, permalink: expect.stringContaining(`/${media?.shortcode}/`) });

    const staged = Object.entries(store.results).filter(([step]) => step.startsWith('stage'));
    expect(staged.length).toBeGreaterThan(0);
    expect(staged.every(([, result]) => result.host === 'bucket')).toBe(true);
    // Instagram fetched every file from the bucket by pre-signed address, on the account's own host.
    const containers = Object.values(w.sandbox.control.state().instagram.containers).filter((container) => container.caption === job.caption || store.results['createContainer:0']?.containerId === container.id);
    expect(containers.length).toBeGreaterThan(0);
    expect(containers.every((container) => container.host === (path === 'instagram_login' ? 'instagram' : 'facebook'))).toBe(true);
    const videoUploads = Object.keys(store.results).filter((step) => step.startsWith('uploadVideo'));
    expect(videoUploads.length > 0).toBe(path === 'facebook_login' && item.fixtures.some((fixture) => fixture.endsWith('.mp4')));

    expect(bucket().keys()).toEqual([]);
    expect(loosePagePhotos(w.sandbox)).toEqual([]);
  });

  it('a photo Instagram refuses fails for good, and the photo put in the bucket for it is removed', async () => {
    const w = world();
    await connectInstagramWith(w, path);
    await bucket().setUp();
    const job = await jobOf(w, 'feed', ['plain.jpg']);
    w.sandbox.control.faults.rejectMedia({ platform: 'instagram', reason: 2207009 });

    const error = await publishToEnd(publisher(), job, w.env(job)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MediaRejectedError);
    expect(instagramPostsCaptioned(w.sandbox, job.caption)).toEqual([]);
    expect(bucket().keys()).toEqual([]);
  });
});

describe('Instagram Login', () => {
  it('without a bucket: the check refuses the post, and the steps stop before any call, asking for a bucket in Settings', async () => {
    const w = world();
    await connectInstagramWith(w, 'instagram_login');
    const job = await jobOf(w, 'feed', ['plain.jpg']);
    expect((await publisher().check(job)).map((issue) => issue.code)).toEqual(['instagram.account.needs_bucket']);

    const answers = w.sandbox.tap('instagramGraph');
    const before = answers.responses.length;
    const error = await runSteps(publisher().steps(job), job, w.env(job), emptyStore()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PublicHostNeededError);
    expect(error).toMatchObject({ code: 'POST_NOT_READY', action: expect.stringContaining('Set up a storage bucket in Settings') });
    expect(answers.responses.length).toBe(before);
  });

  it('a publish whose answer was lost is found on graph.instagram.com, not published twice, and the bucket is emptied', async () => {
    const w = world();
    await connectInstagramWith(w, 'instagram_login');
    await bucket().setUp();
    const job = await jobOf(w, 'carousel', ['plain.jpg', 'vertical.mp4']);
    const env = w.env(job);
    const store = emptyStore();
    w.sandbox.control.faults.inject({ kind: 'dropResponse', match: { pathIncludes: '/media_publish' } });

    await expect(runSteps(publisher().steps(job), job, env, store)).rejects.toBeInstanceOf(TransientError);
    expect(store.started).toBe('publish');
    const { post, events } = await publishToEnd(publisher(), job, env, { store });

    expect(events.filter((event) => event.step === 'publish')).toEqual([{ step: 'publish', kind: 'confirmed' }]);
    const containerId = store.results.createCarousel?.containerId as string;
    expect(instagramMediaOfContainer(w.sandbox, containerId).map((media) => media.id)).toEqual([post.platformPostId]);
    expect(bucket().keys()).toEqual([]);
  });
});

describe('a bucket set up while a post is under way (Facebook Login)', () => {
  it('a photo already on the Page is contained from the Page and removed from it, not looked for in the bucket', async () => {
    const w = world();
    const job = await jobOf(w, 'feed', ['plain.jpg']);
    const env = w.env(job);
    const store = emptyStore();
    await runSteps(publisher().steps(job), job, env, store, { stopBefore: 'createContainer:0' });
    expect(store.results['stageImage:0']).toMatchObject({ host: 'page' });
    expect(loosePagePhotos(w.sandbox)).toHaveLength(1);

    await bucket().setUp();
    const { post } = await publishToEnd(publisher(), job, env, { store });

    expect(instagramPostsCaptioned(w.sandbox, job.caption).map((media) => media.id)).toEqual([post.platformPostId]);
    expect(loosePagePhotos(w.sandbox)).toEqual([]);
    expect(bucket().keys()).toEqual([]);
  });
});
