import type { CaptionRules, ImageRules, PlatformRules, VideoRules } from './ruleTypes';
import { UNCONFIRMED } from './unconfirmed';
import { GiB, MiB, MINUTE_MS } from './units';

/**
 * TikTok (platform-apis.md section 6.2). Source tags are the reference's; values it marks
 * UNCONFIRMED come from unconfirmed.ts. The creator's own limits (privacy levels, interactions,
 * maximum video length) come from the account's `creator_info`, checked in validateTikTokTarget.
 */

/** 6.2 [S83]: a photo post's title, counted in UTF-16 units. */
export const TIKTOK_PHOTO_TITLE_MAX_UTF16 = 90;

const caption = (maxCharacters: number): CaptionRules => ({
  maxCharacters,
  counting: 'utf16_units', // 6.2 [S83]: TikTok counts UTF-16 units (an emoji is 2)
  maxHashtags: null,
  maxMentions: null,
  mentionsAllowDots: true, // TikTok usernames contain dots
  required: false,
});

const VIDEO: VideoRules = {
  formats: ['mp4', 'webm', 'mov'], // 6.2 [S85] [S86]
  videoCodecs: ['h264', 'hevc', 'vp8', 'vp9'], // 6.2 [S85] [S86]: H.264/H.265/VP8/VP9
  audioCodecs: null,
  maxAudioSampleRateHz: null,
  frameRate: { min: 23, max: 60 }, // 6.2 [S85] [S86]
  // 6.2 [S85] [S86]: 360–4096 px per side.
  pixels: [
    { measure: 'short_side', min: 360, max: null, outside: 'reject' },
    { measure: 'long_side', min: null, max: 4096, outside: 'reject' },
  ],
  maxBytes: 4 * GiB, // 6.2 [S85] [S86]
  durationMs: { min: null, max: 10 * MINUTE_MS }, // 6.2 [S85] [S86]: the API takes ≤ 10 min
  aspect: null,
  recommendedAspect: null,
  maxBitsPerSecond: null,
  requiresMoovAtFront: false,
};

const PHOTO: ImageRules = {
  formats: ['jpeg', 'webp'], // 6.2 [S85] [S86]
  maxBytes: 20 * MiB, // 6.2 [S85] [S86]: ≤ 20 MB each
  maxBytesByFormat: {},
  pixels: [
    { measure: 'short_side', min: null, max: UNCONFIRMED.tiktokPhotoMaxShortSide, outside: 'reject' },
    { measure: 'long_side', min: null, max: UNCONFIRMED.tiktokPhotoMaxLongSide, outside: 'reject' },
  ],
  aspect: null,
  recommendedAspect: null,
  convertsToSrgb: false,
};

export const TIKTOK_RULES: PlatformRules<'tiktok'> = {
  platform: 'tiktok',
  name: 'TikTok',
  accountNoun: 'TikTok account',
  // Not in the reference; the same item twice is almost certainly a slip, but may publish.
  duplicateMedia: 'warning',
  postTypes: {
    video: { name: 'video post', items: { min: 1, max: 1 }, image: null, video: VIDEO, caption: caption(UNCONFIRMED.tiktokVideoCaptionMaxUtf16) },
    // 6.2 [S83]: ≤ 35 photos; the caption is the post's description (≤ 4000).
    photo: { name: 'photo post', items: { min: 1, max: 35 }, image: PHOTO, video: null, caption: caption(4000) },
  },
};
