/**
 * Everything the sandbox remembers, as one plain JSON-serialisable object (so it can be written
 * to the optional state file and read back). Times are sandbox-clock milliseconds.
 */

export type Platform = 'meta' | 'instagram' | 'tiktok';

/** Why a token stopped working; the subcodes are Graph's 190 subcodes (reference 5.1). */
export type TokenInvalidation =
  | { reason: 'app_removed'; subcode: 458 }
  | { reason: 'checkpointed'; subcode: 459 }
  | { reason: 'password_changed'; subcode: 460 }
  | { reason: 'logged_out'; subcode: 467 }
  | { reason: 'refreshed'; subcode: 467 };

export interface AccessTokenRecord {
  platform: Platform;
  /** user: a person's token; page: a Page token; app: APP_ID|secret-style; refresh: TikTok refresh token. */
  kind: 'user' | 'page' | 'app' | 'refresh';
  /** The object the token acts as: Meta user id, Page id, Instagram account id, TikTok open_id, app id. */
  subjectId: string;
  /** The person behind it (Meta user id, Instagram account id, TikTok open_id). */
  userId: string;
  appId: string;
  /** Instagram Login and TikTok tokens carry their scopes; Meta tokens read the user's current grants. */
  scopes: string[];
  issuedAt: number;
  expiresAt: number | null;
  longLived: boolean;
  /** A Page token dies with the user token it came from. */
  parentToken: string | null;
  invalidated: TokenInvalidation | null;
}

export interface AuthCodeRecord {
  platform: Platform;
  appId: string;
  userId: string;
  redirectUri: string;
  scopes: string[];
  issuedAt: number;
  expiresAt: number;
  used: boolean;
  codeChallenge: { value: string; method: string } | null;
}

/** A consent page that was shown and not yet answered. */
export interface PendingConsent {
  platform: Platform;
  appId: string;
  userId: string;
  redirectUri: string;
  state: string | null;
  scopes: string[];
  responseType: string;
  codeChallenge: { value: string; method: string } | null;
  createdAt: number;
}

export interface MetaAppRecord {
  id: string;
  secret: string;
  name: string;
  /** Valid OAuth Redirect URIs; strict mode compares them byte for byte (reference 1.2). */
  redirectUris: string[];
}

export interface MetaUserRecord {
  id: string;
  name: string;
  email: string;
  pageIds: string[];
  /** This app's grants, as /me/permissions lists them. */
  permissions: Record<string, 'granted' | 'declined'>;
}

export interface MetaPageRecord {
  id: string;
  name: string;
  category: string;
  username: string;
  about: string;
  igUserId: string | null;
  fanCount: number;
  followersCount: number;
  /** The tasks the demo user has on the Page (reference 1.7: CREATE_CONTENT, MANAGE, ANALYZE...). */
  tasks: string[];
}

export interface InstagramAccountRecord {
  id: string;
  username: string;
  name: string;
  biography: string;
  website: string;
  followersCount: number;
  followsCount: number;
  pageId: string | null;
  accountType: 'BUSINESS' | 'MEDIA_CREATOR';
}

export interface InstagramAppRecord {
  id: string;
  secret: string;
  redirectUris: string[];
}

export type ContainerStatus = 'IN_PROGRESS' | 'FINISHED' | 'ERROR' | 'EXPIRED' | 'PUBLISHED';
export type ContainerType = 'IMAGE' | 'VIDEO' | 'REELS' | 'STORIES' | 'CAROUSEL';

export interface ContainerFailure {
  code: number;
  subcode: number;
  message: string;
}

export interface ResumableUploadRecord {
  fileSize: number | null;
  received: number;
  /** The first bytes (enough to probe the file), base64. */
  headBase64: string;
  complete: boolean;
}

export interface InstagramContainerRecord {
  id: string;
  igUserId: string;
  /** Which login path created it: graph.facebook.com ('facebook') or graph.instagram.com ('instagram'). */
  host: 'facebook' | 'instagram';
  type: ContainerType;
  mediaKind: 'image' | 'video' | 'carousel';
  isCarouselItem: boolean;
  caption: string;
  children: string[];
  sourceUrl: string | null;
  shareToFeed: boolean;
  upload: ResumableUploadRecord | null;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  createdAt: number;
  /** When processing ends (null while waiting for an upload or when stuck). */
  readyAt: number | null;
  /** What processing ends in: FINISHED, or ERROR with this failure. */
  failure: ContainerFailure | null;
  stuck: boolean;
  status: ContainerStatus;
  publishedMediaId: string | null;
  /** `alt_text` as given (images only, reference 2.1); absent from state files written before it was kept. */
  altText?: string | null;
}

export interface InstagramMediaRecord {
  id: string;
  igUserId: string;
  containerId: string | null;
  mediaType: 'IMAGE' | 'VIDEO' | 'CAROUSEL_ALBUM';
  productType: 'FEED' | 'REELS' | 'STORY';
  caption: string;
  timestamp: number;
  shortcode: string;
  mediaUrl: string | null;
  children: string[];
  isCarouselChild: boolean;
  durationMs: number | null;
}

export interface FacebookPostRecord {
  id: string;
  pageId: string;
  message: string;
  link: string | null;
  kind: 'status' | 'link' | 'photo' | 'album' | 'video';
  attachedPhotoIds: string[];
  videoId: string | null;
  createdAt: number;
  updatedAt: number;
  /** True once it is live (immediately, or when the scheduled time passes). */
  published: boolean;
  publishedAt: number | null;
  scheduledPublishTime: number | null;
}

