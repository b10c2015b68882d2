import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { PostType, TargetOptions } from '../../../preload/contract';
import { ERROR_TABLES, type ErrorRow } from '../../../main/platforms/errorClassification';
import type { FailurePattern } from '../../../main/platforms/errorTables/errorRow';
import {
  MediaRejectedError,
  PermanentError,
  ThrottledError,
  TokenInvalidError,
  TransientError,
  type PlatformError,
  type PlatformErrorDetails,
} from '../../../main/platforms/platformErrors';
import type { PlatformName } from '../../../main/platforms/platformFailure';
import type { PublishJob } from '../../../main/platforms/publisher';
import type { RequestFaultSpec } from '../../../main/sandbox/faults/faultPlan';
import { describeFailure } from '../../../main/schedule/engine/retryPolicy';
import { DAY, HOUR, MINUTE } from '../platforms/support/platformSandbox';
import { emptyStore, runSteps } from './runSteps';
import { paddedVerticalVideo } from './support/paddedVideo';
import { usePublishingWorld, type PublishingWorld } from './support/publishingWorld';

/**
 * Each mapped rejection the sandbox can produce, through the real publisher steps over HTTP: the
 * sandbox refuses (a media rejection with its subcode or fail reason, a throttle with its code, an
 * expired token, a link Facebook does not take, an unaudited TikTok app), and the error Outpost
 * throws is of the row's class, says the row's meaning as its message and the row's action as
 * what to do, while the raw code stays in its details and in the timeline's `detail` line for
 * support. Every post type of every platform meets at least one rejection (TikTok photos aside).
 */
const world = usePublishingWorld({ seed: 'publishing-rejections' });

/** A PlatformError class, as the sandbox's `failure` takes it. */
type ErrorClass = { readonly prototype: PlatformError; readonly name: string };
type JobKind =
  | 'feed'
  | 'carousel'
  | 'reel'
  | 'photoStory'
  | 'videoStory'
  | 'text'
  | 'link'
  | 'facebookLink'
  | 'invalidLink'
  | 'photo'
  | 'multiPhoto'
  | 'video'
  | 'tiktokVideo';

interface RejectionCase {
  name: string;
  job: JobKind;
  /** How the sandbox is made to refuse. */
  refuse: (w: PublishingWorld) => void;
  /** The row expected to have decided, by its pattern in the platform's table. */
  row: [PlatformName, FailurePattern];
  error: ErrorClass;
  /** The raw identifiers the error keeps (and the timeline's detail shows). */
  details: Partial<PlatformErrorDetails>;
  /** Throttles: how long the platform asked Outpost to wait. */
  waitMs?: number;
}

/** The platform and post type each job kind publishes. */
const POST_TYPE_OF: Record<JobKind, string> = {
  feed: 'instagram feed',
  carousel: 'instagram carousel',
  reel: 'instagram reel',
  photoStory: 'instagram story',
  videoStory: 'instagram story',
  text: 'facebook text',
  link: 'facebook link',
  facebookLink: 'facebook link',
  invalidLink: 'facebook link',
  photo: 'facebook photo',
  multiPhoto: 'facebook multi_photo',
  video: 'facebook video',
  tiktokVideo: 'tiktok video',
};

const VIDEO_CHUNK = 1024 * 1024;
const PUBLIC_TIKTOK: Partial<TargetOptions> = { platform: 'tiktok', privacyLevel: 'PUBLIC_TO_EVERYONE', allowComments: true, allowDuet: true };

async function jobOf(w: PublishingWorld, kind: JobKind): Promise<PublishJob> {
  const link = (url: string): Partial<TargetOptions> => ({ platform: 'facebook', link: url });
  const job = (account: 'page' | 'instagram' | 'tiktok', postType: PostType, fixtures: readonly ('plain.jpg' | 'large.jpg' | 'vertical.mp4')[], options?: Partial<TargetOptions>) =>
    Promise.all(fixtures.map((fixture) => w.media(fixture))).then((media) => w.job(account, postType, media, options ? { options } : {}));
  switch (kind) {
    case 'feed':
      return job('instagram', 'feed', ['plain.jpg']);
    case 'carousel':
      return job('instagram', 'carousel', ['plain.jpg', 'large.jpg']);
    case 'reel':
      return job('instagram', 'reel', ['vertical.mp4']);
    case 'photoStory':
      return job('instagram', 'story', ['plain.jpg']);
    case 'videoStory':
      return job('instagram', 'story', ['vertical.mp4']);
    case 'text':
      return job('page', 'text', []);
    case 'link':
      return job('page', 'link', [], link('https://rosiesbakery.example/menu'));
    case 'facebookLink':
      return job('page', 'link', [], link('https://www.facebook.com/rosiesbakery/events'));
    case 'invalidLink':
      return job('page', 'link', [], link('ftp://rosiesbakery.example/menu'));
    case 'photo':
      return job('page', 'photo', ['plain.jpg']);
    case 'multiPhoto':
      return job('page', 'multi_photo', ['plain.jpg', 'large.jpg']);
    case 'video':
      return w.job('page', 'video', [await w.mediaFromBytes('oven.mp4', await paddedVerticalVideo(2 * VIDEO_CHUNK + 500_000))]);
    case 'tiktokVideo':
      return job('tiktok', 'video', ['vertical.mp4'], PUBLIC_TIKTOK);
  }
}

