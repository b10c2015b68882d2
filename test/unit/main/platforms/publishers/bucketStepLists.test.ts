import { describe, expect, it } from 'vitest';
import type { MediaProbe } from '../../../../../preload/contract';
import type { PublishJob, PublishMedia } from '../../../../../main/platforms/publisher';
import { createPublishers } from '../../../../../main/platforms/publishers';
import { PublicHostNeededError } from '../../../../../main/platforms/publishing/publishErrors';
import { memoryStagingBucket, NO_BUCKET, PRIVATE_BUCKET, PUBLIC_BUCKET } from '../../../../support/memoryStagingBucket';
import { fakeStepContext, jobFor } from './fakeStepContext';

/**
 * Which steps each post type goes through when media reach the platform through a storage bucket:
 * Instagram on both login paths (the step names do not depend on the host chosen at run time), and
 * TikTok photo posts, which need a bucket on a domain verified with TikTok.
 */
function publishersWith(capabilities: { canStage: boolean; canServeTikTokPhotos: boolean }) {
  return createPublishers({
    library: { itemsByIds: () => new Map(), filePath: async () => null },
    accounts: { get: () => undefined, setTikTokCreator: () => undefined },
    publishingLimits: { record: () => undefined },
    stagingBucket: memoryStagingBucket(capabilities),
  });
}

const probe = (kind: 'image' | 'video'): MediaProbe =>
  ({ kind, format: kind === 'image' ? 'jpeg' : 'mp4', width: 1080, height: 1080, byteSize: 1000, hasLocation: false, hasCameraDetails: false }) as MediaProbe;
const media = (id: string, kind: 'image' | 'video'): PublishMedia => ({ id, kind, filePath: `/media/${id}`, originalName: id, probe: probe(kind) });
const names = (steps: readonly { name: string }[]) => steps.map((step) => step.name);

const instagramLogin = { ...jobFor().account, loginPath: 'instagram_login' } as const;
const reelWithCover = { platform: 'instagram', shareToFeed: true, coverMediaId: 'cover', thumbOffsetMs: null, altTexts: {}, firstComment: null } as const;

describe('Instagram steps through a bucket', () => {
  const instagram = (capabilities: { canStage: boolean; canServeTikTokPhotos: boolean }, overrides: Partial<PublishJob>) =>
    names(publishersWith(capabilities).instagram.steps(jobFor(overrides)));

  it('Facebook Login: the same steps with or without a bucket (the stage step picks the host when it runs)', () => {
    const carousel = { postType: 'carousel', media: [media('a', 'image'), media('b', 'video')] } as const;
    expect(instagram(PRIVATE_BUCKET, carousel)).toEqual(instagram(NO_BUCKET, carousel));
    expect(instagram(PRIVATE_BUCKET, carousel)).toEqual([
      'readPublishingLimit',
      'stageImage:0',
      'createContainer:0',
      'createContainer:1',
      'uploadVideo:1',
      'waitForItems',
      'createCarousel',
      'waitForContainer',
      'notePublishedMedia',
      'publish',
      'fetchPermalink',
    ]);
  });

  it('Instagram Login: a feed photo is staged in the bucket, then contained from its address', () => {
    expect(instagram(PRIVATE_BUCKET, { postType: 'feed', media: [media('a', 'image')], account: instagramLogin })).toEqual([
      'readPublishingLimit',
      'stageImage:0',
      'createContainer:0',
      'waitForContainer',
      'notePublishedMedia',
      'publish',
      'fetchPermalink',
    ]);
  });

  it('Instagram Login: videos are staged in the bucket too, never uploaded resumably (Facebook Login only)', () => {
    const carousel = instagram(PRIVATE_BUCKET, { postType: 'carousel', media: [media('a', 'image'), media('b', 'video')], account: instagramLogin });
    expect(carousel).toEqual([
      'readPublishingLimit',
      'stageImage:0',
      'createContainer:0',
      'stageVideo:1',
      'createContainer:1',
      'waitForItems',
      'createCarousel',
      'waitForContainer',
      'notePublishedMedia',
      'publish',
      'fetchPermalink',
    ]);
    const reel = instagram(PRIVATE_BUCKET, { postType: 'reel', media: [media('v', 'video'), media('cover', 'image')], options: reelWithCover, account: instagramLogin });
    expect(reel).toEqual(['readPublishingLimit', 'stageCover', 'stageVideo:0', 'createContainer:0', 'waitForContainer', 'notePublishedMedia', 'publish', 'fetchPermalink']);
    expect(reel.some((name) => name.startsWith('uploadVideo'))).toBe(false);
  });

  it('Instagram Login without a bucket stops before any call and says to set one up in Settings', async () => {
    const job = jobFor({ postType: 'story', media: [media('v', 'video')], account: instagramLogin });
    const steps = publishersWith(NO_BUCKET).instagram.steps(job);
    expect(names(steps)).toEqual(['stageMedia']);
    const calls: string[] = [];
    const error = await steps[0]?.run(fakeStepContext(job, (_network, config) => calls.push(config.url ?? '')).context).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PublicHostNeededError);
    expect(error).toMatchObject({ code: 'POST_NOT_READY', action: expect.stringContaining('Set up a storage bucket in Settings') });
    expect(calls).toEqual([]);
  });
});

describe('TikTok photo steps', () => {
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
    title: 'Morning bake',
  } as const;
  const photoJob = jobFor({ platform: 'tiktok', postType: 'photo', media: [media('a', 'image'), media('b', 'image')], options, account: tiktok });

  it('with a bucket on a verified domain: creator settings, each photo staged, one init, the wait, the permalink', () => {
    const steps = publishersWith(PUBLIC_BUCKET).tiktok.steps(photoJob);
    expect(names(steps)).toEqual(['readCreatorInfo', 'stagePhoto:0', 'stagePhoto:1', 'initPhotoPost', 'waitForPost', 'fetchPermalink']);
    // TikTok may post it once it has the addresses: the init commits, and a lost answer is looked for first.
    const init = steps.find((step) => step.name === 'initPhotoPost');
    expect(init).toMatchObject({ commits: true, confirm: expect.any(Function) });
    expect(steps.filter((step) => step.confirm).map((step) => step.name)).toEqual(['initPhotoPost']);
  });

  it.each([
    ['no bucket', NO_BUCKET],
    ['a bucket without a public domain verified with TikTok', PRIVATE_BUCKET],
  ])('with %s: one step that stops before any call, offering video instead', async (_name, capabilities) => {
    const steps = publishersWith(capabilities).tiktok.steps(photoJob);
    expect(names(steps)).toEqual(['stagePhotos']);
    const error = await steps[0]?.run(fakeStepContext(photoJob, () => null).context).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PublicHostNeededError);
    expect(error).toMatchObject({ action: expect.stringContaining('as a video') });
  });

  it('a video post stages nothing, whatever the bucket', () => {
    const video = jobFor({ platform: 'tiktok', postType: 'video', media: [media('v', 'video')], options, account: tiktok });
    expect(names(publishersWith(PUBLIC_BUCKET).tiktok.steps(video))).toEqual(['readCreatorInfo', 'initUpload', 'uploadVideo', 'waitForPost', 'fetchPermalink']);
  });
});
