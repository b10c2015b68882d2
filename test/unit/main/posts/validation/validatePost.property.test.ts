import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AccountHealthState,
  LoginPath,
  Platform,
  POST_TYPES,
  PostDraft,
  PostValidation,
  TargetStatus,
  TikTokPrivacyLevel,
  type MediaProbe,
  type PostTarget,
  type TargetOptions,
} from '../../../../../preload/contract';
import { validatePost, type ContextAccount, type ContextMedia } from '../../../../../main/posts/validation/validatePost';
import { mediaId } from './validationFixtures';

/** Any PostDraft the contract accepts, against any library and accounts: validation never throws. */

const POOL = [1, 2, 3, 4, 5, 6].map(mediaId);
const ACCOUNT_IDS = ['a1', 'a2', 'a3', 'a4'];

const poolId = fc.constantFrom(...POOL);
const orNull = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

/** Captions with the hard parts mixed in: tags, addresses, emoji, digits-only tags, newlines. */
const hardParts = fc.constantFrom('#bread', '@corner.bakery', 'https://x.example/#a', 'hi@x.example', '😀', '#123', '\n', ' ', '@.');
const caption = fc
  .array(fc.oneof(hardParts, fc.string({ unit: 'binary', maxLength: 12 })), { maxLength: 20 })
  .map((parts) => parts.join(''));

const probe: fc.Arbitrary<MediaProbe> = fc.record({
  kind: fc.constantFrom('image', 'video'),
  format: fc.constantFrom('jpeg', 'jpg', 'png', 'webp', 'heic', 'gif', 'tiff', 'mp4', 'mov', 'webm', 'avi', ''),
  byteSize: fc.nat({ max: 5 * 1024 ** 3 }),
  width: fc.integer({ min: 1, max: 20_000 }),
  height: fc.integer({ min: 1, max: 20_000 }),
  orientation: orNull(fc.integer({ min: 2, max: 8 })),
  colorSpace: orNull(fc.constantFrom('srgb', 'Display P3', 'cmyk', '')),
  hasLocation: fc.boolean(),
  hasCameraDetails: fc.boolean(),
  durationMs: orNull(fc.nat({ max: 4 * 3_600_000 })),
  videoCodec: orNull(fc.constantFrom('h264', 'hevc', 'vp9', 'prores', '')),
  audioCodec: orNull(fc.constantFrom('aac', 'mp3', 'opus')),
  audioSampleRateHz: orNull(fc.integer({ min: 1, max: 192_000 })),
  frameRate: orNull(fc.double({ min: 0.01, max: 240, noNaN: true })),
  moovAtFront: orNull(fc.boolean()),
});

const creator = fc.record({
  privacyLevelOptions: fc.subarray([...TikTokPrivacyLevel.options]),
  commentDisabled: fc.boolean(),
  duetDisabled: fc.boolean(),
  stitchDisabled: fc.boolean(),
  maxVideoPostDurationSec: fc.integer({ min: 1, max: 3600 }),
  readAt: fc.constant('2026-05-01T09:00:00.000Z'),
});

const contextAccount: fc.Arbitrary<ContextAccount> = fc.record({
  platform: fc.constantFrom(...Platform.options),
  loginPath: fc.constantFrom(...LoginPath.options),
  displayName: fc.string({ maxLength: 20 }),
  health: fc.constantFrom(...AccountHealthState.options),
  tiktokCreator: orNull(creator),
});

function optionsFor(platform: Platform): fc.Arbitrary<TargetOptions> {
  switch (platform) {
    case 'instagram':
      return fc.record({ platform: fc.constant(platform), shareToFeed: fc.boolean(), coverMediaId: orNull(poolId), thumbOffsetMs: orNull(fc.nat()), altTexts: fc.constant({}), firstComment: orNull(fc.string({ maxLength: 40 })) });
    case 'facebook':
      return fc.record({ platform: fc.constant(platform), link: orNull(fc.oneof(fc.webUrl(), fc.string({ maxLength: 40 }))), firstComment: orNull(fc.string({ maxLength: 40 })) });
    case 'tiktok':
      return fc.record({
        platform: fc.constant(platform),
        privacyLevel: orNull(fc.constantFrom(...TikTokPrivacyLevel.options)),
        allowComments: fc.boolean(),
        allowDuet: fc.boolean(),
        allowStitch: fc.boolean(),
        discloseCommercialContent: fc.boolean(),
        promotesOwnBusiness: fc.boolean(),
        brandedContent: fc.boolean(),
        coverTimestampMs: orNull(fc.nat()),
        title: orNull(fc.string({ maxLength: 90 })),
      });
  }
}

const target = (id: string): fc.Arbitrary<PostTarget> =>
  fc.constantFrom(...Platform.options).chain((platform) =>
    fc.record({
      id: fc.constant(id),
      platform: fc.constant(platform),
      accountId: orNull(fc.constantFrom(...ACCOUNT_IDS)),
      postType: fc.constantFrom(...POST_TYPES[platform]),
      caption: orNull(caption),
      mediaIds: orNull(fc.array(poolId, { maxLength: 12 })),
      options: optionsFor(platform),
      status: fc.constantFrom(...TargetStatus.options),
    }),
  );

const draft: fc.Arbitrary<PostDraft> = fc.record({
  id: fc.constant('post-1'),
  body: caption,
  mediaIds: fc.array(poolId, { maxLength: 12 }),
  stripMetadata: fc.boolean(),
  targets: fc.nat({ max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => target(`t${i}`)))),
  createdAt: fc.constant('2026-05-01T09:00:00.000Z'),
  updatedAt: fc.constant('2026-05-01T09:00:00.000Z'),
});

const library = fc.array(fc.tuple(poolId, probe, fc.string({ maxLength: 12 })), { maxLength: 6 }).map(
  (items) => new Map<string, ContextMedia>(items.map(([id, itemProbe, originalName]) => [id, { originalName, probe: itemProbe }])),
);
const accounts = fc
  .array(fc.tuple(fc.constantFrom(...ACCOUNT_IDS.slice(0, 3)), contextAccount), { maxLength: 3 })
  .map((entries) => new Map(entries));
const staging = fc.record({ canStage: fc.boolean(), canServeTikTokPhotos: fc.boolean() });

describe('validatePost on any valid draft', () => {
  it('never throws, answers in the contract’s shape, with unique keys and one measure per target', () => {
    fc.assert(
      fc.property(draft, library, accounts, staging, (post, media, accountMap, bucket) => {
        const valid = PostDraft.parse(post);
        const validation = PostValidation.parse(validatePost(valid, { media, accounts: accountMap, staging: bucket }));
        const keys = validation.issues.map((issue) => issue.key);
        expect(new Set(keys).size).toBe(keys.length);
        expect(validation.measures.map((measure) => measure.targetId)).toEqual(post.targets.map((t) => t.id));
        expect(validation.readyToSchedule).toBe(post.targets.length > 0 && validation.issues.every((issue) => issue.severity !== 'error'));
        for (const issue of validation.issues) expect(issue.message).toMatch(/[.)]$/);
      }),
      { numRuns: 500 },
    );
  });
});