const instagramRefuses = (reason: number) => (w: PublishingWorld) => w.sandbox.control.faults.rejectMedia({ platform: 'instagram', reason });
const facebookRefuses = (reason: number) => (w: PublishingWorld) => w.sandbox.control.faults.rejectMedia({ platform: 'facebook', reason });
const tiktokRefuses = (reason: string) => (w: PublishingWorld) => w.sandbox.control.faults.rejectMedia({ platform: 'tiktok', reason });
const nothing = () => undefined;

/** A request fault on the first POST to one of the account's edges (`media`, `feed`, `videos`...). */
const onEdge = (spec: Omit<RequestFaultSpec, 'match'>, edge: (w: PublishingWorld) => string) => (w: PublishingWorld) =>
  w.sandbox.control.faults.inject({ ...spec, match: { method: 'POST', pathIncludes: edge(w) } });
const instagramMedia = (w: PublishingWorld) => `/${w.sandbox.demo.instagram.accountId}/media`;
const pageEdge = (name: string) => (w: PublishingWorld) => `/${w.sandbox.demo.meta.pageId}/${name}`;
const onTikTokInit = (spec: Omit<RequestFaultSpec, 'match'>) => (w: PublishingWorld) =>
  w.sandbox.control.faults.inject({ ...spec, match: { hosts: ['tiktokApi'], method: 'POST', pathIncludes: '/post/publish/video/init/' } });

