import type {
  AccountHealthState,
  LoginPath,
  MediaId,
  MediaProbe,
  Platform,
  TikTokCreatorSettings,
} from '../../../preload/contract';

/** What validation knows of a library item: validation reads no files, it sees the probe. */
export interface ContextMedia {
  originalName: string;
  probe: MediaProbe;
}

/** What validation knows of a connected account. */
export interface ContextAccount {
  platform: Platform;
  loginPath: LoginPath;
  displayName: string;
  health: AccountHealthState;
  /** TikTok's `creator_info` as last read; null elsewhere or before the first read. */
  tiktokCreator: TikTokCreatorSettings | null;
}

/**
 * What the owner's storage bucket can do (Settings), for the posts that need a web address for
 * their media: an Instagram Login account has no Page to stage on (platform-apis.md 2.3), and
 * TikTok pulls photo posts only from a domain verified with TikTok (6.2).
 */
export interface ContextStaging {
  /** A bucket is set up: Instagram can be handed pre-signed addresses. */
  canStage: boolean;
  /** The bucket has a public address on a domain the owner verified with TikTok. */
  canServeTikTokPhotos: boolean;
}

/** Everything validatePost reads besides the post: it does no I/O and reads no clock. */
export interface ValidationContext {
  media: ReadonlyMap<string, ContextMedia>;
  accounts: ReadonlyMap<string, ContextAccount>;
  staging: ContextStaging;
}

/** A library item as a check sees it, with the words that name it in a message. */
export interface MediaInScope extends ContextMedia {
  id: MediaId;
  /** "This photo" / "This video" when it is the only one, else its file name. */
  label: string;
}
