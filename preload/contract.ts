/**
 * The one contract between the renderer and the main process.
 *
 * Every channel the renderer may call and every event main may push is declared here once, as zod
 * schemas; the TypeScript types are inferred from them. Main validates every request against this
 * file, the preload and the browser-mode transport build `window.api` from it, and the renderer
 * types its calls with it. This file must stay free of Node, DOM and Electron imports (enforced by
 * lint) because all three sides compile it.
 *
 * Payloads are plain JSON (strings for instants, no Date or Map) so that the same contract works
 * over Electron IPC (structured clone) and the browser-mode WebSocket (JSON).
 */
import { z } from 'zod';

// ---------------------------------------------------------------------------------------------
// Domain values shared by several channels
// ---------------------------------------------------------------------------------------------

/** True when the runtime's Intl database knows the IANA zone name. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const ThemePreference = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof ThemePreference>;

export const TimeZoneName = z
  .string()
  .min(1)
  .max(64)
  .refine(isKnownTimeZone, { message: 'Unknown time zone; pick one from the list.' });

/** What the owner can change in Settings. Window bounds and other internals live only in main. */
export const Preferences = z.object({
  theme: ThemePreference,
  timezone: TimeZoneName,
  launchAtLogin: z.boolean(),
  /** How late a missed post may still go out on wake before it is held as "missed". */
  catchUpGraceMinutes: z.number().int().min(0).max(24 * 60),
  /**
   * Linux without a password keyring: the owner accepted that sign-ins are stored with only weak
   * protection (Electron's `basic_text`). Off unless they explicitly say so.
   */
  allowWeakKeyring: z.boolean(),
});
export type Preferences = z.infer<typeof Preferences>;

/** A change to some preferences; unknown keys are refused rather than silently dropped. */
export const PreferencesPatch = Preferences.partial().strict();
export type PreferencesPatch = z.infer<typeof PreferencesPatch>;

export const AppMode = z.enum(['desktop', 'browser']);
export type AppMode = z.infer<typeof AppMode>;

export const NoticeLevel = z.enum(['info', 'warning', 'error']);

/** Something main wants the owner to know: shown as a toast, or a banner when it needs action. */
export const Notice = z.object({
  id: z.string(),
  level: NoticeLevel,
  title: z.string(),
  body: z.string(),
});
export type Notice = z.infer<typeof Notice>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  mode: AppMode,
  dataDirectory: z.string(),
  logDirectory: z.string(),
  /** Things that happened during start-up (a database moved aside, say) that the owner must read. */
  startupNotices: z.array(Notice),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const Diagnostics = z.object({
  /** Plain text the owner can paste into a support message; contains no secrets. */
  text: z.string(),
});
export type Diagnostics = z.infer<typeof Diagnostics>;

export const Platform = z.enum(['instagram', 'facebook', 'tiktok']);
export type Platform = z.infer<typeof Platform>;

/**
 * Which sign-in a connection goes through: Meta's Facebook Login (Facebook Pages and the Instagram
 * accounts linked to them), Instagram Login (an Instagram professional account without a Page),
 * or TikTok.
 */
export const SignInNetwork = z.enum(['meta', 'instagram', 'tiktok']);
export type SignInNetwork = z.infer<typeof SignInNetwork>;

export const LoginPath = z.enum(['facebook_login', 'instagram_login', 'tiktok_login']);
export type LoginPath = z.infer<typeof LoginPath>;

/** A permission the account did not grant, with the feature that needs it, in plain words. */
export const MissingPermission = z.object({
  permission: z.string(),
  feature: z.string(),
});
export type MissingPermission = z.infer<typeof MissingPermission>;

/**
 * How an account stands, most urgent first: it must sign in again; a permission a feature needs
 * was not granted; its sign-in or data access ends within 7 days; all well.
 */
export const AccountHealthState = z.enum(['needs_reconnect', 'missing_permission', 'expiring', 'connected']);
export type AccountHealthState = z.infer<typeof AccountHealthState>;

export const AccountHealth = z.object({
  state: AccountHealthState,
  /** Why it needs reconnecting, in the owner's words ("Instagram says the password changed"). */
  reason: z.string().nullable(),
  /** When the saved sign-in stops working unless refreshed or renewed (null: it does not expire). */
  tokenExpiresAt: z.string().nullable(),
  /** Meta's data access expiry (90 days after the last sign-in), for Facebook Login accounts. */
  dataAccessExpiresAt: z.string().nullable(),
  missingPermissions: z.array(MissingPermission),
  /** The last time upkeep checked the account with its platform. */
  checkedAt: z.string().nullable(),
});
export type AccountHealth = z.infer<typeof AccountHealth>;

/** TikTok's privacy levels (`creator_info.privacy_level_options`, platform-apis.md 6.2). */
export const TikTokPrivacyLevel = z.enum(['PUBLIC_TO_EVERYONE', 'MUTUAL_FOLLOW_FRIENDS', 'FOLLOWER_OF_CREATOR', 'SELF_ONLY']);
export type TikTokPrivacyLevel = z.infer<typeof TikTokPrivacyLevel>;

/** A TikTok account's posting settings from its last `creator_info` (6.2), for the composer offline. */
export const TikTokCreatorSettings = z.object({
  privacyLevelOptions: z.array(TikTokPrivacyLevel),
  commentDisabled: z.boolean(),
  duetDisabled: z.boolean(),
  stitchDisabled: z.boolean(),
  maxVideoPostDurationSec: z.number().int().positive(),
  /** When Outpost last read them. */
  readAt: z.string(),
});
export type TikTokCreatorSettings = z.infer<typeof TikTokCreatorSettings>;

/** What the renderer may know of an account: never a token. */
export const AccountSummary = z.object({
  id: z.string(),
  platform: Platform,
  displayName: z.string(),
  username: z.string().nullable(),
  avatarUrl: z.string().nullable(),
  isDemo: z.boolean(),
  loginPath: LoginPath,
  health: AccountHealth,
  grantedScopes: z.array(z.string()),
  /** The last time the owner signed in for this account. */
  connectedAt: z.string(),
  /** For an Instagram account reached through a Facebook Page: that Page's account id. */
  linkedAccountId: z.string().nullable(),
  /** TikTok: the creator's posting settings as last read; null elsewhere or before the first read. */
  tiktokCreator: TikTokCreatorSettings.nullable(),
});
export type AccountSummary = z.infer<typeof AccountSummary>;

/**
 * The owner's own developer apps (platform-apis.md, "Design consequences" 1A): Meta's app for
 * Facebook Login, its Instagram app for Instagram Login, TikTok's Login Kit app.
 */
export const DeveloperAppKind = z.enum(['meta', 'instagram', 'tiktok']);
export type DeveloperAppKind = z.infer<typeof DeveloperAppKind>;

/** A developer app as the renderer sees it: the id, never the secret. */
export const DeveloperAppStatus = z.object({
  kind: DeveloperAppKind,
  /** Saved in Outpost, taken from environment variables (development), or not set up. */
  source: z.enum(['saved', 'environment', 'none']),
  appId: z.string().nullable(),
  /** The redirect URI to register with the platform, exactly as Outpost sends it. */
  redirectUri: z.string(),
  /** The permissions (scopes) Outpost asks for, to enable in the app. */
  scopes: z.array(z.string()),
  savedAt: z.string().nullable(),
});
export type DeveloperAppStatus = z.infer<typeof DeveloperAppStatus>;

