import { describe, expect, it } from 'vitest';
import type { MediaProbe } from '../../../../../preload/contract';
import type { PublishMedia } from '../../../../../main/platforms/publisher';
import { PublicHostNeededError } from '../../../../../main/platforms/publishing/publishErrors';
import { createPublishers } from '../../../../../main/platforms/publishers';
import { memoryStagingBucket } from '../../../../support/memoryStagingBucket';
import { fakeStepContext, jobFor } from './fakeStepContext';

/** Which steps each post type goes through, in order: the names the engine persists results under. */
const bucket = memoryStagingBucket();
const publishers = createPublishers({
  library: { itemsByIds: () => new Map(), filePath: async () => null },
  accounts: { get: () => undefined, setTikTokCreator: () => undefined },
  publishingLimits: { record: () => undefined },
  stagingBucket: bucket,
});

const probe = (kind: 'image' | 'video'): MediaProbe =>
  ({ kind, format: kind === 'image' ? 'jpeg' : 'mp4', width: 1080, height: 1080, byteSize: 1000, hasLocation: false, hasCameraDetails: false }) as MediaProbe;
const media = (id: string, kind: 'image' | 'video'): PublishMedia => ({ id, kind, filePath: `/media/${id}`, originalName: id, probe: probe(kind) });
const names = (steps: readonly { name: string }[]) => steps.map((step) => step.name);

describe('Instagram steps', () => {
  const steps = (overrides: Parameters<typeof jobFor>[0]) => names(publishers.instagram.steps(jobFor(overrides)));

  it('a feed photo: limit, stage, container, wait, publish, permalink', () => {
    expect(steps({ postType: 'feed', media: [media('a', 'image')] })).toEqual([
      'readPublishingLimit',
      'stageImage:0',
      'createContainer:0',
      'waitForContainer',
      'notePublishedMedia',
      'publish',
      'fetchPermalink',
    ]);
  });

  it('a carousel: every item, the items waited for, then the carousel container', () => {
    expect(steps({ postType: 'carousel', media: [media('a', 'image'), media('b', 'video'), media('c', 'image')] })).toEqual([
      'readPublishingLimit',
      'stageImage:0',
      'createContainer:0',
      'createContainer:1',
      'uploadVideo:1',
      'stageImage:2',
      'createContainer:2',
      'waitForItems',
      'createCarousel',
      'waitForContainer',
      'notePublishedMedia',
      'publish',
      'fetchPermalink',
    ]);
  });

  it('a reel with a cover picture stages the cover; the cover is not an item', () => {
    const options = { platform: 'instagram', shareToFeed: false, coverMediaId: 'cover', thumbOffsetMs: null, altTexts: {}, firstComment: null } as const;
    expect(steps({ postType: 'reel', media: [media('v', 'video'), media('cover', 'image')], options })).toEqual([
      'readPublishingLimit',
      'stageCover',
      'createContainer:0',
      'uploadVideo:0',
      'waitForContainer',
      'notePublishedMedia',
      'publish',
      'fetchPermalink',
    ]);
  });

  it('a cover chosen while the post was a reel is ignored once it is a feed post', () => {
    const options = { platform: 'instagram', shareToFeed: true, coverMediaId: 'a', thumbOffsetMs: null, altTexts: {}, firstComment: null } as const;
    expect(steps({ postType: 'feed', media: [media('a', 'image')], options })).toContain('stageImage:0');
  });

  it('only the publish step can have happened without its answer: it alone has a confirm', () => {
    const all = publishers.instagram.steps(jobFor({ postType: 'carousel', media: [media('a', 'image'), media('b', 'video')] }));
    expect(all.filter((step) => step.confirm).map((step) => step.name)).toEqual(['publish']);
  });

  it('an account without a Facebook Page stops at once: Instagram needs a public host for its media', async () => {
    const job = jobFor({ account: { ...jobFor().account, loginPath: 'instagram_login' }, media: [media('a', 'image')] });
    const steps = publishers.instagram.steps(job);
    expect(names(steps)).toEqual(['stageMedia']);
    const error = await steps[0]?.run(fakeStepContext(job, () => null).context).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PublicHostNeededError);
    expect((error as Error).message).toContain('@rosiesbakery is connected without a Facebook Page');
  });
});

