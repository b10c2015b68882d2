import type { AxiosRequestConfig } from 'axios';
import { describe, expect, it } from 'vitest';
import type { MediaProbe, PostType, TargetOptions } from '../../../../../preload/contract';
import { facebookFirstComment, FIRST_COMMENT_STEP, firstCommentOf, instagramFirstComment } from '../../../../../main/platforms/meta/firstComment';
import { facebookSchedule } from '../../../../../main/platforms/meta/facebookSchedule';
import { ALT_TEXT_ON_CAROUSEL_ITEMS, altTextOf } from '../../../../../main/platforms/meta/instagramAltText';
import { PermissionMissingError, TokenInvalidError, TransientError } from '../../../../../main/platforms/platformErrors';
import type { PublishJob, PublishMedia, PublishStep } from '../../../../../main/platforms/publisher';
import { createPublishers } from '../../../../../main/platforms/publishers';
import { memoryStagingBucket } from '../../../../support/memoryStagingBucket';
import { fakeStepContext, jobFor } from './fakeStepContext';

/** The first comment as an after-published step on Instagram and Facebook, and alt text on Instagram photos. */
const publishers = createPublishers({
  library: { itemsByIds: () => new Map(), filePath: async () => null },
  accounts: { get: () => undefined, setTikTokCreator: () => undefined },
  publishingLimits: { record: () => undefined },
  stagingBucket: memoryStagingBucket(),
});

const probe = (kind: 'image' | 'video'): MediaProbe =>
  ({ kind, format: kind === 'image' ? 'jpeg' : 'mp4', width: 1080, height: 1080, byteSize: 1000, hasLocation: false, hasCameraDetails: false }) as MediaProbe;
const media = (id: string, kind: 'image' | 'video'): PublishMedia => ({ id, kind, filePath: `/media/${id}`, originalName: id, probe: probe(kind) });

const instagramOptions = (change: Partial<Extract<TargetOptions, { platform: 'instagram' }>> = {}): TargetOptions => ({
  platform: 'instagram',
  shareToFeed: true,
  coverMediaId: null,
  thumbOffsetMs: null,
  altTexts: {},
  firstComment: null,
  ...change,
});
const page = { id: 'fb', platform: 'facebook', platformAccountId: 'page-1', loginPath: 'facebook_login', isDemo: true, displayName: "Rosie's Bakery" } as const;
const instagramJob = (postType: PostType, firstComment: string | null, items = [media('a', 'image')]) =>
  jobFor({ postType, media: items, options: instagramOptions({ firstComment }) });
const facebookJob = (postType: PostType, firstComment: string | null, items: PublishMedia[] = []) =>
  jobFor({ platform: 'facebook', postType, media: items, options: { platform: 'facebook', link: null, firstComment }, account: page });

const only = (steps: PublishStep[]): PublishStep => {
  expect(steps).toHaveLength(1);
  return steps[0] as PublishStep;
};
const names = (steps: readonly PublishStep[]) => steps.map((step) => step.name);
const permissionError = () => new PermissionMissingError({ details: { platform: 'meta', network: 'metaGraph', code: 10, classifiedBy: 'test' }, meaning: 'a permission is missing' });