/**
 * The shape of each platform's app id and secret, checked as the owner types and again in main:
 * Meta and Instagram app ids are numbers and their secrets 32 hex digits; TikTok client keys are
 * letters and digits, and their secrets 32 letters and digits.
 */
export const DEVELOPER_APP_FORMATS: Record<
  DeveloperAppKind,
  { appId: RegExp; appIdHint: string; appSecret: RegExp; appSecretHint: string }
> = {
  meta: {
    appId: /^\d{6,20}$/,
    appIdHint: 'A Meta app id is a number of 6 to 20 digits, like 1234567890123456.',
    appSecret: /^[0-9a-f]{32}$/i,
    appSecretHint: 'A Meta app secret is 32 characters of 0-9 and a-f.',
  },
  instagram: {
    appId: /^\d{6,20}$/,
    appIdHint: 'An Instagram app id is a number of 6 to 20 digits (Instagram → API setup with Instagram login).',
    appSecret: /^[0-9a-f]{32}$/i,
    appSecretHint: 'An Instagram app secret is 32 characters of 0-9 and a-f.',
  },
  tiktok: {
    appId: /^[a-z0-9]{8,32}$/i,
    appIdHint: 'A TikTok client key is 8 to 32 letters and digits, like awx1y2z3...',
    appSecret: /^[A-Za-z0-9]{32}$/,
    appSecretHint: 'A TikTok client secret is 32 letters and digits.',
  },
};

/** An app id and secret the owner typed; the secret travels to main once and never back. */
export const DeveloperAppCredentials = z
  .object({
    kind: DeveloperAppKind,
    appId: z.string().trim().max(64),
    appSecret: z.string().trim().max(128),
  })
  .strict()
  .superRefine((value, context) => {
    const format = DEVELOPER_APP_FORMATS[value.kind];
    if (!format.appId.test(value.appId)) context.addIssue({ code: 'custom', path: ['appId'], message: format.appIdHint });
    if (!format.appSecret.test(value.appSecret)) context.addIssue({ code: 'custom', path: ['appSecret'], message: format.appSecretHint });
  });
export type DeveloperAppCredentials = z.infer<typeof DeveloperAppCredentials>;

/** Where the token vault keeps secrets, and whether the owner must decide about a weak keyring. */
export const KeyringStatus = z.object({
  /** The keyring backend's name (`gnome_libsecret`, `macos_keychain`, `development_key`, ...). */
  backend: z.string().nullable(),
  state: z.enum(['protected', 'weak_refused', 'weak_accepted', 'unavailable']),
});
export type KeyringStatus = z.infer<typeof KeyringStatus>;

/** Something the owner may add after signing in: a Page, an Instagram account, a TikTok account. */
export const ConnectCandidate = z.object({
  candidateId: z.string(),
  platform: Platform,
  displayName: z.string(),
  username: z.string().nullable(),
  /** An Instagram account hangs off this Page candidate. */
  linkedCandidateId: z.string().nullable(),
  alreadyConnected: z.boolean(),
});
export type ConnectCandidate = z.infer<typeof ConnectCandidate>;

export const ConnectStart = z.object({
  attemptId: z.string(),
  /**
   * Set only where main cannot open the system browser itself (browser mode): the renderer opens
   * it. In the desktop app main opens it and this is absent.
   */
  authorizationUrl: z.string().url().optional(),
});
export type ConnectStart = z.infer<typeof ConnectStart>;

export const ConnectResult = z.object({
  attemptId: z.string(),
  candidates: z.array(ConnectCandidate),
  /** Scopes Outpost asked for that the owner did not grant, by name. */
  missingScopes: z.array(z.string()),
});
export type ConnectResult = z.infer<typeof ConnectResult>;

export const DemoStatus = z.object({
  /** The owner has no accounts at all: offer "Try the demo". */
  hasAnyAccount: z.boolean(),
  demoAccountCount: z.number().int().nonnegative(),
});
export type DemoStatus = z.infer<typeof DemoStatus>;

const AttemptRef = z.object({ attemptId: z.string().min(1).max(64) }).strict();

// ---------------------------------------------------------------------------------------------
// Composer: media library, posts and their targets, validation (issue 5)
// ---------------------------------------------------------------------------------------------

/** A media item is named by the SHA-256 of its bytes: importing the same file twice is one item. */
export const MediaId = z.string().regex(/^[0-9a-f]{64}$/, 'A media id is a SHA-256 in hex.');
export type MediaId = z.infer<typeof MediaId>;

export const MediaKind = z.enum(['image', 'video']);
export type MediaKind = z.infer<typeof MediaKind>;

/**
 * What the probe learned on import. Pixel sizes are as the picture is seen (EXIF orientation
 * applied), so aspect-ratio rules compare what the owner sees.
 */
export const MediaProbe = z.object({
  kind: MediaKind,
  /** The real format read from the bytes, never from the file name: jpeg, png, webp, heic, gif, mp4, mov, webm... */
  format: z.string(),
  byteSize: z.number().int().nonnegative(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** The EXIF orientation tag (1 to 8) when the file has one other than 1 (upright). */
  orientation: z.number().int().min(2).max(8).nullable(),
  /** sRGB, Display P3, CMYK... as the file declares it; null when it does not say. */
  colorSpace: z.string().nullable(),
  /** The file carries GPS coordinates. */
  hasLocation: z.boolean(),
  /** The file carries camera make, model or serial details. */
  hasCameraDetails: z.boolean(),
  durationMs: z.number().int().nonnegative().nullable(),
  videoCodec: z.string().nullable(),
  audioCodec: z.string().nullable(),
  audioSampleRateHz: z.number().int().positive().nullable(),
  frameRate: z.number().positive().nullable(),
  /** MP4/MOV: the index (`moov` atom) comes before the media data (Instagram requires it). */
  moovAtFront: z.boolean().nullable(),
});
export type MediaProbe = z.infer<typeof MediaProbe>;

/** The one-click fixes; each makes a new item from the old one, which stays in the library. */
export const MediaFixKind = z.enum(['convert_to_jpeg', 'apply_orientation', 'strip_metadata', 'downscale', 'crop']);
export type MediaFixKind = z.infer<typeof MediaFixKind>;

/** A fix to apply. Crop rectangles are in pixels of the picture as seen (orientation applied). */
export const MediaFixRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('convert_to_jpeg') }).strict(),
  z.object({ kind: z.literal('apply_orientation') }).strict(),
  z.object({ kind: z.literal('strip_metadata') }).strict(),
  z.object({ kind: z.literal('downscale'), maxLongEdge: z.number().int().min(16).max(20000) }).strict(),
  z
    .object({
      kind: z.literal('crop'),
      left: z.number().int().min(0),
      top: z.number().int().min(0),
      width: z.number().int().min(1),
      height: z.number().int().min(1),
    })
    .strict(),
]);
export type MediaFixRequest = z.infer<typeof MediaFixRequest>;

