import type { CaptionRules, ImageRules, PlatformRules, VideoRules } from './ruleTypes';
import { UNCONFIRMED } from './unconfirmed';
import { MiB } from './units';

/**
 * Facebook Pages (platform-apis.md section 3). Source tags are the reference's; values it marks
 * UNCONFIRMED come from unconfirmed.ts.
 */

const caption = (required: boolean): CaptionRules => ({
  maxCharacters: UNCONFIRMED.facebookMaxCharacters,
  // Not documented; Unicode code points (an emoji is 1), as for Instagram.
  counting: 'code_points',
  maxHashtags: null,
  maxMentions: null,
  // An "@name" in a Page post's text is plain text through the API; counted for the owner only.
  mentionsAllowDots: false,
  required,
});

const PHOTO: ImageRules = {
  formats: ['jpeg', 'bmp', 'png', 'gif', 'tiff'], // 3 [S43]
  maxBytes: 4 * MiB - 1, // 3 [S43]: "keep photos < 4 MB"; subcode 1366046 [S59]
  maxBytesByFormat: { png: 1 * MiB - 1 }, // 3 [S43]: "PNG < 1 MB"
  pixels: [],
  aspect: null,
  recommendedAspect: null,
  convertsToSrgb: false,
};

/** The reference gives no video limits for Pages (3 [S44] [S59]): Facebook checks on upload. */
const VIDEO: VideoRules = {
  formats: null,
  maxBytes: null,
  pixels: [],
  aspect: null,
  recommendedAspect: null,
  videoCodecs: null,
  audioCodecs: null,
  maxAudioSampleRateHz: null,
  frameRate: null,
  durationMs: { min: null, max: null },
  maxBitsPerSecond: null,
  requiresMoovAtFront: false,
};

const NO_MEDIA = { min: 0, max: 0 };

export const FACEBOOK_RULES: PlatformRules<'facebook'> = {
  platform: 'facebook',
  name: 'Facebook',
  accountNoun: 'Facebook Page',
  duplicateMedia: 'error', // 5.2 [S59]: subcode 1366051 "duplicate photos"
  postTypes: {
    // 3 [S25]: POST /{page-id}/feed with `message` (and `link` for link posts).
    text: { name: 'text post', items: NO_MEDIA, image: null, video: null, caption: caption(true) },
    link: { name: 'link post', items: NO_MEDIA, image: null, video: null, caption: caption(false) },
    photo: { name: 'photo post', items: { min: 1, max: 1 }, image: PHOTO, video: null, caption: caption(false) },
    // 3 [S43]: attached_media of two or more unpublished photos.
    multi_photo: {
      name: 'multi-photo post',
      items: { min: 2, max: UNCONFIRMED.facebookMultiPhotoMaxItems },
      image: PHOTO,
      video: null,
      caption: caption(false),
    },
    video: { name: 'video post', items: { min: 1, max: 1 }, image: null, video: VIDEO, caption: caption(false) },
  },
};