describe('the first comment', () => {
  it('is the trimmed text, and nothing when it is empty or only spaces', () => {
    expect(firstCommentOf(instagramJob('feed', '  #sourdough #bakery \n'))).toBe('#sourdough #bakery');
    expect(firstCommentOf(instagramJob('feed', '   '))).toBeNull();
    expect(firstCommentOf(instagramJob('feed', null))).toBeNull();
  });

  it('comes last, after the permalink, on Instagram feed posts, carousels and reels, as an after-published step', () => {
    const carousel = [media('a', 'image'), media('b', 'image')];
    for (const [postType, items] of [['feed', [media('a', 'image')]], ['carousel', carousel], ['reel', [media('v', 'video')]]] as const) {
      const steps = publishers.instagram.steps(instagramJob(postType, 'Link in bio', [...items]));
      expect(names(steps).slice(-2)).toEqual(['fetchPermalink', FIRST_COMMENT_STEP]);
      expect(steps.at(-1)?.afterPublished?.done).toBe('First comment posted.');
      expect(steps.filter((step) => step.afterPublished)).toHaveLength(1);
    }
  });

  it('is not posted on an Instagram story (stories take no comments), nor when there is none', () => {
    expect(names(publishers.instagram.steps(instagramJob('story', 'Link in bio')))).not.toContain(FIRST_COMMENT_STEP);
    expect(names(publishers.instagram.steps(instagramJob('feed', ' ')))).not.toContain(FIRST_COMMENT_STEP);
  });

  it('comes last on every Facebook post type, and never among the steps handed to Facebook’s schedule', () => {
    for (const [postType, items] of [['text', []], ['photo', [media('a', 'image')]], ['multi_photo', [media('a', 'image'), media('b', 'image')]], ['video', [media('v', 'video')]]] as const) {
      const job = facebookJob(postType, 'https://rosies.example/menu', [...items]);
      expect(names(publishers.facebook.steps(job)).at(-1)).toBe(FIRST_COMMENT_STEP);
      expect(names(facebookSchedule.handOverSteps(job))).not.toContain(FIRST_COMMENT_STEP);
    }
    expect(names(publishers.facebook.steps(facebookJob('text', null)))).not.toContain(FIRST_COMMENT_STEP);
  });

  it('on Instagram: posts the trimmed text under the published media with the account’s token', async () => {
    const job = instagramJob('feed', '  #sourdough  ');
    const calls: AxiosRequestConfig[] = [];
    const { context } = fakeStepContext(job, (_network, config) => (calls.push(config), { id: 'comment-1' }));
    const result = await only(instagramFirstComment(job)).run({ ...context, results: { fetchPermalink: { postId: 'media-9', permalink: null } } });

    expect(result).toEqual({ commentId: 'comment-1' });
    expect(calls[0]).toMatchObject({ method: 'POST', url: expect.stringMatching(/\/media-9\/comments$/) });
    expect(Object.fromEntries(calls[0]?.data as URLSearchParams)).toEqual({ message: '#sourdough', access_token: 'token' });
  });

  it('on Instagram: finds its own comment with the same text after a lost answer, and only its own', async () => {
    const job = instagramJob('feed', '#sourdough');
    const comments = [
      { id: 'c1', text: '#sourdough', username: 'someone_else' },
      { id: 'c2', text: 'Looks great!', username: 'rosiesbakery' },
    ];
    const answer = (_network: unknown, config: AxiosRequestConfig) =>
      String(config.url).endsWith('/comments') ? { data: comments } : { id: '1784', username: 'rosiesbakery' };
    const { context } = fakeStepContext(job, answer);
    const step = only(instagramFirstComment(job));
    const results = { fetchPermalink: { postId: 'media-9', permalink: null } };

    expect(await step.confirm?.({ ...context, results })).toBeNull();
    comments.push({ id: 'c3', text: ' #sourdough ', username: 'rosiesbakery' });
    expect(await step.confirm?.({ ...context, results })).toEqual({ commentId: 'c3' });
  });

  it('on Facebook: comments as the Page under the post published now, or the one Facebook published from its schedule', async () => {
    const job = facebookJob('text', 'Menu: https://rosies.example/menu');
    const urls: string[] = [];
    const { context } = fakeStepContext(job, (_network, config) => (urls.push(String(config.url)), { id: 'comment-1' }));
    const step = only(facebookFirstComment(job));
    await step.run({ ...context, results: { fetchPermalink: { postId: 'page-1_77', permalink: null } } });
    await step.run({ ...context, results: { begin: { startedAt: '2026-01-15T08:00:00Z', mode: 'handOver' }, schedulePost: { postId: 'page-1_88' } } });
    expect(urls.map((url) => url.replace(/^\/v[\d.]+/, ''))).toEqual(['/page-1_77/comments', '/page-1_88/comments']);
  });

  it('on Facebook: a lost comment is found by its text among the Page’s own comments', async () => {
    const job = facebookJob('text', 'Menu inside');
    const answer = () => ({ data: [{ id: 'c1', message: 'Menu inside', from: { id: 'a-visitor' } }, { id: 'c2', message: 'Menu inside', from: { id: 'page-1' } }] });
    const { context } = fakeStepContext(job, answer);
    const found = await only(facebookFirstComment(job)).confirm?.({ ...context, results: { fetchPermalink: { postId: 'page-1_77', permalink: null } } });
    expect(found).toEqual({ commentId: 'c2' });
  });

  it('names the permission to allow when the platform refuses it, per account kind, and says to post it by hand', () => {
    const words = (job: PublishJob, error: unknown) => only(job.platform === 'facebook' ? facebookFirstComment(job) : instagramFirstComment(job)).afterPublished?.remedy(error);
    const instagramLogin = { ...jobFor().account, loginPath: 'instagram_login' } as const;

    expect(words(instagramJob('feed', 'hi'), permissionError())).toBe(
      'You can add the comment yourself on Instagram. So that Outpost can post the next ones, reconnect the account in Accounts and allow it to manage comments (instagram_manage_comments).',
    );
    expect(words({ ...instagramJob('feed', 'hi'), account: instagramLogin }, permissionError())).toContain('(instagram_business_manage_comments)');
    expect(words(facebookJob('text', 'hi'), permissionError())).toContain('on Facebook. So that Outpost can post the next ones, reconnect the account in Accounts and allow it to manage comments (pages_manage_engagement).');
    const signIn = new TokenInvalidError({ details: { platform: 'meta', network: 'metaGraph', code: 190, classifiedBy: 'test' }, meaning: 'expired', reconnectNeeded: true });
    expect(words(facebookJob('text', 'hi'), signIn)).toBe('You can add the comment yourself on Facebook. Then reconnect the account in Accounts.');
    const down = new TransientError({ details: { platform: 'meta', network: 'metaGraph', classifiedBy: 'test' }, meaning: 'down', needsNewContainer: false });
    expect(words(facebookJob('text', 'hi'), down)).toBe('You can add the comment yourself on Facebook.');
  });
});

describe('alt text on Instagram photos', () => {
  const job = (postType: PostType, altTexts: Record<string, string>) => jobFor({ postType, options: instagramOptions({ altTexts }) });

  it('is the trimmed description of a feed photo, and nothing when empty', () => {
    expect(altTextOf(job('feed', { a: '  A loaf on a board  ' }), media('a', 'image'))).toBe('A loaf on a board');
    expect(altTextOf(job('feed', { a: '  ' }), media('a', 'image'))).toBeUndefined();
    expect(altTextOf(job('feed', {}), media('a', 'image'))).toBeUndefined();
  });

  it('goes with carousel photos as the one constant says, never with videos, reels or stories', () => {
    expect(altTextOf(job('carousel', { a: 'Loaf' }), media('a', 'image'))).toBe(ALT_TEXT_ON_CAROUSEL_ITEMS ? 'Loaf' : undefined);
    expect(altTextOf(job('carousel', { v: 'Baking' }), media('v', 'video'))).toBeUndefined();
    expect(altTextOf(job('story', { a: 'Loaf' }), media('a', 'image'))).toBeUndefined();
    expect(altTextOf(job('reel', { a: 'Loaf' }), media('a', 'image'))).toBeUndefined();
  });
});