const cases: RejectionCase[] = [
  // --- Instagram: subcodes as media rejections (images at once, videos after processing) --------
  { name: 'a feed photo of the wrong shape (2207009)', job: 'feed', refuse: instagramRefuses(2207009), row: ['meta', { subcode: 2207009 }], error: MediaRejectedError, details: { httpStatus: 400, code: 36003, subcode: 2207009 } },
  { name: 'a feed photo over 8 MB (2207004)', job: 'feed', refuse: instagramRefuses(2207004), row: ['meta', { subcode: 2207004 }], error: MediaRejectedError, details: { httpStatus: 400, code: 36000, subcode: 2207004 } },
  { name: 'a feed photo that is not a JPEG (2207005)', job: 'feed', refuse: instagramRefuses(2207005), row: ['meta', { subcode: 2207005 }], error: MediaRejectedError, details: { httpStatus: 400, code: 36001, subcode: 2207005 } },
  { name: 'a feed photo past the daily publishing limit (9 / 2207042)', job: 'feed', refuse: instagramRefuses(2207042), row: ['meta', { code: 9, subcode: 2207042 }], error: ThrottledError, details: { httpStatus: 400, code: 9, subcode: 2207042 }, waitMs: DAY },
  { name: 'a feed photo for a restricted account (2207050)', job: 'feed', refuse: instagramRefuses(2207050), row: ['meta', { subcode: 2207050 }], error: PermanentError, details: { httpStatus: 400, code: 25, subcode: 2207050 } },
  { name: 'a carousel Instagram does not validate (2207028)', job: 'carousel', refuse: instagramRefuses(2207028), row: ['meta', { subcode: 2207028 }], error: MediaRejectedError, details: { httpStatus: 400, code: 100, subcode: 2207028 } },
  { name: 'a photo story Instagram could not fetch (2207052)', job: 'photoStory', refuse: instagramRefuses(2207052), row: ['meta', { subcode: 2207052 }], error: MediaRejectedError, details: { httpStatus: 400, code: 9004, subcode: 2207052 } },
  { name: 'a reel in a format Instagram does not take (2207026, after processing)', job: 'reel', refuse: instagramRefuses(2207026), row: ['meta', { subcode: 2207026 }], error: MediaRejectedError, details: { subcode: 2207026 } },
  { name: 'a reel whose cover frame is outside the video (1 / 2207057, after processing)', job: 'reel', refuse: instagramRefuses(2207057), row: ['meta', { code: 1, subcode: 2207057 }], error: MediaRejectedError, details: { code: 1, subcode: 2207057 } },
  { name: 'a video story whose upload failed (-1 / 2207053, after processing)', job: 'videoStory', refuse: instagramRefuses(2207053), row: ['meta', { code: -1, subcode: 2207053 }], error: TransientError, details: { code: -1, subcode: 2207053 } },

  // --- Meta throttles ---------------------------------------------------------------------------
  { name: 'a feed photo while the app is over its calls (4)', job: 'feed', refuse: onEdge({ kind: 'throttle', code: 4 }, instagramMedia), row: ['meta', { code: 4 }], error: ThrottledError, details: { httpStatus: 400, code: 4 }, waitMs: HOUR },
  { name: 'a reel while the account is over its calls (17)', job: 'reel', refuse: onEdge({ kind: 'throttle', code: 17 }, instagramMedia), row: ['meta', { code: 17 }], error: ThrottledError, details: { httpStatus: 400, code: 17 }, waitMs: HOUR },
  // Page and business use case throttles name their own wait in X-Business-Use-Case-Usage (5 minutes
  // here); the others wait the row's hour.
  { name: 'a video story over Instagram’s business use case limit (80002)', job: 'videoStory', refuse: onEdge({ kind: 'throttle', code: 80002 }, instagramMedia), row: ['meta', { code: [80000, 80014] }], error: ThrottledError, details: { httpStatus: 400, code: 80002 }, waitMs: 5 * MINUTE },
  { name: 'a text post over the Page’s limit (32)', job: 'text', refuse: onEdge({ kind: 'throttle', code: 32 }, pageEdge('feed')), row: ['meta', { code: 32 }], error: ThrottledError, details: { httpStatus: 400, code: 32 }, waitMs: 5 * MINUTE },
  { name: 'a link post over the rate limit (613)', job: 'link', refuse: onEdge({ kind: 'throttle', code: 613 }, pageEdge('feed')), row: ['meta', { code: 613 }], error: ThrottledError, details: { httpStatus: 400, code: 613 }, waitMs: HOUR },
  { name: 'a video over the Page’s business use case limit (80001)', job: 'video', refuse: onEdge({ kind: 'throttle', code: 80001 }, pageEdge('videos')), row: ['meta', { code: [80000, 80014] }], error: ThrottledError, details: { httpStatus: 400, code: 80001 }, waitMs: 5 * MINUTE },

  // --- Facebook: links it refuses, photos it refuses with their subcode, a lapsed sign-in -------
  { name: 'a link to facebook.com (1609008)', job: 'facebookLink', refuse: nothing, row: ['meta', { subcode: 1609008 }], error: PermanentError, details: { httpStatus: 400, code: 100, subcode: 1609008 } },
  { name: 'a link that is not a web address (2061006)', job: 'invalidLink', refuse: nothing, row: ['meta', { subcode: 2061006 }], error: PermanentError, details: { httpStatus: 400, code: 100, subcode: 2061006 } },
  { name: 'a photo over 4 MB or of the wrong type (1366046)', job: 'photo', refuse: facebookRefuses(1366046), row: ['meta', { subcode: 1366046 }], error: MediaRejectedError, details: { httpStatus: 400, code: 100, subcode: 1366046 } },
  { name: 'a photo flagged as abusive (1346003)', job: 'photo', refuse: facebookRefuses(1346003), row: ['meta', { subcode: 1346003 }], error: PermanentError, details: { httpStatus: 400, code: 368, subcode: 1346003 } },
  { name: 'a multi-photo post with the same photo twice (1366051)', job: 'multiPhoto', refuse: facebookRefuses(1366051), row: ['meta', { subcode: 1366051 }], error: MediaRejectedError, details: { httpStatus: 400, code: 100, subcode: 1366051 } },
  { name: 'a text post with an expired sign-in (190 / 463)', job: 'text', refuse: onEdge({ kind: 'tokenExpired' }, pageEdge('feed')), row: ['meta', { code: 190, subcode: 463 }], error: TokenInvalidError, details: { httpStatus: 400, code: 190, subcode: 463 } },

  // --- TikTok: fail reasons after processing, error codes at init -------------------------------
  { name: 'a video in a file format TikTok does not take', job: 'tiktokVideo', refuse: tiktokRefuses('file_format_check_failed'), row: ['tiktok', { errorCode: 'file_format_check_failed' }], error: MediaRejectedError, details: { errorCode: 'file_format_check_failed' } },
  { name: 'a video too long for the creator', job: 'tiktokVideo', refuse: tiktokRefuses('duration_check_failed'), row: ['tiktok', { errorCode: 'duration_check_failed' }], error: MediaRejectedError, details: { errorCode: 'duration_check_failed' } },
  { name: 'a video at a frame rate TikTok does not take', job: 'tiktokVideo', refuse: tiktokRefuses('frame_rate_check_failed'), row: ['tiktok', { errorCode: 'frame_rate_check_failed' }], error: MediaRejectedError, details: { errorCode: 'frame_rate_check_failed' } },
  { name: 'a video of a picture size TikTok does not take', job: 'tiktokVideo', refuse: tiktokRefuses('picture_size_check_failed'), row: ['tiktok', { errorCode: 'picture_size_check_failed' }], error: MediaRejectedError, details: { errorCode: 'picture_size_check_failed' } },
  { name: 'a video over TikTok’s per-minute limit (429)', job: 'tiktokVideo', refuse: onTikTokInit({ kind: 'throttle' }), row: ['tiktok', { errorCode: 'rate_limit_exceeded' }], error: ThrottledError, details: { httpStatus: 429, errorCode: 'rate_limit_exceeded' }, waitMs: MINUTE },
  { name: 'a video with a lapsed access token', job: 'tiktokVideo', refuse: onTikTokInit({ kind: 'tokenExpired' }), row: ['tiktok', { errorCode: 'access_token_invalid' }], error: TokenInvalidError, details: { httpStatus: 401, errorCode: 'access_token_invalid' } },
];

