import type { AxiosRequestConfig } from 'axios';
import { describe, expect, it } from 'vitest';
import type { PublishMedia, StepResults } from '../../../../../main/platforms/publisher';
import { TransientError } from '../../../../../main/platforms/platformErrors';
import { TIKTOK_PHOTO_LISTING_WAIT_MS } from '../../../../../main/platforms/publishing/publishingTimes';
import { photoSteps } from '../../../../../main/platforms/tiktok/tiktokPhotoSteps';
import { memoryStagingBucket, MEMORY_BUCKET_PUBLIC_BASE, PUBLIC_BUCKET } from '../../../../support/memoryStagingBucket';
import { fakeStepContext, jobFor } from '../publishers/fakeStepContext';

/**
 * A TikTok photo post's init: the body TikTok's reference asks for (6.2 [S83]), and what a lost
 * answer leads to: the post found among the creator's posts, "not yet" while TikTok may still be
 * processing it, and a new init only once that time is over.
 */
const photo = (id: string): PublishMedia => ({ id, kind: 'image', filePath: `/media/${id}`, originalName: `${id}.jpg`, probe: { kind: 'image' } as PublishMedia['probe'] });
const job = jobFor({
  platform: 'tiktok',
  postType: 'photo',
  caption: 'Fresh from the oven',
  media: [photo('a'), photo('b')],
  account: { id: 'tt', platform: 'tiktok', platformAccountId: 'open-1', loginPath: 'tiktok_login', isDemo: true, displayName: 'Rosie' },
  options: {
    platform: 'tiktok',
    privacyLevel: 'PUBLIC_TO_EVERYONE',
    allowComments: false,
    allowDuet: false,
    allowStitch: false,
    discloseCommercialContent: true,
    promotesOwnBusiness: true,
    brandedContent: false,
    coverTimestampMs: null,
    title: 'Morning bake',
  },
});

const STAGED_AT = '2026-01-15T09:00:00.000Z';
const staged: StepResults = {
  'stagePhoto:0': { host: 'bucket', ref: 'outpost-staging/1/a.jpg', stagedAt: STAGED_AT },
  'stagePhoto:1': { host: 'bucket', ref: 'outpost-staging/2/b.jpg', stagedAt: STAGED_AT },
};
const initStep = () => {
  const step = photoSteps(job, memoryStagingBucket(PUBLIC_BUCKET)).find((candidate) => candidate.name === 'initPhotoPost');
  if (!step?.confirm) throw new Error('No init step with a confirm.');
  return step as Required<typeof step>;
};

describe('the photo post init', () => {
  it('hands TikTok the public addresses with the post’s title, description and choices', async () => {
    const sent: AxiosRequestConfig[] = [];
    const { context } = fakeStepContext(job, (_network, config) => {
      sent.push(config);
      return { data: { publish_id: 'p_pub_url~v2-1.123' }, error: { code: 'ok' } };
    });
    expect(await initStep().run({ ...context, results: staged })).toEqual({ publishId: 'p_pub_url~v2-1.123', postId: null });
    expect(sent[0]?.url).toBe('/v2/post/publish/content/init/');
    expect(sent[0]?.data).toEqual({
      media_type: 'PHOTO',
      post_mode: 'DIRECT_POST',
      post_info: {
        title: 'Morning bake',
        description: 'Fresh from the oven',
        privacy_level: 'PUBLIC_TO_EVERYONE',
        disable_comment: true,
        brand_content_toggle: false,
        brand_organic_toggle: true,
      },
      source_info: {
        source: 'PULL_FROM_URL',
        photo_images: [`${MEMORY_BUCKET_PUBLIC_BASE}/outpost-staging/1/a.jpg`, `${MEMORY_BUCKET_PUBLIC_BASE}/outpost-staging/2/b.jpg`],
        photo_cover_index: 0,
      },
    });
  });
});

describe('an init whose answer was lost', () => {
  const listing = (videos: object[]) => () => ({ data: { videos, cursor: 0, has_more: false }, error: { code: 'ok' } });
  const at = (iso: string) => Date.parse(iso) / 1000;

  it('is the creator’s post made since the photos were staged, with this title and description', async () => {
    const { context } = fakeStepContext(
      job,
      listing([
        { id: '7001', create_time: at('2026-01-15T09:00:30Z'), title: 'Morning bake', video_description: 'Fresh from the oven' },
        { id: '7000', create_time: at('2026-01-15T08:00:00Z'), title: 'Morning bake', video_description: 'Fresh from the oven' },
        { id: '6999', create_time: at('2026-01-15T09:00:10Z'), title: 'Another post', video_description: '' },
      ]),
    );
    expect(await initStep().confirm({ ...context, results: staged })).toEqual({ publishId: null, postId: '7001' });
  });

  it('not listed yet: "not yet", so the engine looks again later instead of posting again', async () => {
    const { context } = fakeStepContext(job, listing([]));
    const error = await initStep().confirm({ ...context, results: staged }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TransientError);
  });

  it('still not listed once TikTok has had time to show it: never received, so the init is made again', async () => {
    const { context } = fakeStepContext(job, listing([]));
    const later = new Date(Date.parse(STAGED_AT) + TIKTOK_PHOTO_LISTING_WAIT_MS);
    expect(await initStep().confirm({ ...context, now: () => later, results: staged })).toBeNull();
  });
});
