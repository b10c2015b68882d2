import {
  defaultTargetOptions,
  type MediaProbe,
  type Platform,
  type PostDraft,
  type PostTarget,
  type PostType,
  type PostValidation,
  type TargetOptions,
  type TikTokCreatorSettings,
  type ValidationIssue,
} from '../../../../../preload/contract';
import type { ContextStaging } from '../../../../../main/posts/validation/validationContext';
import { validatePost, type ContextAccount, type ValidationContext } from '../../../../../main/posts/validation/validatePost';
import { MiB } from '../../../../../main/posts/validation/units';

/** A media id (SHA-256 hex) from a small number, so tests can name items 1, 2, 3. */
export const mediaId = (n: number) => n.toString(16).padStart(64, '0');

/** A photo every platform takes: a 1080 × 1080 sRGB JPEG of 500 KB without metadata. */
export const photo = (overrides: Partial<MediaProbe> = {}): MediaProbe => ({
  kind: 'image',
  format: 'jpeg',
  byteSize: 500 * 1024,
  width: 1080,
  height: 1080,
  orientation: null,
  colorSpace: 'srgb',
  hasLocation: false,
  hasCameraDetails: false,
  durationMs: null,
  videoCodec: null,
  audioCodec: null,
  audioSampleRateHz: null,
  frameRate: null,
  moovAtFront: null,
  ...overrides,
});

/** A video Instagram reels and TikTok take: 1080 × 1920 H.264/AAC MP4, 30 s, 30 fps, 20 MB. */
export const video = (overrides: Partial<MediaProbe> = {}): MediaProbe => ({
  kind: 'video',
  format: 'mp4',
  byteSize: 20 * MiB,
  width: 1080,
  height: 1920,
  orientation: null,
  colorSpace: null,
  hasLocation: false,
  hasCameraDetails: false,
  durationMs: 30_000,
  videoCodec: 'h264',
  audioCodec: 'aac',
  audioSampleRateHz: 48_000,
  frameRate: 30,
  moovAtFront: true,
  ...overrides,
});

export const ACCOUNT_ID = 'account-1';

/** A public TikTok account's `creator_info` (6.2): its three audiences, nothing turned off, 10 min. */
export const tiktokCreator = (overrides: Partial<TikTokCreatorSettings> = {}): TikTokCreatorSettings => ({
  privacyLevelOptions: ['PUBLIC_TO_EVERYONE', 'MUTUAL_FOLLOW_FRIENDS', 'SELF_ONLY'],
  commentDisabled: false,
  duetDisabled: false,
  stitchDisabled: false,
  maxVideoPostDurationSec: 600,
  readAt: '2026-05-01T09:00:00.000Z',
  ...overrides,
});

/** A connected account of the platform. */
export const account = (platform: Platform, overrides: Partial<ContextAccount> = {}): ContextAccount => ({
  platform,
  loginPath: platform === 'instagram' ? 'instagram_login' : platform === 'facebook' ? 'facebook_login' : 'tiktok_login',
  displayName: 'Corner Bakery',
  health: 'connected',
  tiktokCreator: platform === 'tiktok' ? tiktokCreator() : null,
  ...overrides,
});

export type OptionsOf<P extends Platform> = Omit<Extract<TargetOptions, { platform: P }>, 'platform'>;

export interface Scenario<P extends Platform> {
  platform: P;
  postType: PostType;
  /** The post's media, with ids 1, 2, … */
  media?: readonly MediaProbe[];
  /** Their file names; default IMG_1.jpg, CLIP_2.mp4 … by position. */
  names?: readonly string[];
  body?: string;
  caption?: string | null;
  /** The target's own selection; default: inherit the post's media. */
  targetMediaIds?: readonly string[] | null;
  /** Default: the TikTok target chose "Everyone", so that only the rule under test fires. */
  options?: Partial<OptionsOf<P>>;
  /** null: no account chosen. */
  account?: Partial<ContextAccount> | null;
  /** The account the target names, when not the connected one (a disconnected account). */
  accountId?: string;
  stripMetadata?: boolean;
  /** Default: a bucket is set up (Instagram Login accounts can post), without a domain verified with TikTok. */
  staging?: ContextStaging;
}

export const BUCKET_SET_UP: ContextStaging = { canStage: true, canServeTikTokPhotos: false };

export const fileName = (probe: MediaProbe, index: number) => (probe.kind === 'image' ? `IMG_${index + 1}.jpg` : `CLIP_${index + 1}.mp4`);

export function targetFor<P extends Platform>(s: Scenario<P>): PostTarget {
  const defaults = defaultTargetOptions(s.platform);
  const privacy = s.platform === 'tiktok' ? { privacyLevel: 'PUBLIC_TO_EVERYONE' } : {};
  return {
    id: `${s.platform}-target`,
    platform: s.platform,
    accountId: s.account === null ? null : (s.accountId ?? ACCOUNT_ID),
    postType: s.postType,
    caption: s.caption ?? null,
    mediaIds: s.targetMediaIds ? [...s.targetMediaIds] : null,
    options: { ...defaults, ...privacy, ...s.options } as TargetOptions,
    status: 'draft',
  };
}

export function postWith(targets: PostTarget[], overrides: Partial<PostDraft> = {}): PostDraft {
  return {
    id: 'post-1',
    body: '',
    mediaIds: [],
    stripMetadata: true,
    targets,
    createdAt: '2026-05-01T09:00:00.000Z',
    updatedAt: '2026-05-01T09:00:00.000Z',
    ...overrides,
  };
}

export function contextFor(
  media: readonly MediaProbe[],
  accounts: ReadonlyMap<string, ContextAccount> = new Map(),
  names: readonly string[] = [],
  staging: ContextStaging = BUCKET_SET_UP,
): ValidationContext {
  return {
    media: new Map(media.map((probe, index) => [mediaId(index + 1), { originalName: names[index] ?? fileName(probe, index), probe }])),
    accounts,
    staging,
  };
}

/** Validates a post with one target built from the scenario. */
export function validate<P extends Platform>(s: Scenario<P>): PostValidation {
  const media = s.media ?? [];
  const accounts = new Map(s.account === null ? [] : [[ACCOUNT_ID, account(s.platform, s.account)]]);
  const post = postWith([targetFor(s)], {
    body: s.body ?? 'Fresh bread today',
    mediaIds: media.map((_, index) => mediaId(index + 1)),
    stripMetadata: s.stripMetadata ?? true,
  });
  return validatePost(post, contextFor(media, accounts, s.names, s.staging));
}

/** The issues of a rule, by its code ("instagram.image.aspect_ratio"). */
export const issuesOf = (validation: PostValidation, code: string): ValidationIssue[] => validation.issues.filter((issue) => issue.code === code);

/** The one issue of a rule; fails the test if there is none or more than one. */
export function issueOf(validation: PostValidation, code: string): ValidationIssue {
  const found = issuesOf(validation, code);
  if (found.length !== 1) throw new Error(`Expected one ${code}, found ${found.length}: ${validation.issues.map((i) => i.code).join(', ')}`);
  return found[0] as ValidationIssue;
}

export const codesOf = (validation: PostValidation) => validation.issues.map((issue) => issue.code);

/** A caption of `n` characters. */
export const text = (n: number, unit = 'a') => unit.repeat(n);

/** `n` items made by `make` (photos(11) for a too-long carousel). */
export const times = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);