describe('Facebook steps', () => {
  const page = { id: 'fb', platform: 'facebook', platformAccountId: '1040', loginPath: 'facebook_login', isDemo: true, displayName: "Rosie's Bakery" } as const;
  const job = (postType: 'text' | 'photo' | 'multi_photo' | 'video', items: PublishMedia[] = []) =>
    jobFor({ platform: 'facebook', postType, media: items, options: { platform: 'facebook', link: null, firstComment: null }, account: page });

  it.each([
    ['text', [], ['begin', 'publish', 'fetchPermalink']],
    ['photo', [media('a', 'image')], ['begin', 'publish', 'fetchPermalink']],
    ['multi_photo', [media('a', 'image'), media('b', 'image')], ['begin', 'uploadPhoto:0', 'uploadPhoto:1', 'publish', 'fetchPermalink']],
    ['video', [media('v', 'video')], ['begin', 'startVideoUpload', 'uploadVideo', 'finishVideoUpload', 'waitForVideo', 'fetchPermalink']],
  ] as const)('%s: publishing now', (postType, items, expected) => {
    expect(names(publishers.facebook.steps(job(postType, [...items])))).toEqual(expected);
  });

  it.each([
    ['text', [], ['begin', 'schedulePost']],
    ['multi_photo', [media('a', 'image'), media('b', 'image')], ['begin', 'uploadPhoto:0', 'uploadPhoto:1', 'schedulePost']],
    ['video', [media('v', 'video')], ['begin', 'startVideoUpload', 'uploadVideo', 'scheduleVideo', 'waitForVideo', 'findScheduledPost']],
  ] as const)('%s: handing over to Facebook’s schedule', (postType, items, expected) => {
    expect(names(publishers.facebook.platformSchedule?.handOverSteps(job(postType, [...items])) ?? [])).toEqual(expected);
  });

  it('the calls that make the post are confirmed on the Page before they are repeated', () => {
    const steps = publishers.facebook.steps(job('video', [media('v', 'video')]));
    expect(steps.filter((step) => step.confirm).map((step) => step.name)).toEqual(['finishVideoUpload']);
    const handOver = publishers.facebook.platformSchedule?.handOverSteps(job('text')) ?? [];
    expect(handOver.filter((step) => step.confirm).map((step) => step.name)).toEqual(['schedulePost']);
  });
});

describe('TikTok steps', () => {
  const tiktok = { id: 'tt', platform: 'tiktok', platformAccountId: 'open-1', loginPath: 'tiktok_login', isDemo: true, displayName: 'Rosie' } as const;
  const options = {
    platform: 'tiktok',
    privacyLevel: 'SELF_ONLY',
    allowComments: false,
    allowDuet: false,
    allowStitch: false,
    discloseCommercialContent: false,
    promotesOwnBusiness: false,
    brandedContent: false,
    coverTimestampMs: null,
    title: null,
  } as const;

  it('a video: creator settings, init, upload, wait, permalink; init has no confirm (a new one is safe)', () => {
    const steps = publishers.tiktok.steps(jobFor({ platform: 'tiktok', postType: 'video', media: [media('v', 'video')], options, account: tiktok }));
    expect(names(steps)).toEqual(['readCreatorInfo', 'initUpload', 'uploadVideo', 'waitForPost', 'fetchPermalink']);
    expect(steps.some((step) => step.confirm)).toBe(false);
  });

  it('a photo post needs a host on a verified domain, which Outpost does not have yet', async () => {
    const job = jobFor({ platform: 'tiktok', postType: 'photo', media: [media('a', 'image')], options, account: tiktok });
    const [step, ...others] = publishers.tiktok.steps(job);
    expect(others).toEqual([]);
    await expect(step?.run(fakeStepContext(job, () => null).context)).rejects.toBeInstanceOf(PublicHostNeededError);
  });
});