export const MediaItem = z.object({
  id: MediaId,
  /** The file's name when imported, for display only. */
  originalName: z.string(),
  importedAt: z.string(),
  probe: MediaProbe,
  /** Small JPEG (images) or poster frame (videos) for grids and strips. */
  thumbnailUrl: z.string(),
  /** Larger JPEG for previews and the crop tool. */
  previewUrl: z.string(),
  /** The item this one was made from by a fix, and which fix. */
  derivedFrom: z.object({ mediaId: MediaId, fix: MediaFixKind }).nullable(),
  /** How many posts (not deleted) use the item. */
  usedByPostCount: z.number().int().nonnegative(),
});
export type MediaItem = z.infer<typeof MediaItem>;

export const MediaUse = z.object({
  postId: z.string(),
  /** The start of the post's text, for the list. */
  excerpt: z.string(),
  /** True when a target of the post is scheduled or publishing: the item cannot be deleted. */
  scheduled: z.boolean(),
});
export type MediaUse = z.infer<typeof MediaUse>;

export const MediaDetails = MediaItem.extend({ usedBy: z.array(MediaUse) });
export type MediaDetails = z.infer<typeof MediaDetails>;

export const MediaQuery = z
  .object({
    search: z.string().max(200).optional(),
    kind: MediaKind.optional(),
    usage: z.enum(['all', 'used', 'unused']).optional(),
  })
  .strict();
export type MediaQuery = z.infer<typeof MediaQuery>;

/** One file's outcome: imported (or already there), or why not. One bad file never stops the rest. */
export const MediaImportResult = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('imported'), fileName: z.string(), item: MediaItem, duplicate: z.boolean() }),
  z.object({ outcome: z.literal('failed'), fileName: z.string(), message: z.string(), action: z.string().optional() }),
]);
export type MediaImportResult = z.infer<typeof MediaImportResult>;

/** Browser mode: the renderer streams a dropped or picked file to this path (POST, raw body). */
export const BROWSER_MEDIA_UPLOAD_PATH = '/media-upload';
/** The query parameter carrying the file's original name on an upload. */
export const BROWSER_MEDIA_UPLOAD_NAME_PARAMETER = 'name';

/** The most photos and videos one post holds (TikTok's 35 photos is the largest platform need). */
export const MAX_POST_MEDIA = 50;

/** The post types each platform offers. */
export const POST_TYPES = {
  instagram: ['feed', 'carousel', 'reel', 'story'],
  facebook: ['text', 'link', 'photo', 'multi_photo', 'video'],
  tiktok: ['video', 'photo'],
} as const satisfies Record<Platform, readonly string[]>;

export const PostType = z.enum(['feed', 'carousel', 'reel', 'story', 'text', 'link', 'photo', 'multi_photo', 'video']);
export type PostType = z.infer<typeof PostType>;

export function isPostTypeOf(platform: Platform, postType: PostType): boolean {
  return (POST_TYPES[platform] as readonly string[]).includes(postType);
}


/**
 * Instagram's and Facebook's limits for the two texts below were not found in the reference
 * (platform-apis.md); these are the caption's limit and a generous one for alt text. UNCONFIRMED.
 */
export const FIRST_COMMENT_MAX_CHARS = 2200;
export const ALT_TEXT_MAX_CHARS = 1000;

/**
 * An optional comment posted right after the post is out (hashtags or a link kept out of the
 * caption); null = none. Its failure never marks the post failed.
 */
export const FirstComment = z.string().max(FIRST_COMMENT_MAX_CHARS).nullable();

export const InstagramOptions = z
  .object({
    platform: z.literal('instagram'),
    /** Reels: also show the reel in the profile grid. */
    shareToFeed: z.boolean(),
    /** Reels: an image from the library as the cover, else a frame at `thumbOffsetMs`. */
    coverMediaId: MediaId.nullable(),
    thumbOffsetMs: z.number().int().min(0).nullable(),
    /** Feed photos and carousel photos: a description for people using screen readers, by media id. */
    altTexts: z.record(MediaId, z.string().max(ALT_TEXT_MAX_CHARS)).default({}),
    firstComment: FirstComment.default(null),
  })
  .strict();

export const FacebookOptions = z
  .object({
    platform: z.literal('facebook'),
    /** Link posts: the address to share. */
    link: z.string().max(2048).nullable(),
    firstComment: FirstComment.default(null),
  })
  .strict();

/**
 * TikTok's posting choices. TikTok's guidelines ask that nothing is pre-chosen for the creator:
 * privacy starts unset and the interaction switches start off.
 */
export const TikTokOptions = z
  .object({
    platform: z.literal('tiktok'),
    privacyLevel: TikTokPrivacyLevel.nullable(),
    allowComments: z.boolean(),
    allowDuet: z.boolean(),
    allowStitch: z.boolean(),
    /** The post promotes something: the owner's own business and/or a third party (branded content). */
    discloseCommercialContent: z.boolean(),
    promotesOwnBusiness: z.boolean(),
    brandedContent: z.boolean(),
    /** Video: the frame used as the cover. */
    coverTimestampMs: z.number().int().min(0).nullable(),
    /** Photo posts: the title (the caption becomes the description). */
    title: z.string().max(90).nullable(),
  })
  .strict();

export const TargetOptions = z.discriminatedUnion('platform', [InstagramOptions, FacebookOptions, TikTokOptions]);
export type TargetOptions = z.infer<typeof TargetOptions>;

/** A new target's options: nothing chosen for the owner (TikTok's guidelines), reels shared to the feed. */
export function defaultTargetOptions(platform: Platform): TargetOptions {
  switch (platform) {
    case 'instagram':
      return { platform, shareToFeed: true, coverMediaId: null, thumbOffsetMs: null, altTexts: {}, firstComment: null };
    case 'facebook':
      return { platform, link: null, firstComment: null };
    case 'tiktok':
      return {
        platform,
        privacyLevel: null,
        allowComments: false,
        allowDuet: false,
        allowStitch: false,
        discloseCommercialContent: false,
        promotesOwnBusiness: false,
        brandedContent: false,
        coverTimestampMs: null,
        title: null,
      };
  }
}

/** The post type that fits the media the owner picked, for a new target or changed media. */
export function suggestPostType(platform: Platform, kinds: readonly MediaKind[]): PostType {
  const videos = kinds.filter((kind) => kind === 'video').length;
  const images = kinds.length - videos;
  switch (platform) {
    case 'instagram':
      if (kinds.length > 1) return 'carousel';
      return videos === 1 ? 'reel' : 'feed';
    case 'facebook':
      if (videos > 0) return 'video';
      if (images > 1) return 'multi_photo';
      return images === 1 ? 'photo' : 'text';
    case 'tiktok':
      return images > 0 && videos === 0 ? 'photo' : 'video';
  }
}

export const TargetStatus = z.enum(['draft', 'scheduled', 'publishing', 'published', 'failed', 'needs_attention', 'missed']);
export type TargetStatus = z.infer<typeof TargetStatus>;

/** One destination of a post. */
export const PostTarget = z
  .object({
    id: z.string().min(1).max(64),
    platform: Platform,
    /** Null while the owner has not chosen the account (or has none yet). */
    accountId: z.string().min(1).max(64).nullable(),
    postType: PostType,
    /** The caption variant; null inherits the post's text (and keeps following it). */
    caption: z.string().max(100_000).nullable(),
    /** Which of the post's media, in which order; null inherits the post's media and order. */
    mediaIds: z.array(MediaId).max(MAX_POST_MEDIA).nullable(),
    options: TargetOptions,
    /** Read-only here: the composer saves drafts; scheduling moves the status. */
    status: TargetStatus,
  })
  .strict()
  .refine((target) => target.options.platform === target.platform && isPostTypeOf(target.platform, target.postType), {
    message: 'The post type and options must belong to the target’s platform.',
  });
