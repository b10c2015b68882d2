import { DAY, MINUTE, mediaRejected, permanent, permissionMissing, throttled, tokenInvalid, type ErrorRow } from './errorRow';
import { httpErrorRows } from './httpErrorRows';
import { OWNER_ACTIONS } from './ownerActions';

/**
 * TikTok's error table: `error.code` strings of the API envelope and the OAuth `error`, and the
 * same names as a publish status' `fail_reason` (`../shared/reference/platform-apis.md` 6.1 and
 * 6.2). Read top to bottom, first match wins; the HTTP rows and the catch-all end it. TikTok's
 * API limits are per minute [S78] [S80] [S84]; its posting caps per 24 hours [S87].
 */

const REENCODE_VIDEO = 'Re-encode the video as MP4 (H.264 video with AAC sound), then retry.';

const TIKTOK_ROWS: readonly ErrorRow[] = [
  // --- Sign-in and permissions ------------------------------------------------------------------
  // A 24-hour access token may only need renewing: the engine renews it and tries once more, and
  // only stops for the owner (with this action) when that fails too.
  {
    when: { errorCode: 'access_token_invalid' }, outcome: tokenInvalid(false), source: '[S59] [S76]',
    meaning: 'TikTok no longer accepts the saved sign-in.',
    action: OWNER_ACTIONS.reconnect,
  },
  {
    when: { errorCode: 'invalid_grant' }, outcome: tokenInvalid(true), source: 'RFC 6749 5.2',
    meaning: 'TikTok says the sign-in was revoked or has expired.',
    action: OWNER_ACTIONS.reconnect,
  },
  {
    when: { errorCode: 'scope_permission_missed' }, outcome: permissionMissing, source: 'tiktok clients (code)',
    meaning: 'A TikTok permission this needs was not granted.',
    action: OWNER_ACTIONS.grantPermissions,
  },
  {
    when: { errorCode: 'scope_not_authorized' }, outcome: permissionMissing, source: '[S59]',
    meaning: 'A TikTok permission this needs was not granted.',
    action: OWNER_ACTIONS.grantPermissions,
  },

  // --- Limits -----------------------------------------------------------------------------------
  {
    when: { errorCode: 'rate_limit_exceeded' }, outcome: throttled('account', MINUTE), source: '[S59] [S78]',
    meaning: 'TikTok takes only a few of these requests a minute, and that many were made.',
    action: OWNER_ACTIONS.waitForPlatform,
  },
  {
    when: { errorCode: 'spam_risk_too_many_posts' }, outcome: throttled('account', DAY), source: '[S59] [S87]',
    meaning: 'The account reached TikTok’s limit of posts in 24 hours.',
    action: 'Nothing to do: it goes out when TikTok’s 24-hour window allows.',
  },
  {
    when: { errorCode: 'spam_risk_too_many_pending_share' }, outcome: throttled('account', DAY), source: '[S59]',
    meaning: 'Too many posts are waiting in the account’s TikTok inbox.',
    action: 'Finish or delete the posts waiting in the TikTok app’s inbox; Outpost tries again by itself when TikTok allows.',
  },
  {
    when: { errorCode: 'reached_active_user_cap' }, outcome: throttled('app', DAY), source: '[S59] [S87]',
    meaning: 'The developer app reached TikTok’s daily limit of accounts that may post through it.',
    action:
      'Nothing to do: Outpost tries again when TikTok’s 24-hour window allows. A developer app that passed TikTok’s audit has a higher limit.',
  },
  {
    when: { errorCode: 'spam_risk_user_banned_from_posting' }, outcome: permanent, source: '[S59]',
    meaning: 'TikTok has stopped this account from posting.',
    action: 'Open the TikTok app to read TikTok’s notice and appeal there; Outpost can post again once TikTok lifts it.',
  },

  // --- Audit and privacy ------------------------------------------------------------------------
  {
    when: { errorCode: 'unaudited_client_can_only_post_to_private_accounts' }, outcome: permanent, source: '[S59] [S87]',
    meaning: 'TikTok lets a developer app that has not passed its audit post only privately, to a private account.',
    action:
      'Set the post’s privacy to “Only you” and make the account private in the TikTok app, then retry; to post publicly, the developer app must pass TikTok’s audit first.',
  },
  {
    when: { errorCode: 'privacy_level_option_mismatch' }, outcome: permanent, source: '[S59]',
    meaning: 'TikTok does not offer the chosen privacy setting for this account.',
    action: 'Choose one of the privacy settings the composer offers for this account, then retry.',
  },
  {
    when: { errorCode: 'url_ownership_unverified' }, outcome: permanent, source: '[S80] [S59]',
    meaning: 'TikTok did not accept the media’s address: its domain is not verified for the developer app.',
    action: 'Verify the bucket’s domain for the developer app in TikTok’s developer portal, then retry.',
  },

  // --- The media (API errors, or a publish status' fail_reason) ----------------------------------
  {
    when: { errorCode: 'file_format_check_failed' }, outcome: mediaRejected(true), source: 'tiktok clients (code)',
    meaning: 'TikTok did not accept the video’s file format.',
    action: REENCODE_VIDEO,
  },
  {
    when: { errorCode: 'duration_check_failed' }, outcome: mediaRejected(true), source: '[S59]',
    meaning: 'TikTok did not accept the video’s length.',
    action: 'Trim the video to the longest TikTok allows this account (the composer shows it), then retry.',
  },
  {
    when: { errorCode: 'frame_rate_check_failed' }, outcome: mediaRejected(true), source: '[S59]',
    meaning: 'TikTok did not accept the video’s frame rate.',
    action: 'Re-encode the video at 23 to 60 frames per second, then retry.',
  },
  {
    when: { errorCode: 'picture_size_check_failed' }, outcome: mediaRejected(true), source: '[S59] [S84]',
    meaning: 'TikTok did not accept the picture’s size.',
    action: 'Resize it (videos 360 to 4096 pixels a side, photos at most 1080p), then retry.',
  },
  {
    when: { errorCode: 'video_pull_failed' }, outcome: mediaRejected(true), source: '[S59]',
    meaning: 'TikTok could not download the video from its address.',
    action: OWNER_ACTIONS.uploadsAgain,
  },
  {
    when: { errorCode: 'photo_pull_failed' }, outcome: mediaRejected(true), source: '[S59]',
    meaning: 'TikTok could not download the photos from their address.',
    action: OWNER_ACTIONS.uploadsAgain,
  },

  // --- Sign-in request --------------------------------------------------------------------------
  {
    when: { errorCode: 'invalid_request' }, outcome: permanent, source: '[S74] [S75]',
    meaning: 'TikTok refused the sign-in request.',
    action: 'Check the developer app in Accounts (its connection test tells), then connect again.',
  },
];

/** TikTok's whole table: its own rows, then the HTTP and connection rows and the catch-all. */
export const TIKTOK_ERROR_TABLE: readonly ErrorRow[] = [...TIKTOK_ROWS, ...httpErrorRows('TikTok')];
