import type { PlatformFailure, PlatformName } from './platformFailure';

/**
 * THE table from platform failures to error classes: one row per fact in the reference
 * (`../shared/reference/platform-apis.md`, sections 5 and 6.2), each with its source tag, read
 * top to bottom, first match wins. Specific rows (code with subcode, a subcode alone) come before
 * the general ones (a code, a code range, an HTTP status), and the last row catches everything.
 */

/** What the caller should do, and what it needs to do it. */
export type Outcome =
  | { kind: 'tokenInvalid'; reconnectNeeded: boolean }
  | { kind: 'permissionMissing' }
  | { kind: 'throttled'; scope: ThrottleScope; defaultWaitMs: number }
  | { kind: 'mediaRejected'; needsNewContainer: boolean }
  | { kind: 'transient'; needsNewContainer: boolean }
  | { kind: 'permanent' };

/** `app`: every account of the app waits; `account`: only the account (user, Page, creator). */
export type ThrottleScope = 'app' | 'account';

/** A value, or an inclusive range. */
type Match = number | readonly [number, number];

export interface FailurePattern {
  platform?: PlatformName;
  httpStatus?: Match;
  code?: Match;
  subcode?: Match;
  errorCode?: string;
  isTransient?: true;
  transport?: readonly string[];
}