export type PostTarget = z.infer<typeof PostTarget>;

/** A post as the composer edits it: the owner's text and media, and one target per destination. */
export const PostDraft = z
  .object({
    id: z.string().min(1).max(64),
    body: z.string().max(100_000),
    mediaIds: z.array(MediaId).max(MAX_POST_MEDIA),
    /** Remove location and camera details from photos before they are posted (on unless turned off). */
    stripMetadata: z.boolean(),
    targets: z.array(PostTarget).max(20),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .strict();
export type PostDraft = z.infer<typeof PostDraft>;

export const ValidationSeverity = z.enum(['error', 'warning', 'info']);
export type ValidationSeverity = z.infer<typeof ValidationSeverity>;

/** A fix the composer can offer next to an issue; `crop` opens the crop tool on the allowed range. */
export const MediaFixSuggestion = z.object({
  kind: MediaFixKind,
  mediaId: MediaId,
  /** The button's words ("Convert to JPEG"). */
  label: z.string(),
  /** downscale: the long edge to reach. */
  maxLongEdge: z.number().int().positive().optional(),
  /** crop: the allowed width/height ratios, and the one to start from. */
  aspect: z.object({ min: z.number().positive(), max: z.number().positive(), suggested: z.number().positive() }).optional(),
});
export type MediaFixSuggestion = z.infer<typeof MediaFixSuggestion>;

export const ValidationIssue = z.object({
  /** Stable across runs for the same problem, for React keys and tests. */
  key: z.string(),
  /** Null for the post itself (its text or media as a whole). */
  targetId: z.string().nullable(),
  /** What the issue sits next to in the composer. */
  subject: z.enum(['caption', 'media', 'options', 'account', 'post_type']),
  mediaId: MediaId.nullable(),
  severity: ValidationSeverity,
  /** A stable code for the rule (`instagram.image.aspect_ratio`). */
  code: z.string(),
  /** What is wrong and what to do, in the owner's words. */
  message: z.string(),
  fix: MediaFixSuggestion.nullable(),
});
export type ValidationIssue = z.infer<typeof ValidationIssue>;

const Count = z.object({ used: z.number().int().nonnegative(), max: z.number().int().positive().nullable() });

/** The live counters shown under the editor for each target. */
export const TargetMeasure = z.object({
  targetId: z.string(),
  characters: Count,
  hashtags: Count,
  mentions: Count,
  /** Text and link posts take no media: their maximum is 0. */
  items: z.object({ used: z.number().int().nonnegative(), min: z.number().int().nonnegative(), max: z.number().int().nonnegative() }),
});
export type TargetMeasure = z.infer<typeof TargetMeasure>;

export const PostValidation = z.object({
  issues: z.array(ValidationIssue),
  measures: z.array(TargetMeasure),
  /** No errors: every target has an account and nothing a platform would reject. */
  readyToSchedule: z.boolean(),
});
export type PostValidation = z.infer<typeof PostValidation>;

/** What the composer works with: the saved draft and what the platforms would say about it. */
export const PostEditorState = z.object({ post: PostDraft, validation: PostValidation });
export type PostEditorState = z.infer<typeof PostEditorState>;

/** A fix's answer: the post with the fixed copy in place, and which item that copy is. */
export const MediaFixResult = PostEditorState.extend({ fixedMediaId: MediaId });
export type MediaFixResult = z.infer<typeof MediaFixResult>;

/** A line of the drafts list. */
export const PostSummary = z.object({
  id: z.string(),
  excerpt: z.string(),
  thumbnailUrl: z.string().nullable(),
  mediaCount: z.number().int().nonnegative(),
  targets: z.array(z.object({ platform: Platform, accountId: z.string().nullable(), status: TargetStatus })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PostSummary = z.infer<typeof PostSummary>;

export const DraftsQuery = z
  .object({
    search: z.string().max(200).optional(),
    accountId: z.string().min(1).max(64).optional(),
    sort: z.enum(['updated', 'created', 'text']).optional(),
  })
  .strict();
export type DraftsQuery = z.infer<typeof DraftsQuery>;


// ---------------------------------------------------------------------------------------------
// Typed error results
// ---------------------------------------------------------------------------------------------

/**
 * Codes of errors the UI can act on. Later capabilities add theirs here (TOKEN_EXPIRED, ...), so
 * that the renderer handles them with an exhaustive switch.
 */
export const ErrorCode = z.enum([
  /** The payload did not match the channel's request schema. */
  'VALIDATION_FAILED',
  /** The message came from a frame or origin that may not call main. */
  'FORBIDDEN_SENDER',
  /** The channel name is not part of the contract. */
  'UNKNOWN_CHANNEL',
  /** The action exists in the desktop app but not in this mode (browser mode). */
  'NOT_AVAILABLE',
  /** Anything unexpected; details are in the log, not in the message. */
  'INTERNAL',
  /** A platform no longer accepts the account's sign-in (expired, revoked, password changed). */
  'TOKEN_EXPIRED',
  /** The account did not grant a permission the action needs. */
  'PERMISSION_MISSING',
  /** The platform asked Outpost to slow down; the action can run again later. */
  'RATE_LIMITED',
  /** The platform refused the media or caption (format, size, aspect ratio, length). */
  'MEDIA_REJECTED',
  /** The platform could not be reached or failed on its side; trying again may work. */
  'PLATFORM_UNAVAILABLE',
  /** The platform refused the request for a reason that trying again will not fix. */
  'PLATFORM_ERROR',
  /** The owner declined or cancelled a sign-in; nothing was connected. */
  'AUTH_CANCELLED',
  /** A sign-in was not finished in time. */
  'AUTH_TIMEOUT',
  /** A local port Outpost needs (the sign-in callback) is taken by another program. */
  'PORT_IN_USE',
  /** A live sign-in needs the owner's developer app, and it is not set up yet. */
  'DEVELOPER_APP_MISSING',
  /** The platform refused the developer app's id or secret. */
  'DEVELOPER_APP_REJECTED',
  /** Linux without a password keyring: sign-ins would be stored with weak protection; ask the owner. */
  'KEYRING_WEAK',
  /** The OS keyring cannot be reached right now (locked, still starting). */
  'KEYRING_UNAVAILABLE',
  /** The post, media item or account asked for does not exist (any more). */
  'NOT_FOUND',
  /** A file could not be read as a picture or video (empty, truncated, corrupt, or not what its name says). */
  'MEDIA_UNREADABLE',
  /** The file is a kind of media Outpost cannot post anywhere. */
  'MEDIA_UNSUPPORTED',
  /** A media item cannot be deleted while a scheduled post uses it. */
  'MEDIA_IN_USE',
  /** The disk is full: nothing was lost, but nothing more can be saved until space is freed. */
  'DISK_FULL',
  /** The target's state does not allow this (e.g. rescheduling a post that is already out). */
  'TARGET_LOCKED',
  /** The time asked for cannot be used (in the past, or beyond what the platform accepts). */
  'SCHEDULE_INVALID',
  /** The post is not ready to schedule: the validation issues say what to fix. */
  'POST_NOT_READY',
  /** The owner's storage bucket could not be reached or refused a request (keys, bucket name, permissions). */
  'BUCKET_FAILED',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorResult = z.object({
  ok: z.literal(false),
  code: ErrorCode,
  message: z.string(),
  /** What the owner can do about it, in plain words, when there is something to do. */
  action: z.string().optional(),
});
export type ErrorResult = z.infer<typeof ErrorResult>;

export type OkResult<T> = { ok: true; value: T };
export type Result<T> = OkResult<T> | ErrorResult;

// ---------------------------------------------------------------------------------------------
// Scheduling, the publish queue and the calendar (issue 6)
// ---------------------------------------------------------------------------------------------

/** An instant as ISO-8601 with an offset (main always answers in UTC, `…Z`). */
export const IsoInstant = z.iso.datetime({ offset: true });

/**
 * Where a scheduled target goes out from: this computer (Outpost must be running at that time),
 * or Facebook's own schedule (handed over with `scheduled_publish_time`, goes out with the
 * laptop off).
 */
export const RunsWhere = z.enum(['app', 'platform']);
export type RunsWhere = z.infer<typeof RunsWhere>;

/** Why a target stopped or waits, in plain words, with what to do. */
export const TargetProblem = z.object({
  code: ErrorCode,
  message: z.string(),
  action: z.string().nullable(),
});
export type TargetProblem = z.infer<typeof TargetProblem>;

/** One target as the calendar, the queue and the tray show it. */
export const ScheduledItem = z.object({
  targetId: z.string(),
  postId: z.string(),
  platform: Platform,
  accountId: z.string().nullable(),
  /** The account's display name, or null while none is chosen (or it was disconnected). */
  accountName: z.string().nullable(),
  postType: PostType,
  excerpt: z.string(),
  thumbnailUrl: z.string().nullable(),
  status: TargetStatus,
  /** The instant it is (or was) due; null for a draft that was never scheduled. */
  dueAt: IsoInstant.nullable(),
  /** The IANA zone the owner planned it in (the calendar shows the owner's current zone). */
  timezone: z.string().nullable(),
  runsWhere: RunsWhere,
  /** While publishing: the step's plain name ("Uploading the video") and how far it is (0..1). */
  step: z.string().nullable(),
  progress: z.number().min(0).max(1).nullable(),
  /** When a retry, a throttle or a posting limit holds it: the earliest it tries again. */
  waitingUntil: IsoInstant.nullable(),
  problem: TargetProblem.nullable(),
  publishedAt: IsoInstant.nullable(),
  permalink: z.string().nullable(),
  /** Minutes it went out after its time (woken late, caught up); null when on time. */
  lateByMinutes: z.number().int().nonnegative().nullable(),
});
export type ScheduledItem = z.infer<typeof ScheduledItem>;

export const TimelineKind = z.enum([
  'scheduled',
  'rescheduled',
  'cancelled',
  'attempt',
  'step',
  'retry',
  'throttled',
  'held',
  'late',
  'missed',
  'handed_off',
  'published',
  'failed',
  'needs_attention',
  'resumed',
  /** The first comment under a published post: posted, or why not (the post stays published). */
  'comment',
]);
export type TimelineKind = z.infer<typeof TimelineKind>;

/** One line of a target's status timeline: every step and attempt, with time and outcome. */
export const TimelineEntry = z.object({
  id: z.number().int(),
  at: IsoInstant,
  kind: TimelineKind,
  outcome: z.enum(['ok', 'error', 'info']),
  /** The attempt it belongs to (1, 2, 3), or null for planning events. */
  attempt: z.number().int().positive().nullable(),
  /** The step's plain name, for step events. */
  step: z.string().nullable(),
  /** What happened, in plain words (the platform's error explained, not its code). */
  message: z.string(),
  /** The platform's raw code and trace id, for support; null when there is none. */
  detail: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/** What the owner may do with a target now (the UI shows only these). */
export const TargetActions = z.object({
  publishNow: z.boolean(),
  retry: z.boolean(),
  reschedule: z.boolean(),
  /** Back to draft ("Skip" for a missed post). */
  cancel: z.boolean(),
});
export type TargetActions = z.infer<typeof TargetActions>;

export const TargetDetails = ScheduledItem.extend({
  caption: z.string(),
  timeline: z.array(TimelineEntry),
  actions: TargetActions,
});
export type TargetDetails = z.infer<typeof TargetDetails>;

export const CalendarQuery = z
  .object({
    from: IsoInstant,
    to: IsoInstant,
    accountIds: z.array(z.string().min(1).max(64)).max(100).optional(),
    platforms: z.array(Platform).max(3).optional(),
    statuses: z.array(TargetStatus).max(7).optional(),
  })
  .strict();
export type CalendarQuery = z.infer<typeof CalendarQuery>;

/** A weekly posting time of an account, in the owner's time zone. ISO weekday: 1 = Monday. */
export const QueueSlot = z
  .object({
    weekday: z.number().int().min(1).max(7),
    /** 24-hour local time, "HH:MM". */
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  })
  .strict();
export type QueueSlot = z.infer<typeof QueueSlot>;

export const AccountQueueSlots = z.object({ accountId: z.string(), slots: z.array(QueueSlot) });
export type AccountQueueSlots = z.infer<typeof AccountQueueSlots>;

/** When to schedule a post's targets: an instant, now, or each account's next free queue slot. */
export const ScheduleWhen = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('at'), dueAt: IsoInstant }).strict(),
  z.object({ kind: z.literal('now') }).strict(),
  z.object({ kind: z.literal('queue') }).strict(),
]);
export type ScheduleWhen = z.infer<typeof ScheduleWhen>;

/** What scheduling a post would do, per target, before the owner confirms. */
export const PlannedTarget = z.object({
  targetId: z.string(),
  platform: Platform,
  accountName: z.string().nullable(),
  status: TargetStatus,
  /** When it would go out (for `queue`: the slot it would take); null when it cannot be planned. */
  dueAt: IsoInstant.nullable(),
  runsWhere: RunsWhere,
  /** Plain-words warnings: the posting limit of the last 24 hours, a slot that does not exist. */
  warnings: z.array(z.string()),
});
export type PlannedTarget = z.infer<typeof PlannedTarget>;

export const SchedulePlan = z.object({
  validation: PostValidation,
  targets: z.array(PlannedTarget),
});
export type SchedulePlan = z.infer<typeof SchedulePlan>;

/** The sidebar's and the tray's picture of publishing. */
export const PublishingOverview = z.object({
  paused: z.boolean(),
  /** Targets scheduled and not yet out. */
  upcoming: z.number().int().nonnegative(),
  /** Failed, needs attention or missed: the owner must look. */
  needsAttention: z.number().int().nonnegative(),
  publishing: z.array(ScheduledItem),
  next: ScheduledItem.nullable(),
  /** Those needing the app running that are due in the next 24 hours (the quit dialog lists them). */
  dueSoonInApp: z.array(ScheduledItem),
});
export type PublishingOverview = z.infer<typeof PublishingOverview>;

/** Live progress of a target being published (throttled to a few per second). */
export const PublishProgress = z.object({
  targetId: z.string(),
  step: z.string(),
  progress: z.number().min(0).max(1).nullable(),
});
export type PublishProgress = z.infer<typeof PublishProgress>;

/** Where a notification click (or the tray) sends the owner. */
export const OpenTarget = z.object({ section: z.enum(['calendar', 'accounts']), targetId: z.string().nullable() });
export type OpenTarget = z.infer<typeof OpenTarget>;

// ---------------------------------------------------------------------------------------------
// The media staging bucket (issue 7)
// ---------------------------------------------------------------------------------------------

/**
 * The owner's S3-compatible bucket (AWS S3, Cloudflare R2, Backblaze B2, MinIO). Instagram
 * fetches photos and videos only from a web address: Outpost puts the file in the bucket and hands
 * Instagram a pre-signed address, then deletes the object. Accounts connected with Instagram Login
 * have no Facebook Page to stage photos on and need it. The secret key never comes back to the
 * renderer: it is kept encrypted in the token vault.
 */
export const BucketSettings = z
  .object({
    /** The service's S3 address (R2: https://<account>.r2.cloudflarestorage.com); null = AWS S3 in `region`. */
    endpoint: z.url({ protocol: /^https?$/ }).max(2048).nullable(),
    /** AWS region, or what the service asks for ("auto" for R2). */
    region: z.string().trim().min(1).max(64),
    bucket: z.string().trim().min(3).max(63),
    accessKeyId: z.string().trim().min(1).max(256),
    /** Bucket name in the path rather than the host name: MinIO and several S3-compatible services need it. */
    forcePathStyle: z.boolean(),
    /**
     * A public address that serves the bucket's objects (a custom domain), for TikTok photo posts,
     * which TikTok pulls only from a domain verified for the owner's developer app; null = none.
     */
    publicBaseUrl: z.url({ protocol: /^https?$/ }).max(2048).nullable(),
    /** The owner verified `publicBaseUrl`'s domain or URL prefix with TikTok. */
    publicDomainVerifiedWithTikTok: z.boolean(),
  })
  .strict();
export type BucketSettings = z.infer<typeof BucketSettings>;

/** Settings with the secret key; null keeps the saved one (editing without typing it again). */
export const BucketCredentials = BucketSettings.extend({ secretAccessKey: z.string().min(1).max(256).nullable() }).strict();
export type BucketCredentials = z.infer<typeof BucketCredentials>;

/** One check of the connection test, in the order they run; later checks are skipped after a failure. */
export const BucketCheck = z.object({
  name: z.enum(['upload', 'privateLink', 'publicAddress', 'remove']),
  outcome: z.enum(['ok', 'failed', 'skipped']),
  /** Plain words: what was checked, or what went wrong and what to do. */
  message: z.string(),
});
export type BucketCheck = z.infer<typeof BucketCheck>;

export const BucketTestReport = z.object({ ok: z.boolean(), checks: z.array(BucketCheck) });
export type BucketTestReport = z.infer<typeof BucketTestReport>;

// ---------------------------------------------------------------------------------------------
// Insights (issue 8)
// ---------------------------------------------------------------------------------------------

/**
 * What Outpost measures on a post, in its own words, the same on every platform (each platform's
 * current metric names are mapped to these in `main/insights/sources/`). `interactions` is the
 * platform's total (Instagram `total_interactions`; Facebook reactions + comments + shares;
 * TikTok likes + comments + shares). `reach` is people reached; TikTok gives views only.
 */
export const InsightMetric = z.enum([
  'views',
  'reach',
  'likes',
  'comments',
  'shares',
  'saves',
  'replies',
  'interactions',
  'clicks',
  'profile_activity',
  'avg_watch_time_ms',
]);
export type InsightMetric = z.infer<typeof InsightMetric>;

/**
 * An account's figures per day. `followers` is the total at the end of the day; `follower_change`
 * is follows minus unfollows that day; `likes_total` and `video_count` are TikTok's account counters.
 */
export const AccountDayMetric = z.enum(['followers', 'follower_change', 'reach', 'views', 'interactions', 'profile_activity', 'likes_total', 'video_count']);
export type AccountDayMetric = z.infer<typeof AccountDayMetric>;

/** When a post is measured after it goes out (a story: 1h and 23h, inside its 24-hour life). */
export const InsightCheckpoint = z.enum(['1h', '24h', '72h', '7d', '28d', '23h']);
export type InsightCheckpoint = z.infer<typeof InsightCheckpoint>;

/** A calendar day in the owner's time zone, "YYYY-MM-DD". */
export const LocalDate = z.iso.date();
export type LocalDate = z.infer<typeof LocalDate>;

/** Whole days in the owner's time zone, both ends included. */
export const InsightsPeriod = z
  .object({ from: LocalDate, to: LocalDate })
  .strict()
  .refine((period) => period.from <= period.to, 'A period ends on or after the day it starts.');
export type InsightsPeriod = z.infer<typeof InsightsPeriod>;

/** The dashboard's question: a period, and which accounts or platforms (all when absent). */
export const InsightsQuery = z
  .object({
    period: InsightsPeriod,
    accountIds: z.array(z.string().min(1).max(64)).max(100).optional(),
    platforms: z.array(Platform).max(3).optional(),
  })
  .strict();
export type InsightsQuery = z.infer<typeof InsightsQuery>;

/** A headline number with the same figure for the period just before, and the change. */
export const HeadlineFigure = z.object({
  current: z.number().nullable(),
  previous: z.number().nullable(),
  /** current - previous; null when either is unknown. */
  change: z.number().nullable(),
  /** change / previous; null when either is unknown or previous is 0. */
  changeRatio: z.number().nullable(),
});
export type HeadlineFigure = z.infer<typeof HeadlineFigure>;

/**
 * Headline figures over the posts published in the period (their latest measurement) and the
 * accounts' follower counts. Engagement rate = interactions ÷ reach, summed over those posts
 * (views stand in for reach where a platform reports none: TikTok).
 */
export const InsightsHeadline = z.object({
  posts: HeadlineFigure,
  views: HeadlineFigure,
  reach: HeadlineFigure,
  interactions: HeadlineFigure,
  engagementRate: HeadlineFigure,
  followerChange: HeadlineFigure,
});
export type InsightsHeadline = z.infer<typeof InsightsHeadline>;

/** One day of the selected accounts together (sums); null where no account reported it. */
export const InsightsDay = z.object({
  day: LocalDate,
  views: z.number().nullable(),
  reach: z.number().nullable(),
  interactions: z.number().nullable(),
  followers: z.number().nullable(),
  followerChange: z.number().nullable(),
});
export type InsightsDay = z.infer<typeof InsightsDay>;

/** A measured post, with its latest figures. */
export const InsightPost = z.object({
  postId: z.string(),
  /** The Outpost target it came from; null for a post imported from the platform. */
  targetId: z.string().nullable(),
  origin: z.enum(['outpost', 'imported']),
  accountId: z.string(),
  accountName: z.string(),
  platform: Platform,
  kind: PostType,
  publishedAt: IsoInstant,
  caption: z.string(),
  permalink: z.string().nullable(),
  /** The local thumbnail of an Outpost post; null for imported ones (platform addresses expire). */
  thumbnailUrl: z.string().nullable(),
  metrics: z.partialRecord(InsightMetric, z.number()),
  /** interactions ÷ reach (or views); null until measured. */
  engagementRate: z.number().nullable(),
  measuredAt: IsoInstant.nullable(),
});
export type InsightPost = z.infer<typeof InsightPost>;

/** A weekday-by-hour cell of the owner's history, in the owner's time zone. ISO weekday: 1 = Monday. */
export const BestTimeCell = z.object({
  weekday: z.number().int().min(1).max(7),
  hour: z.number().int().min(0).max(23),
  posts: z.number().int().nonnegative(),
  /** Mean engagement rate of the posts published in that hour; null without posts. */
  engagementRate: z.number().nullable(),
});
export type BestTimeCell = z.infer<typeof BestTimeCell>;

export const BestTimes = z.object({
  /** All 168 cells, Monday 00:00 first. */
  cells: z.array(BestTimeCell),
  postsConsidered: z.number().int().nonnegative(),
  /** False below `minimumPosts`: the heatmap says there is too little to go on. */
  enoughData: z.boolean(),
  minimumPosts: z.number().int().positive(),
});
export type BestTimes = z.infer<typeof BestTimes>;

/** Where collection stands, for the dashboard's footer and its refresh buttons. */
export const InsightsCollectionStatus = z.object({
  running: z.boolean(),
  lastRunAt: IsoInstant.nullable(),
  /** The next daily account run (03:00 in the owner's time zone). */
  nextDailyRunAt: IsoInstant.nullable(),
  /** Post measurements due now or earlier, still to take. */
  pendingMeasurements: z.number().int().nonnegative(),
  /** Plain words per account that could not be measured lately, and what happens next. */
  problems: z.array(z.object({ accountId: z.string(), message: z.string() })),
});
export type InsightsCollectionStatus = z.infer<typeof InsightsCollectionStatus>;

export const InsightsDashboard = z.object({
  period: InsightsPeriod,
  /** As many days, just before `period`. */
  previousPeriod: InsightsPeriod,
  timezone: z.string(),
  headline: InsightsHeadline,
  /** Every day of the period, oldest first. */
  daily: z.array(InsightsDay),
  /** Posts of the period by engagement rate, highest first (at most 20). */
  postsByEngagement: z.array(InsightPost),
  /** The five best and five worst posts of the period by engagement rate. */
  topPosts: z.array(InsightPost),
  bottomPosts: z.array(InsightPost),
  /** From all of the selected accounts' history, not only the period. */
  bestTimes: BestTimes,
  collection: InsightsCollectionStatus,
});
export type InsightsDashboard = z.infer<typeof InsightsDashboard>;

/** One measurement of a post: its time, the checkpoint (null for a refresh) and the values. */
export const InsightMeasurement = z.object({
  at: IsoInstant,
  checkpoint: InsightCheckpoint.nullable(),
  values: z.partialRecord(InsightMetric, z.number()),
});
export type InsightMeasurement = z.infer<typeof InsightMeasurement>;

export const InsightPostDetail = z.object({
  post: InsightPost,
  /** Oldest first. */
  history: z.array(InsightMeasurement),
  nextMeasurementAt: IsoInstant.nullable(),
  /** Plain words for metrics the platform does not give for this kind of post. */
  notAvailable: z.array(z.string()),
});
export type InsightPostDetail = z.infer<typeof InsightPostDetail>;

export const InsightsExport = z.object({ fileName: z.string(), csv: z.string() });
export type InsightsExport = z.infer<typeof InsightsExport>;

/** A posting time the owner's history favours, for the queue-slot screen. */
export const SuggestedSlot = QueueSlot.extend({
  posts: z.number().int().positive(),
  engagementRate: z.number(),
});
export type SuggestedSlot = z.infer<typeof SuggestedSlot>;

export const SlotSuggestions = z.object({ accountId: z.string(), slots: z.array(SuggestedSlot), enoughData: z.boolean() });
export type SlotSuggestions = z.infer<typeof SlotSuggestions>;

const POST_REF = z.object({ postId: z.string().min(1).max(200) }).strict();

// ---------------------------------------------------------------------------------------------
// Channels (renderer -> main, request/response) and events (main -> renderer)
// ---------------------------------------------------------------------------------------------

/** A channel that takes no input accepts only `undefined` (what a zero-argument call sends). */
const NoInput = z.undefined();
const TARGET_REF = z.object({ targetId: z.string().min(1).max(64) }).strict();

export const channels = {
  'app.info': { request: NoInput, response: AppInfo },
  'settings.get': { request: NoInput, response: Preferences },
  'settings.set': { request: PreferencesPatch, response: Preferences },
  'diagnostics.get': { request: NoInput, response: Diagnostics },
  'diagnostics.openLogFolder': { request: NoInput, response: z.null() },
  'accounts.list': { request: NoInput, response: z.array(AccountSummary) },
  /**
   * Starts a sign-in in the system browser: with the demo sandbox, or live with the owner's
   * developer app. `reconsent` asks Meta to show the permissions the owner declined again.
   */
  'accounts.beginConnect': {
    request: z.object({ network: SignInNetwork, demo: z.boolean(), reconsent: z.boolean().optional() }).strict(),
    response: ConnectStart,
  },
  /** Waits until the owner finishes in the browser; resolves with what they may add. */
  'accounts.finishConnect': { request: AttemptRef, response: ConnectResult },
  'accounts.cancelConnect': { request: AttemptRef, response: z.null() },
  'accounts.confirmConnect': {
    request: z.object({ attemptId: z.string().min(1).max(64), candidateIds: z.array(z.string().min(1)).min(1).max(100) }).strict(),
    response: z.array(AccountSummary),
  },
  /**
   * Disconnects an account: revokes Outpost's access on the platform where nothing else uses the
   * same sign-in, deletes its saved secrets, and keeps or deletes its post history.
   */
  'accounts.disconnect': {
    request: z.object({ accountId: z.string().min(1).max(64), keepHistory: z.boolean() }).strict(),
    response: z.object({ revokedOnPlatform: z.boolean() }),
  },
  /** Runs the token upkeep pass now (refresh what can be refreshed, verify the rest). */
  'accounts.checkHealth': { request: NoInput, response: z.array(AccountSummary) },
  'developerApps.list': { request: NoInput, response: z.array(DeveloperAppStatus) },
  /** Proves an id and secret work with the platform, without saving anything. */
  'developerApps.test': { request: DeveloperAppCredentials, response: z.null() },
  /** Tests, then saves: the id in the database, the secret in the token vault. */
  'developerApps.save': { request: DeveloperAppCredentials, response: z.array(DeveloperAppStatus) },
  'developerApps.remove': {
    request: z.object({ kind: DeveloperAppKind }).strict(),
    response: z.array(DeveloperAppStatus),
  },
  /** Imports files the owner picked or dropped (desktop: their paths on disk). */
  'media.importPaths': {
    request: z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(100) }).strict(),
    response: z.array(MediaImportResult),
  },
  'media.list': { request: MediaQuery, response: z.array(MediaItem) },
  'media.get': { request: z.object({ mediaId: MediaId }).strict(), response: MediaDetails },
  /** Deletes an item and its files; refused with MEDIA_IN_USE while a scheduled post uses it. */
  'media.delete': { request: z.object({ mediaId: MediaId }).strict(), response: z.null() },
  'posts.create': { request: NoInput, response: PostEditorState },
  'posts.get': { request: z.object({ postId: z.string().min(1).max(64) }).strict(), response: PostEditorState },
  /** Autosave: replaces the draft's text, media and targets in one transaction. */
  'posts.save': { request: PostDraft, response: PostEditorState },
  /** What the platforms would say about a draft, without saving it (runs as the owner types). */
  'posts.validate': { request: PostDraft, response: PostValidation },
  'posts.listDrafts': { request: DraftsQuery, response: z.array(PostSummary) },
  'posts.duplicate': { request: z.object({ postId: z.string().min(1).max(64) }).strict(), response: PostEditorState },
  /** Moves a post to the bin; `posts.restore` brings it back (undo). */
  'posts.delete': { request: z.object({ postId: z.string().min(1).max(64) }).strict(), response: z.null() },
  'posts.restore': { request: z.object({ postId: z.string().min(1).max(64) }).strict(), response: z.null() },
  /**
   * Applies a fix to one of the post's media: makes the fixed item and puts it in the old one's
   * place in the post and every target, in one step.
   */
  'posts.applyMediaFix': {
    request: z.object({ postId: z.string().min(1).max(64), mediaId: MediaId, fix: MediaFixRequest }).strict(),
    response: MediaFixResult,
  },
  /** The calendar's and the list's targets due in [from, to), with filters. */
  'schedule.list': { request: CalendarQuery, response: z.array(ScheduledItem) },
  /** Targets that need the owner (failed, needs attention, missed), whenever they were due. */
  'schedule.listProblems': { request: NoInput, response: z.array(ScheduledItem) },
  'schedule.target': { request: TARGET_REF, response: TargetDetails },
  /** What scheduling the post would do (validation, times, where it runs, limit warnings); changes nothing. */
  'schedule.plan': { request: z.object({ postId: z.string().min(1).max(64), when: ScheduleWhen }).strict(), response: SchedulePlan },
  /** Schedules every draft target of the post; refused with POST_NOT_READY while validation has errors. */
  'schedule.schedulePost': {
    request: z.object({ postId: z.string().min(1).max(64), when: ScheduleWhen }).strict(),
    response: z.array(ScheduledItem),
  },
  /** Moves a scheduled or missed target (drag in the calendar); checks the time and the posting limit. */
  'schedule.reschedule': { request: z.object({ targetId: z.string().min(1).max(64), dueAt: IsoInstant }).strict(), response: ScheduledItem },
  'schedule.publishNow': { request: TARGET_REF, response: ScheduledItem },
  'schedule.retry': { request: TARGET_REF, response: ScheduledItem },
  /** Back to draft (removes it from Facebook's schedule when it was handed over). "Skip" for a missed post. */
  'schedule.cancel': { request: TARGET_REF, response: ScheduledItem },
  'schedule.overview': { request: NoInput, response: PublishingOverview },
  'schedule.setPaused': { request: z.object({ paused: z.boolean() }).strict(), response: PublishingOverview },
  'schedule.slots': { request: NoInput, response: z.array(AccountQueueSlots) },
  'schedule.setSlots': {
    request: z.object({ accountId: z.string().min(1).max(64), slots: z.array(QueueSlot).max(7 * 24) }).strict(),
    response: z.array(AccountQueueSlots),
  },
  /** The saved bucket, without its secret; null when none is set up. */
  'staging.get': { request: NoInput, response: BucketSettings.nullable() },
  /** Uploads, reads back through a pre-signed (and the public) address, and deletes a small test object; saves nothing. */
  'staging.test': { request: BucketCredentials, response: BucketTestReport },
  /** Tests, then saves (the secret in the token vault); refused with BUCKET_FAILED when a check fails. */
  'staging.save': { request: BucketCredentials, response: BucketSettings },
  'staging.remove': { request: NoInput, response: z.null() },
  /** Headline figures, daily series, top and bottom posts and best times for a period. */
  'insights.dashboard': { request: InsightsQuery, response: InsightsDashboard },
  /** One post's measurements over time. */
  'insights.post': { request: POST_REF, response: InsightPostDetail },
  /** Measures one post now (a refresh: no checkpoint). */
  'insights.refreshPost': { request: POST_REF, response: InsightPostDetail },
  /** Imports the account's recent posts, collects its days and its due measurements now. */
  'insights.refreshAccount': { request: z.object({ accountId: z.string().min(1).max(64) }).strict(), response: InsightsCollectionStatus },
  'insights.status': { request: NoInput, response: InsightsCollectionStatus },
  /** CSV text: the period's posts with their latest metrics, or the daily account series. */
  'insights.exportCsv': { request: z.object({ kind: z.enum(['posts', 'daily']), query: InsightsQuery }).strict(), response: InsightsExport },
  /** Weekly times the account's own history favours (best-time cells with enough posts). */
  'insights.suggestSlots': { request: z.object({ accountId: z.string().min(1).max(64) }).strict(), response: SlotSuggestions },
  'keyring.status': { request: NoInput, response: KeyringStatus },
  'demo.status': { request: NoInput, response: DemoStatus },
  /** Removes every demo account, their posts and saved sign-ins, and the demo sandbox's data, in one step. */
  'demo.remove': { request: NoInput, response: z.null() },
} as const;

export const events = {
  /** A notice for the owner (toast or banner). */
  notice: Notice,
  /** Preferences changed (from this window, the tray, or another process). */
  'settings.changed': Preferences,
  /** The connected accounts changed (added, removed, health). */
  'accounts.changed': z.array(AccountSummary),
  /** Targets changed state (scheduled, moved, published, failed): the calendar refreshes them. */
  'schedule.changed': z.object({ overview: PublishingOverview, targets: z.array(ScheduledItem) }),
  'publish.progress': PublishProgress,
  /** New measurements were stored or collection changed state: the dashboard reloads. */
  'insights.changed': InsightsCollectionStatus,
  /** The tray or a notification asks the window to show a screen. */
  'app.open': OpenTarget,
} as const;

export type Channel = keyof typeof channels;
export type EventName = keyof typeof events;
export type RequestOf<C extends Channel> = z.input<(typeof channels)[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<(typeof channels)[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<(typeof channels)[C]['response']>;
export type EventPayloadOf<E extends EventName> = z.output<(typeof events)[E]>;

export const channelNames = Object.keys(channels) as Channel[];
export const eventNames = Object.keys(events) as EventName[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}

/** Prefix of the Electron IPC channel names, so no other code's channel can collide with ours. */
export const IPC_PREFIX = 'outpost:';
export const IPC_EVENT_PREFIX = 'outpost-event:';

// ---------------------------------------------------------------------------------------------
// Browser-mode transport (development and tests): the same contract over a loopback WebSocket
// ---------------------------------------------------------------------------------------------

export const BROWSER_BRIDGE_PATH = '/bridge';
/** The query parameter carrying the per-run secret that the page and the socket must show. */
export const BROWSER_BRIDGE_TOKEN_PARAMETER = 'token';

export const BridgeInvokeFrame = z.object({
  id: z.number().int().nonnegative(),
  channel: z.string(),
  /** Absent for channels without input (JSON drops `undefined`). */
  payload: z.unknown().optional(),
});
export type BridgeInvokeFrame = z.infer<typeof BridgeInvokeFrame>;

export type BridgeServerFrame =
  | { kind: 'reply'; id: number; result: unknown }
  | { kind: 'event'; event: string; payload: unknown };
