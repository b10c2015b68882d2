import type { Platform, POST_TYPES } from '../../../preload/contract';
import type { Ratio } from './ratio';

/**
 * The shape of a platform's rules table: plain data, read by one set of generic checks. A limit
 * the reference does not give is null ("not checked here; the platform checks on upload").
 */

/** error: the platform refuses it; warning: it publishes, but maybe not as the owner expects. */
export type RuleSeverity = 'error' | 'warning';

/** How a platform counts a caption's length. */
export type CharacterCounting = 'code_points' | 'utf16_units';

export interface CaptionRules {
  maxCharacters: number;
  counting: CharacterCounting;
  /** null where the platform sets no cap. */
  maxHashtags: number | null;
  maxMentions: number | null;
  /** Usernames may contain dots, so "@shop.name" is one mention. */
  mentionsAllowDots: boolean;
  /** The post type has nothing to publish without text (a Facebook text post). */
  required: boolean;
}

export type PixelMeasure = 'width' | 'short_side' | 'long_side';

export interface PixelRule {
  measure: PixelMeasure;
  min: number | null;
  max: number | null;
  /** reject: the platform refuses it (error); resize: it scales the picture to fit (warning). */
  outside: 'reject' | 'resize';
}

export interface AspectRule {
  min: Ratio;
  max: Ratio;
  severity: RuleSeverity;
}

interface MediaRules {
  /** As normalizeFormat names them; null: not checked. */
  formats: readonly string[] | null;
  maxBytes: number | null;
  pixels: readonly PixelRule[];
  aspect: AspectRule | null;
  /** The shape the platform shows best; any other gets an info. */
  recommendedAspect: Ratio | null;
}

export interface ImageRules extends MediaRules {
  /** Stricter size limits for some formats (Facebook: PNG under 1 MB). */
  maxBytesByFormat: Readonly<Record<string, number>>;
  /** The platform turns other colour spaces into sRGB: an info, not an error. */
  convertsToSrgb: boolean;
}

export interface VideoRules extends MediaRules {
  /** As normalizeCodec names them; null: not checked. */
  videoCodecs: readonly string[] | null;
  /** null: any audio (or none). */
  audioCodecs: readonly string[] | null;
  maxAudioSampleRateHz: number | null;
  frameRate: { min: number; max: number } | null;
  durationMs: { min: number | null; max: number | null };
  /** Average over the file (size ÷ duration), the only bitrate the probe lets us know. */
  maxBitsPerSecond: number | null;
  /** MP4/MOV index (`moov` atom) before the media data. */
  requiresMoovAtFront: boolean;
}

export interface PostTypeRules {
  /** For messages: "An Instagram reel takes 1 video." */
  name: string;
  items: { min: number; max: number };
  /** null: this post type takes no photos / no videos. */
  image: ImageRules | null;
  video: VideoRules | null;
  /** null: the post type carries no caption (an Instagram story). */
  caption: CaptionRules | null;
}

export interface PlatformRules<P extends Platform> {
  platform: P;
  name: string;
  /** "Choose the Instagram account to post to." */
  accountNoun: string;
  /** The same photo or video twice in one post. */
  duplicateMedia: RuleSeverity;
  postTypes: Record<(typeof POST_TYPES)[P][number], PostTypeRules>;
}

/** The rules of any one platform. */
export type AnyPlatformRules = { [P in Platform]: PlatformRules<P> }[Platform];