export interface ClassificationRow {
  when: FailurePattern;
  outcome: Outcome;
  /** Plain words for the owner, used in the error message. */
  meaning: string;
  /** Where the fact comes from: reference tags, or the standard a generic row follows. */
  source: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const tokenInvalid = (reconnectNeeded: boolean): Outcome => ({ kind: 'tokenInvalid', reconnectNeeded });
const permissionMissing: Outcome = { kind: 'permissionMissing' };
const throttled = (scope: ThrottleScope, defaultWaitMs: number): Outcome => ({ kind: 'throttled', scope, defaultWaitMs });
const mediaRejected = (needsNewContainer: boolean): Outcome => ({ kind: 'mediaRejected', needsNewContainer });
const transient = (needsNewContainer = false): Outcome => ({ kind: 'transient', needsNewContainer });
const permanent: Outcome = { kind: 'permanent' };

const meta = (when: Omit<FailurePattern, 'platform'>): FailurePattern => ({ platform: 'meta', ...when });
const tiktok = (errorCode: string): FailurePattern => ({ platform: 'tiktok', errorCode });

/**
 * Waits when the platform names none. Meta: mixpost pauses an hour on every throttle code and on a
 * BUC estimate of 0 [S60]. Instagram's publishing limit is a rolling 24 hours ("try next day"
 * [S49]). TikTok's API limits are per minute [S78] [S80] [S84]; its posting caps are per day [S87].
 */
const META_THROTTLE_WAIT_MS = HOUR;

/**
 * Transport faults with no answer from the platform. Offline laptops fail DNS (ENOTFOUND,
 * EAI_AGAIN); axios reports its own timeout as ETIMEDOUT (clarifyTimeoutError) and a dropped
 * browser-style connection as ERR_NETWORK.
 */
const TRANSIENT_TRANSPORT_FAULTS = [
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'ERR_NETWORK',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
] as const;

export const ERROR_TABLE: readonly ClassificationRow[] = [
  // --- Meta: token invalid (190 with its subcodes, 102) ------------------------------------------
  { when: meta({ code: 190, subcode: 458 }), outcome: tokenInvalid(true), meaning: 'the account removed Outpost’s app', source: '[S55]' },
  { when: meta({ code: 190, subcode: 459 }), outcome: tokenInvalid(true), meaning: 'the account is checkpointed; log in on facebook.com first', source: '[S55]' },
  { when: meta({ code: 190, subcode: 460 }), outcome: tokenInvalid(true), meaning: 'the account’s password changed', source: '[S55]' },
  { when: meta({ code: 190, subcode: 463 }), outcome: tokenInvalid(true), meaning: 'the sign-in expired', source: '[S55]' },
  { when: meta({ code: 190, subcode: 464 }), outcome: tokenInvalid(true), meaning: 'the account is not confirmed', source: '[S55]' },
  { when: meta({ code: 190, subcode: 467 }), outcome: tokenInvalid(true), meaning: 'the sign-in is no longer valid (logged out)', source: '[S55]' },
  { when: meta({ code: 190 }), outcome: tokenInvalid(true), meaning: 'the sign-in is invalid, expired or revoked', source: '[S54] [S55]' },
  { when: meta({ code: 102 }), outcome: tokenInvalid(true), meaning: 'the sign-in session is invalid', source: '[S54] [S55]' },

  // --- Instagram publishing: code with subcode (Error Codes page) ---------------------------------
  { when: meta({ code: -2, subcode: 2207003 }), outcome: transient(), meaning: 'Instagram timed out downloading the media', source: '[S49]' },
  { when: meta({ code: -2, subcode: 2207020 }), outcome: transient(true), meaning: 'the media container expired', source: '[S49]' },
  { when: meta({ code: -1, subcode: 2207001 }), outcome: transient(), meaning: 'Instagram had a server error', source: '[S49]' },
  { when: meta({ code: -1, subcode: 2207032 }), outcome: transient(true), meaning: 'Instagram could not create the media', source: '[S49]' },
  { when: meta({ code: -1, subcode: 2207053 }), outcome: transient(true), meaning: 'the video upload failed for an unknown reason', source: '[S49]' },
  { when: meta({ code: 1, subcode: 2207057 }), outcome: mediaRejected(true), meaning: 'the cover frame time is outside the video', source: '[S49]' },
  // Code 4 is a throttle, but this subcode is a spam restriction: retrying on a timer would make it
  // worse, so the owner decides.
  { when: meta({ code: 4, subcode: 2207051 }), outcome: permanent, meaning: 'Instagram restricted this activity as suspected spam', source: '[S49]' },
  { when: meta({ code: 9, subcode: 2207042 }), outcome: throttled('account', DAY), meaning: 'the daily Instagram publishing limit is reached', source: '[S49] [S34]' },

  // --- Instagram publishing: subcodes postiz maps, whatever the code ------------------------------
  { when: meta({ subcode: 2207004 }), outcome: mediaRejected(true), meaning: 'the image is larger than 8 MB', source: '[S49]' },
  { when: meta({ subcode: 2207005 }), outcome: mediaRejected(true), meaning: 'the image format is not supported (JPEG only)', source: '[S59]' },
  { when: meta({ subcode: 2207006 }), outcome: mediaRejected(true), meaning: 'the media was not found at its address', source: '[S59]' },
  { when: meta({ subcode: 2207008 }), outcome: transient(true), meaning: 'the media container expired', source: '[S59]' },
  { when: meta({ subcode: 2207009 }), outcome: mediaRejected(true), meaning: 'the aspect ratio is outside 4:5 to 1.91:1', source: '[S59]' },
  { when: meta({ subcode: 2207010 }), outcome: mediaRejected(true), meaning: 'the caption is too long', source: '[S59]' },
  { when: meta({ subcode: 2207023 }), outcome: mediaRejected(true), meaning: 'the media type is not recognised', source: '[S59]' },
  { when: meta({ subcode: 2207026 }), outcome: mediaRejected(true), meaning: 'the video format is not supported', source: '[S59]' },
  { when: meta({ subcode: 2207028 }), outcome: mediaRejected(true), meaning: 'the carousel is not valid (2 to 10 items)', source: '[S59] [S36]' },
  { when: meta({ subcode: 2207050 }), outcome: permanent, meaning: 'the Instagram account is restricted or inactive', source: '[S59]' },
  { when: meta({ subcode: 2207052 }), outcome: mediaRejected(true), meaning: 'Instagram could not fetch the media', source: '[S59]' },
  { when: meta({ subcode: 2207077 }), outcome: mediaRejected(true), meaning: 'Instagram could not download the video', source: '[S59]' },
  { when: meta({ subcode: 2207081 }), outcome: permanent, meaning: 'trial reels are not supported for this account', source: '[S59]' },
  { when: meta({ subcode: 2207082 }), outcome: transient(), meaning: 'the upload failed', source: '[S59] [S56]' },
  // Publishing before the container is FINISHED: wait, then publish the same container.
  { when: meta({ subcode: 2207027 }), outcome: transient(), meaning: 'the media is not ready to publish yet', source: 'instagram clients (code)' },
  { when: meta({ subcode: [2207000, 2207999] }), outcome: mediaRejected(true), meaning: 'Instagram refused the media', source: '[S49]' },
  { when: meta({ code: 36000 }), outcome: mediaRejected(true), meaning: 'the image is too large', source: '[S49]' },
  { when: meta({ code: 36001 }), outcome: mediaRejected(true), meaning: 'the image resolution is not supported', source: '[S59]' },
  { when: meta({ code: 36003 }), outcome: mediaRejected(true), meaning: 'the aspect ratio is not supported', source: '[S59]' },
  { when: meta({ code: [36000, 36003] }), outcome: mediaRejected(true), meaning: 'Instagram refused the media', source: '[S49] [S59]' },

  // --- Facebook Page publishing subcodes (postiz) ------------------------------------------------
  { when: meta({ subcode: 1366046 }), outcome: mediaRejected(false), meaning: 'the photo is over 4 MB or not a JPEG or PNG', source: '[S59] [S43]' },
  { when: meta({ subcode: 1366051 }), outcome: mediaRejected(false), meaning: 'the same photo was posted more than once', source: '[S59]' },
  { when: meta({ subcode: 1390008 }), outcome: throttled('account', META_THROTTLE_WAIT_MS), meaning: 'the Page is posting too fast', source: '[S59]' },
  { when: meta({ subcode: 1346003 }), outcome: permanent, meaning: 'Facebook flagged the post as abusive', source: '[S59]' },
  { when: meta({ subcode: 1404078 }), outcome: permissionMissing, meaning: 'Page Publishing Authorization is not complete', source: '[S59] [S34]' },
  { when: meta({ subcode: 1609008 }), outcome: permanent, meaning: 'links to facebook.com cannot be posted', source: '[S59]' },
  { when: meta({ subcode: 2061006 }), outcome: permanent, meaning: 'the link is not a valid URL', source: '[S59]' },
  { when: meta({ subcode: 4854002 }), outcome: permanent, meaning: 'Facebook needs the account owner to confirm their identity', source: '[S59]' },
  { when: meta({ subcode: 1363047 }), outcome: transient(), meaning: 'Facebook is temporarily unavailable', source: '[S59]' },
  { when: meta({ subcode: 1609010 }), outcome: transient(), meaning: 'Facebook is temporarily unavailable', source: '[S59]' },
  // Postiz sends subcode 33 to re-authentication [S59]; Graph returns it (with code 100) for an
  // object that does not exist too, e.g. a deleted post, so it must not mark an account broken.
  { when: meta({ subcode: 33 }), outcome: permanent, meaning: 'the object does not exist or this account cannot see it', source: '[S59]' },

  // --- Meta upload host (rupload) error types: not in the reference, seen in code ------------------
  { when: meta({ errorCode: 'AuthorizationError' }), outcome: tokenInvalid(true), meaning: 'the upload host refused the sign-in', source: 'rupload (code)' },
  // The bytes did not start where the server's count ends: resuming asks it for its offset.
  { when: meta({ errorCode: 'OffsetInvalidError' }), outcome: transient(), meaning: 'the upload offset did not match the server’s', source: 'rupload (code)' },
  { when: meta({ errorCode: 'RateLimitError' }), outcome: throttled('account', MINUTE), meaning: 'the upload host asked to slow down', source: 'rupload (code)' },

  // --- Meta: throttles -------------------------------------------------------------------------
  { when: meta({ code: 4 }), outcome: throttled('app', META_THROTTLE_WAIT_MS), meaning: 'the app made too many calls', source: '[S55] [S56]' },
  { when: meta({ code: 17 }), outcome: throttled('account', META_THROTTLE_WAIT_MS), meaning: 'the account made too many calls', source: '[S55]' },
  { when: meta({ code: 32 }), outcome: throttled('account', META_THROTTLE_WAIT_MS), meaning: 'the Page made too many calls', source: '[S57]' },
  { when: meta({ code: 613 }), outcome: throttled('account', META_THROTTLE_WAIT_MS), meaning: 'the calls exceeded the rate limit', source: '[S60]' },
  { when: meta({ code: [80000, 80014] }), outcome: throttled('account', META_THROTTLE_WAIT_MS), meaning: 'the business use case limit is reached', source: '[S60] [S56]' },

  // --- Meta: permissions ----------------------------------------------------------------------
  { when: meta({ code: 10 }), outcome: permissionMissing, meaning: 'a permission is missing or was removed', source: '[S55]' },
  { when: meta({ code: [200, 299] }), outcome: permissionMissing, meaning: 'a permission is missing or was removed', source: '[S55]' },

  // --- Meta: temporary --------------------------------------------------------------------------
  // OAuth client errors ("Error validating client secret") are code 1 with HTTP 400 and
  // is_transient false; retrying them would loop. The server-side code 1 comes with a 5xx.
  { when: meta({ code: 1, httpStatus: 400 }), outcome: permanent, meaning: 'the request was refused (for a sign-in, check the app id and secret)', source: '[S6] [S54]' },
  { when: meta({ code: 1 }), outcome: transient(), meaning: 'an unknown error occurred', source: '[S54] [S55]' },
  { when: meta({ code: 2 }), outcome: transient(), meaning: 'the service is temporarily unavailable', source: '[S54] [S55]' },
  { when: meta({ code: -1 }), outcome: transient(), meaning: 'a server error occurred', source: '[S49] [S56]' },
  { when: meta({ isTransient: true }), outcome: transient(), meaning: 'a temporary error occurred', source: '[S54]' },

  // --- Meta: invalid parameter ------------------------------------------------------------------
  { when: meta({ code: 100 }), outcome: permanent, meaning: 'a parameter is invalid', source: '[S48] [S59]' },

  // --- TikTok (error.code strings; the same names appear as status `fail_reason`) --------------
  { when: tiktok('access_token_invalid'), outcome: tokenInvalid(false), meaning: 'the access token is invalid or expired', source: '[S59] [S76]' },
  { when: tiktok('invalid_grant'), outcome: tokenInvalid(true), meaning: 'the sign-in was revoked or has expired', source: 'RFC 6749 5.2' },
  { when: tiktok('scope_permission_missed'), outcome: permissionMissing, meaning: 'a permission this call needs was not granted', source: 'tiktok clients (code)' },
  { when: tiktok('scope_not_authorized'), outcome: permissionMissing, meaning: 'a permission was not granted', source: '[S59]' },
  { when: tiktok('rate_limit_exceeded'), outcome: throttled('account', MINUTE), meaning: 'too many requests this minute', source: '[S59] [S78]' },
  { when: tiktok('spam_risk_too_many_posts'), outcome: throttled('account', DAY), meaning: 'the daily posting limit for this creator is reached', source: '[S59] [S87]' },
  { when: tiktok('spam_risk_too_many_pending_share'), outcome: throttled('account', DAY), meaning: 'too many posts wait in the creator’s inbox', source: '[S59]' },
  { when: tiktok('reached_active_user_cap'), outcome: throttled('app', DAY), meaning: 'the app reached its daily creator limit', source: '[S59] [S87]' },
  { when: tiktok('spam_risk_user_banned_from_posting'), outcome: permanent, meaning: 'the creator is banned from posting', source: '[S59]' },
  { when: tiktok('unaudited_client_can_only_post_to_private_accounts'), outcome: permanent, meaning: 'an unaudited app can only post to private accounts', source: '[S59] [S87]' },
  { when: tiktok('privacy_level_option_mismatch'), outcome: permanent, meaning: 'the privacy level is not one the creator offers', source: '[S59]' },
  { when: tiktok('url_ownership_unverified'), outcome: permanent, meaning: 'the media address is not on a verified domain', source: '[S80] [S59]' },
  { when: tiktok('file_format_check_failed'), outcome: mediaRejected(true), meaning: 'the video file format is not supported', source: 'tiktok clients (code)' },
  { when: tiktok('duration_check_failed'), outcome: mediaRejected(true), meaning: 'the video is too long or too short', source: '[S59]' },
  { when: tiktok('frame_rate_check_failed'), outcome: mediaRejected(true), meaning: 'the video frame rate is not supported', source: '[S59]' },
  { when: tiktok('picture_size_check_failed'), outcome: mediaRejected(true), meaning: 'the picture size is not supported', source: '[S59] [S84]' },
  { when: tiktok('video_pull_failed'), outcome: mediaRejected(true), meaning: 'TikTok could not fetch the video', source: '[S59]' },
  { when: tiktok('photo_pull_failed'), outcome: mediaRejected(true), meaning: 'TikTok could not fetch the photo', source: '[S59]' },
  { when: tiktok('invalid_request'), outcome: permanent, meaning: 'the sign-in request was invalid', source: '[S74] [S75]' },

  // --- Any platform: HTTP status and transport, when the body said nothing more specific --------
  { when: { httpStatus: 429 }, outcome: throttled('account', MINUTE), meaning: 'too many requests', source: 'RFC 6585 4' },
  { when: { httpStatus: [500, 599] }, outcome: transient(), meaning: 'the service failed on its side', source: 'RFC 9110 15.6' },
  { when: { transport: TRANSIENT_TRANSPORT_FAULTS }, outcome: transient(), meaning: 'the connection failed or timed out', source: 'network' },
  // A success whose body is not what the reference describes: a proxy page or a cut-off answer
  // is worth a retry. A retry of a publish checks the container or publish status first [S29] [S84].
  { when: { transport: ['unreadable_response'] }, outcome: transient(), meaning: 'its answer could not be read', source: 'network' },
  { when: {}, outcome: permanent, meaning: 'the reason is not one Outpost knows', source: 'default' },
];

export function classifyFailure(failure: PlatformFailure): ClassificationRow {
  const row = ERROR_TABLE.find((candidate) => matches(candidate.when, failure));
  // The last row matches everything, so this only guards against someone removing it.
  if (!row) throw new Error('The error table has no catch-all row.');
  return row;
}

function matches(pattern: FailurePattern, failure: PlatformFailure): boolean {
  return (
    (pattern.platform === undefined || pattern.platform === failure.platform) &&
    inMatch(pattern.httpStatus, failure.httpStatus) &&
    inMatch(pattern.code, failure.code) &&
    inMatch(pattern.subcode, failure.subcode) &&
    (pattern.errorCode === undefined || pattern.errorCode === failure.errorCode) &&
    (pattern.isTransient === undefined || failure.isTransient === true) &&
    (pattern.transport === undefined || (failure.transport !== undefined && pattern.transport.includes(failure.transport)))
  );
}

function inMatch(match: Match | undefined, value: number | undefined): boolean {
  if (match === undefined) return true;
  if (value === undefined) return false;
  return typeof match === 'number' ? value === match : value >= match[0] && value <= match[1];
}