export interface FacebookPhotoRecord {
  id: string;
  pageId: string;
  caption: string;
  published: boolean;
  width: number;
  height: number;
  blobId: string;
  postId: string | null;
  createdAt: number;
}

export interface FacebookVideoRecord {
  id: string;
  pageId: string;
  title: string;
  description: string;
  fileSize: number;
  received: number;
  headBase64: string;
  phase: 'uploading' | 'processing' | 'ready' | 'error';
  readyAt: number | null;
  published: boolean;
  scheduledPublishTime: number | null;
  postId: string | null;
  createdAt: number;
  uploadSessionId: string | null;
}

export interface TikTokAppRecord {
  clientKey: string;
  clientSecret: string;
  name: string;
  /** Desktop redirect URIs: localhost or 127.0.0.1, port required, `*` port allowed (reference 6.1). */
  redirectUris: string[];
  /** URL prefixes verified for PULL_FROM_URL (reference 6.2). */
  verifiedUrlPrefixes: string[];
  /** Unaudited clients may only post SELF_ONLY (reference 6.2). */
  audited: boolean;
}

export interface TikTokUserRecord {
  openId: string;
  unionId: string;
  username: string;
  displayName: string;
  bioDescription: string;
  isVerified: boolean;
  followerCount: number;
  followingCount: number;
  likesCount: number;
  privateAccount: boolean;
  maxVideoPostDurationSec: number;
  commentDisabled: boolean;
  duetDisabled: boolean;
  stitchDisabled: boolean;
}

export type TikTokPublishStatus =
  | 'PROCESSING_UPLOAD'
  | 'PROCESSING_DOWNLOAD'
  | 'SEND_TO_USER_INBOX'
  | 'PUBLISH_COMPLETE'
  | 'FAILED';

export interface TikTokPublishRecord {
  id: string;
  openId: string;
  mode: 'direct' | 'inbox';
  source: 'FILE_UPLOAD' | 'PULL_FROM_URL';
  title: string;
  privacyLevel: string | null;
  videoSize: number;
  chunkSize: number;
  totalChunkCount: number;
  received: number;
  headBase64: string;
  uploadToken: string | null;
  uploadExpiresAt: number;
  createdAt: number;
  status: TikTokPublishStatus;
  /** When processing ends (null while bytes are still expected). */
  readyAt: number | null;
  failReason: string | null;
  /** Public posts get their id only after moderation (reference 6.2). */
  moderatedAt: number | null;
  videoId: string | null;
  durationSec: number | null;
  width: number | null;
  height: number | null;
  /** A photo post (content/init, media_type PHOTO); absent for a video. */
  photo?: TikTokPhotoPost;
}

/** What a photo post carries besides a video's fields (reference 6.2 [S83]). */
export interface TikTokPhotoPost {
  description: string;
  imageCount: number;
  coverIndex: number;
}

export interface TikTokVideoRecord {
  id: string;
  openId: string;
  title: string;
  createTime: number;
  durationSec: number;
  width: number;
  height: number;
  privacyLevel: string;
  /** A photo post; the Display API lists it with the creator's videos (a sandbox choice, README). */
  photo?: TikTokPhotoPost;
}

/** A comment under an Instagram media or a Page post (reference 3 "Comments"). */
export interface CommentRecord {
  id: string;
  platform: 'instagram' | 'facebook';
  /** The IG media or Page post it is under. */
  parentId: string;
  /** Who wrote it: the Instagram account, or the Page. */
  authorId: string;
  message: string;
  createdAt: number;
}

export interface BlobRecord {
  contentType: string;
  base64: string;
}

export interface SandboxState {
  schema: 1;
  /** Source of every generated id and token, so they are deterministic for a seed. */
  serial: number;
  tokens: Record<string, AccessTokenRecord>;
  codes: Record<string, AuthCodeRecord>;
  consents: Record<string, PendingConsent>;
  meta: {
    app: MetaAppRecord;
    users: Record<string, MetaUserRecord>;
    pages: Record<string, MetaPageRecord>;
  };
  instagram: {
    app: InstagramAppRecord;
    accounts: Record<string, InstagramAccountRecord>;
    containers: Record<string, InstagramContainerRecord>;
    media: Record<string, InstagramMediaRecord>;
    /** Per account: when each media_publish and each container creation happened. */
    publishTimes: Record<string, number[]>;
    containerTimes: Record<string, number[]>;
  };
  facebook: {
    posts: Record<string, FacebookPostRecord>;
    photos: Record<string, FacebookPhotoRecord>;
    videos: Record<string, FacebookVideoRecord>;
  };
  tiktok: {
    app: TikTokAppRecord;
    users: Record<string, TikTokUserRecord>;
    publishes: Record<string, TikTokPublishRecord>;
    videos: Record<string, TikTokVideoRecord>;
  };
  usage: {
    appCalls: number[];
    businessCalls: Record<string, { type: 'pages' | 'instagram'; calls: number[] }>;
    /** TikTok per-minute windows, keyed by endpoint and token. */
    rateWindows: Record<string, number[]>;
  };
  blobs: Record<string, BlobRecord>;
  /** By id; absent from state files written before comments were served (main/sandbox/meta/comments.ts). */
  comments?: Record<string, CommentRecord>;
}