/** The row with exactly this pattern, found without the classifier. */
function rowWith([platform, when]: [PlatformName, FailurePattern]): ErrorRow {
  const row = ERROR_TABLES[platform].find((candidate) => isDeepStrictEqual(candidate.when, when));
  if (!row) throw new Error(`No ${platform} row has the pattern ${JSON.stringify(when)}.`);
  return row;
}

/** What the timeline's `detail` must show of the error's raw identifiers. */
function detailParts(details: Partial<PlatformErrorDetails>): string[] {
  return [
    ...(details.httpStatus !== undefined ? [`HTTP ${details.httpStatus}`] : []),
    ...(details.code !== undefined ? [`code ${details.code}`] : []),
    ...(details.subcode !== undefined ? [`subcode ${details.subcode}`] : []),
    ...(details.errorCode !== undefined ? [`error ${details.errorCode}`] : []),
  ];
}

async function rejectionOf(w: PublishingWorld, job: PublishJob, expected: ErrorClass): Promise<PlatformError> {
  const publisher = w.publishers[job.platform];
  return w.sandbox.failure(runSteps(publisher.steps(job), job, w.env(job), emptyStore()), expected);
}

function expectRowSpoken(error: PlatformError, testCase: Pick<RejectionCase, 'row' | 'details'>): void {
  const row = rowWith(testCase.row);
  expect(error.message).toBe(row.meaning);
  expect(error.action).toBe(row.action);
  expect(error.details).toMatchObject({ ...testCase.details, classifiedBy: row.source });
  const { message, action, detail } = describeFailure(error);
  expect({ message, action }).toEqual({ message: row.meaning, action: row.action });
  for (const part of detailParts(testCase.details)) expect(detail).toContain(part);
}

describe('rejections, in the owner’s words', () => {
  it.each(cases.map((testCase) => [testCase.name, testCase] as const))('%s', async (_name, testCase) => {
    const w = world();
    const job = await jobOf(w, testCase.job);
    expect(`${job.platform} ${job.postType}`).toBe(POST_TYPE_OF[testCase.job]);
    testCase.refuse(w);
    const refusedAt = w.sandbox.now().getTime();

    const error = await rejectionOf(w, job, testCase.error);

    expectRowSpoken(error, testCase);
    if (error.details.httpStatus !== undefined) expect(describeFailure(error).detail).toMatch(/trace \S+/);
    if (testCase.waitMs !== undefined) {
      expect(error).toBeInstanceOf(ThrottledError);
      expect((error as ThrottledError).retryAfter).toEqual(new Date(refusedAt + testCase.waitMs));
    }
  });

  it('a public video from a developer app TikTok has not audited is explained, with what to do', async () => {
    const w = world();
    const job = await jobOf(w, 'tiktokVideo');
    w.sandbox.control.configureTikTok({ audited: false });
    try {
      const error = await rejectionOf(w, job, PermanentError);
      expectRowSpoken(error, {
        row: ['tiktok', { errorCode: 'unaudited_client_can_only_post_to_private_accounts' }],
        details: { httpStatus: 403, errorCode: 'unaudited_client_can_only_post_to_private_accounts' },
      });
    } finally {
      w.sandbox.control.configureTikTok({ audited: true });
    }
  });

  it('meets every post type of every platform at least once', () => {
    const covered = new Set(cases.map((testCase) => POST_TYPE_OF[testCase.job]));
    expect([...covered].sort()).toEqual(
      ['facebook link', 'facebook multi_photo', 'facebook photo', 'facebook text', 'facebook video', 'instagram carousel', 'instagram feed', 'instagram reel', 'instagram story', 'tiktok video'],
    );
  });
});
