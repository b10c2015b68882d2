import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MediaRejectedError, TransientError } from '../../../main/platforms/platformErrors';
import { MINUTE } from '../platforms/support/platformSandbox';
import { emptyStore, publishToEnd, runSteps } from './runSteps';
import { usePublishingWorld } from './support/publishingWorld';
import { blobBytes, instagramMediaOfContainer, instagramPostsCaptioned, loosePagePhotos } from './support/sandboxViews';

/**
 * Every Instagram post type through the publisher, against the sandbox over HTTP, on the Facebook
 * Login path: photos staged on the linked Page, videos uploaded from disk, containers waited for,
 * published exactly once, the permalink kept, and the Page left without staged photos.
 */
const CONTAINER_LIFETIME_MS = 10 * MINUTE;
const world = usePublishingWorld({ seed: 'publishing-instagram', settings: { timing: { containerLifetimeMs: CONTAINER_LIFETIME_MS } } });

const publisher = () => world().publishers.instagram;

describe('Instagram publisher', () => {
  it('publishes a feed photo once, keeps its permalink and removes the photo staged on the Page', async () => {
    const w = world();
    const job = w.job('instagram', 'feed', [await w.media('plain.jpg')]);
    const env = w.env(job);
    const { post, store } = await publishToEnd(publisher(), job, env);

    const [media, ...others] = instagramPostsCaptioned(w.sandbox, job.caption);
    expect(others).toEqual([]);
    expect(media).toMatchObject({ mediaType: 'IMAGE', productType: 'FEED' });
    expect(post).toEqual({ platformPostId: media?.id, permalink: `https://www.instagram.com/p/${media?.shortcode}/` });
    expect(Object.keys(store.results)).toEqual(['readPublishingLimit', 'stageImage:0', 'createContainer:0', 'waitForContainer', 'notePublishedMedia', 'publish', 'fetchPermalink']);
    expect(loosePagePhotos(w.sandbox)).toEqual([]);
    expect(w.limits.read(w.accountIds.instagram)).toMatchObject({ quotaTotal: 50, quotaDurationSeconds: 86_400, readAt: expect.any(String) });
  });

  it('publishes a carousel of two photos and a video as one post', async () => {
    const w = world();
    const job = w.job('instagram', 'carousel', [await w.media('plain.jpg'), await w.media('large.jpg'), await w.media('vertical.mp4')]);
    const env = w.env(job);
    const { post, store } = await publishToEnd(publisher(), job, env);

    const [carousel, ...others] = instagramPostsCaptioned(w.sandbox, job.caption);
    expect(others).toEqual([]);
    expect(carousel).toMatchObject({ mediaType: 'CAROUSEL_ALBUM' });
    expect(carousel?.children).toHaveLength(3);
    const children = carousel?.children.map((id) => w.sandbox.control.state().instagram.media[id]?.mediaType);
    expect(children).toEqual(['IMAGE', 'IMAGE', 'VIDEO']);
    expect(post.platformPostId).toBe(carousel?.id);
    expect(post.permalink).toBe(`https://www.instagram.com/p/${carousel?.shortcode}/`);
    expect(Object.keys(store.results)).toContain('createCarousel');
    expect(env.reports.filter((report) => report.step === 'uploadVideo:2').at(-1)?.fraction).toBe(1);
    expect(loosePagePhotos(w.sandbox)).toEqual([]);
  });

  it('publishes a reel from disk with a cover picture, shared to the feed', async () => {
    const w = world();
    const cover = await w.media('plain.jpg');
    const video = await w.media('vertical.mp4');
    const job = w.job('instagram', 'reel', [video, cover], { options: { platform: 'instagram', coverMediaId: cover.id, shareToFeed: true } });
    const env = w.env(job);
    const { post, store } = await publishToEnd(publisher(), job, env);

    const [reel, ...others] = instagramPostsCaptioned(w.sandbox, job.caption);
    expect(others).toEqual([]);
    expect(reel).toMatchObject({ mediaType: 'VIDEO', productType: 'REELS' });
    expect(post.permalink).toBe(`https://www.instagram.com/reel/${reel?.shortcode}/`);
    expect(Object.keys(store.results)).toEqual(['readPublishingLimit', 'stageCover', 'createContainer:0', 'uploadVideo:0', 'waitForContainer', 'notePublishedMedia', 'publish', 'fetchPermalink']);
    const fractions = env.reports.filter((report) => report.step === 'uploadVideo:0').map((report) => report.fraction);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(loosePagePhotos(w.sandbox)).toEqual([]);
  });

  it.each([
    ['photo', 'plain.jpg', 'IMAGE'],
    ['video', 'vertical.mp4', 'VIDEO'],
  ] as const)('publishes a %s story', async (_kind, fixture, mediaType) => {
    const w = world();
    const job = w.job('instagram', 'story', [await w.media(fixture)]);
    const { post, store } = await publishToEnd(publisher(), job, w.env(job));

    const containerId = store.results['createContainer:0']?.containerId as string;
    const [story, ...others] = instagramMediaOfContainer(w.sandbox, containerId);
    expect(others).toEqual([]);
    expect(story).toMatchObject({ mediaType, productType: 'STORY', caption: '' });
    expect(post).toEqual({ platformPostId: story?.id, permalink: expect.stringContaining(`/stories/`) });
  });

  it('removes location and camera details before the photo leaves the machine, keeping its colour profile', async () => {
    const w = world();
    const photo = await w.media('large.jpg');
    expect(photo.probe).toMatchObject({ hasLocation: true, hasCameraDetails: true });
    const job = w.job('instagram', 'feed', [photo]);
    const { post } = await publishToEnd(publisher(), job, w.env(job));

    const posted = await sharp(blobBytes(w.sandbox, `ig-media-${post.platformPostId}`)).metadata();
    expect(posted.exif).toBeUndefined();
    expect(posted.xmp).toBeUndefined();
    expect(posted.icc).toBeDefined();
    expect(posted.format).toBe('jpeg');
  });

  it.each([
    ['feed photo', 'feed', ['plain.jpg']],
    ['carousel', 'carousel', ['plain.jpg', 'large.jpg']],
    ['video story', 'story', ['vertical.mp4']],
  ] as const)('a %s whose publish answer was lost is found on the platform, not published twice', async (_name, postType, fixtures) => {
    const w = world();
    const job = w.job('instagram', postType, await Promise.all(fixtures.map((fixture) => w.media(fixture))));
    const env = w.env(job);
    const store = emptyStore();
    w.sandbox.control.faults.inject({ kind: 'dropResponse', match: { pathIncludes: '/media_publish' } });

    await expect(runSteps(publisher().steps(job), job, env, store)).rejects.toBeInstanceOf(TransientError);
    expect(store.started).toBe('publish');
    const { post, events: resumed } = await publishToEnd(publisher(), job, env, { store });

    expect(resumed.filter((event) => event.step === 'publish')).toEqual([{ step: 'publish', kind: 'confirmed' }]);
    const containerId = (store.results.createCarousel ?? store.results['createContainer:0'])?.containerId as string;
    const posted = instagramMediaOfContainer(w.sandbox, containerId);
    expect(posted.map((media) => media.id)).toEqual([post.platformPostId]);
    expect(post.permalink).toMatch(/^https:\/\/www\.instagram\.com\//);
    expect(loosePagePhotos(w.sandbox)).toEqual([]);
  });

  it('an upload dropped mid-way resumes from the bytes Meta holds', async () => {
    const w = world();
    const video = await w.media('vertical.mp4');
    const half = Math.floor(video.probe.byteSize / 2);
    const job = w.job('instagram', 'reel', [video]);
    w.sandbox.control.faults.inject({ kind: 'dropConnection', match: { hosts: ['metaUpload'] }, afterBytes: half });
    const { post } = await publishToEnd(publisher(), job, w.env(job));

    expect(w.sandbox.control.faults.log().filter((entry) => entry.kind === 'dropConnection')).toHaveLength(1);
    expect(instagramPostsCaptioned(w.sandbox, job.caption).map((media) => media.id)).toEqual([post.platformPostId]);
  });

  it('a container stuck until it expires needs a new one: the steps start over and the first staged photo is removed', async () => {
    const w = world();
    const job = w.job('instagram', 'feed', [await w.media('plain.jpg')]);
    const containersBefore = new Set(Object.keys(w.sandbox.control.state().instagram.containers));
    w.sandbox.control.faults.stickContainers(1);

    const { post, errors, events } = await publishToEnd(publisher(), job, w.env(job));

    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(TransientError);
    expect(errors[0]).toMatchObject({ needsNewContainer: true, details: { subcode: 2207020 } });
    const containers = Object.values(w.sandbox.control.state().instagram.containers).filter((container) => !containersBefore.has(container.id));
    expect(containers.map((container) => container.status).sort()).toEqual(['EXPIRED', 'PUBLISHED']);
    // Staged and contained twice: the second time from a newly staged photo, the first one removed.
    expect(events.filter((event) => event.step === 'stageImage:0' && event.kind === 'run')).toHaveLength(2);
    expect(instagramPostsCaptioned(w.sandbox, job.caption).map((media) => media.id)).toEqual([post.platformPostId]);
    expect(loosePagePhotos(w.sandbox)).toEqual([]);
  });

  it('a photo Instagram refuses fails for good, and the photo staged for it is removed', async () => {
    const w = world();
    const job = w.job('instagram', 'feed', [await w.media('plain.jpg')]);
    w.sandbox.control.faults.rejectMedia({ platform: 'instagram', reason: 2207009 });

    const error = await publishToEnd(publisher(), job, w.env(job)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MediaRejectedError);
    expect(error).toMatchObject({ details: { subcode: 2207009 } });
    expect(instagramPostsCaptioned(w.sandbox, job.caption)).toEqual([]);
    expect(loosePagePhotos(w.sandbox)).toEqual([]);
  });
});
