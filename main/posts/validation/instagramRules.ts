import { ratio } from './ratio';
import type { CaptionRules, ImageRules, PlatformRules, VideoRules } from './ruleTypes';
import { UNCONFIRMED } from './unconfirmed';
import { GiB, MiB, MINUTE_MS, SECOND_MS } from './units';

/**
 * Instagram (platform-apis.md section 2). Source tags are the reference's; values it marks
 * UNCONFIRMED come from unconfirmed.ts.
 */

const CAPTION: CaptionRules = {
  maxCharacters: 2200, // 2.4 [S36] [S59]: subcode 2207010 "caption too long"
  // Meta does not say how it counts; Unicode code points (an emoji is 1) is our reading.
  counting: 'code_points',
  maxHashtags: UNCONFIRMED.instagramMaxHashtags,
  maxMentions: UNCONFIRMED.instagramMaxMentions,
  mentionsAllowDots: true, // Instagram usernames contain dots
  required: false,
};

const IMAGE: ImageRules = {
  formats: ['jpeg'], // 2.4 [S30b]: JPEG only; PNG/WebP/HEIC/GIF rejected in practice [S67]
  maxBytes: 8 * MiB - 1, // 2.4 [S30b]; subcode 2207004 "less than 8 MiB" [S49]
  maxBytesByFormat: {},
  pixels: [{ measure: 'width', min: 320, max: 1440, outside: 'resize' }], // 2.4 [S30b]: "scaled if outside"
  aspect: { min: ratio('4:5'), max: ratio('1.91:1'), severity: 'error' }, // 2.4 [S30b]; subcode 2207009 [S59]
  recommendedAspect: null,
  convertsToSrgb: true, // 2.4 [S30b]: "other colour spaces converted"
};

/** Stories fill the screen: the feed's 4:5–1.91:1 does not apply (no story image shape in the reference). */
const STORY_IMAGE: ImageRules = { ...IMAGE, aspect: null };

/** What every Instagram video must be (2.4 [S30b] [S42], Meta's spec table). */
const VIDEO_BASE = {
  formats: ['mp4', 'mov'], // MOV/MP4 (MPEG-4 Part 14)
  videoCodecs: ['h264', 'hevc'],
  audioCodecs: ['aac'],
  maxAudioSampleRateHz: 48_000,
  frameRate: { min: 23, max: 60 },
  pixels: [{ measure: 'width', min: null, max: 1920, outside: 'reject' }], // "max 1920 columns"
  maxBitsPerSecond: 25_000_000, // "VBR ≤ 25 Mbps"
  requiresMoovAtFront: true, // "moov atom at front"
} as const satisfies Partial<VideoRules>;

const REEL_VIDEO: VideoRules = {
  ...VIDEO_BASE,
  maxBytes: 1 * GiB, // 2.4 [S30b] [S42]: ≤ 1 GB
  durationMs: { min: 3 * SECOND_MS, max: 15 * MINUTE_MS }, // 2.4 [S30b] [S42]: 3 s–15 min
  aspect: { min: ratio('0.01:1'), max: ratio('10:1'), severity: 'error' }, // 2.4 [S30b]
  recommendedAspect: ratio('9:16'), // 2.4 [S30b]: "9:16 recommended"
};

/** Stories and carousel videos: the non-reel "video" column of the same table (2.4 [S42]). */
const NON_REEL_VIDEO: VideoRules = {
  ...VIDEO_BASE,
  maxBytes: 100 * MiB, // 2.4 [S42]: ≤ 100 MB
  durationMs: { min: 3 * SECOND_MS, max: 60 * SECOND_MS }, // 2.4 [S42]: 3–60 s
  aspect: { min: ratio('4:5'), max: ratio('16:9'), severity: UNCONFIRMED.instagramNonReelVideoAspectSeverity },
  recommendedAspect: null,
};

/** Story videos fill the screen like story photos: the column's 4:5–16:9 would flag every 9:16 story. */
const STORY_VIDEO: VideoRules = { ...NON_REEL_VIDEO, aspect: null };

export const INSTAGRAM_RULES: PlatformRules<'instagram'> = {
  platform: 'instagram',
  name: 'Instagram',
  accountNoun: 'Instagram account',
  // Not in the reference; the same item twice is almost certainly a slip, but may publish.
  duplicateMedia: 'warning',
  postTypes: {
    // 2.1: a single feed video is published as a reel since 2023-07-01 [S28], so feed is one photo.
    feed: { name: 'feed post', items: { min: 1, max: 1 }, image: IMAGE, video: null, caption: CAPTION },
    // 2.1 [S59] [S36]: 2–10 items (max 10 CONFIRMED (code)).
    carousel: { name: 'carousel', items: { min: 2, max: 10 }, image: IMAGE, video: NON_REEL_VIDEO, caption: CAPTION },
    reel: { name: 'reel', items: { min: 1, max: 1 }, image: null, video: REEL_VIDEO, caption: CAPTION },
    // 2.1 [S30] [S59]: a STORIES container takes image_url or video_url and no caption.
    story: { name: 'story', items: { min: 1, max: 1 }, image: STORY_IMAGE, video: STORY_VIDEO, caption: null },
  },
};
