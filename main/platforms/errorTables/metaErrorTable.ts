import {
  DAY,
  HOUR,
  MINUTE,
  mediaRejected,
  permanent,
  permissionMissing,
  throttled,
  tokenInvalid,
  transient,
  type ErrorRow,
} from './errorRow';
import { httpErrorRows } from './httpErrorRows';
import { OWNER_ACTIONS } from './ownerActions';

/**
 * Meta's error table: Facebook Pages and Instagram, on graph.facebook.com, graph.instagram.com,
 * api.instagram.com and the rupload host, which all answer in Graph's error shape (reference 5.1)
 * or the upload host's. One row per fact in `../shared/reference/platform-apis.md` sections 5.1
 * and 5.2, each with its source tag, read top to bottom, first match wins: specific rows (a code
 * with a subcode, a subcode alone) come before the general ones (a code, a range), and the HTTP
 * rows and the catch-all end it.
 */

/**
 * Waits when Meta names none: mixpost pauses an hour on every throttle code and on a BUC estimate
 * of 0 [S60]. Instagram's publishing limit is a rolling 24 hours ("try next day" [S49]).
 */
const META_THROTTLE_WAIT_MS = HOUR;

const CROP_PHOTO = 'Crop the photo to between 4:5 and 1.91:1 (the composer’s crop fix does it), then retry.';
const SMALLER_PHOTO = 'Make the photo smaller (the composer’s downscale fix does it), then retry.';
const REENCODE_VIDEO = 'Re-encode the video as MP4 (H.264 video with AAC sound), then retry.';
const CHANGE_MEDIA = 'Change the photo or video so it meets Instagram’s rules (the composer checks them), then retry.';

const META_ROWS: readonly ErrorRow[] = [
  // --- Token invalid (190 with its subcodes, 102) ------------------------------------------------
  {
    when: { code: 190, subcode: 458 }, outcome: tokenInvalid(true), source: '[S55]',
    meaning: 'Outpost’s access was removed from the account (the app was removed in the account’s settings).',
    action: OWNER_ACTIONS.reconnect,
  },
  {
    when: { code: 190, subcode: 459 }, outcome: tokenInvalid(true), source: '[S55]',
    meaning: 'The account is locked by a Facebook security check.',
    action: 'Log in on facebook.com and finish the security check, then reconnect the account in Accounts.',
  },
  {
    when: { code: 190, subcode: 460 }, outcome: tokenInvalid(true), source: '[S55]',
    meaning: 'The account’s password changed, which ends every saved sign-in.',
    action: OWNER_ACTIONS.reconnect,
  },
  {
    when: { code: 190, subcode: 463 }, outcome: tokenInvalid(true), source: '[S55]',
    meaning: 'The saved sign-in expired.',
    action: OWNER_ACTIONS.reconnect,
  },
  {
    when: { code: 190, subcode: 464 }, outcome: tokenInvalid(true), source: '[S55]',
    meaning: 'The account is not confirmed yet.',
    action: 'Confirm the account on facebook.com (Facebook sent an email or a text for it), then reconnect it in Accounts.',
  },
  {
    when: { code: 190, subcode: 467 }, outcome: tokenInvalid(true), source: '[S55]',
    meaning: 'The account logged out, which ends every saved sign-in.',
    action: OWNER_ACTIONS.reconnect,
  },
  {
    when: { code: 190 }, outcome: tokenInvalid(true), source: '[S54] [S55]',
    meaning: 'Meta no longer accepts the saved sign-in: it was revoked or has expired.',
    action: OWNER_ACTIONS.reconnect,
  },
  {
    when: { code: 102 }, outcome: tokenInvalid(true), source: '[S54] [S55]',
    meaning: 'Meta says the sign-in session is no longer valid.',
    action: OWNER_ACTIONS.reconnect,
  },

  // --- Instagram publishing: code with subcode (Error Codes page) ---------------------------------
  {
    when: { code: -2, subcode: 2207003 }, outcome: transient(), source: '[S49]',
    meaning: 'Instagram took too long to download the media.',
    action: OWNER_ACTIONS.retriesByItself,
  },
  {
    when: { code: -2, subcode: 2207020 }, outcome: transient(true), source: '[S49]',
    meaning: 'The media Instagram was preparing expired before it was published.',
    action: OWNER_ACTIONS.preparesAgain,
  },
  {
    when: { code: -1, subcode: 2207001 }, outcome: transient(), source: '[S49]',
    meaning: 'Instagram had a problem on its side.',
    action: OWNER_ACTIONS.retriesByItself,
  },
  {
    when: { code: -1, subcode: 2207032 }, outcome: transient(true), source: '[S49]',
    meaning: 'Instagram could not prepare the media.',
    action: OWNER_ACTIONS.preparesAgain,
  },
  {
    when: { code: -1, subcode: 2207053 }, outcome: transient(true), source: '[S49]',
    meaning: 'The video upload to Instagram failed, and Instagram did not say why.',
    action: OWNER_ACTIONS.preparesAgain,
  },
  {
    when: { code: 1, subcode: 2207057 }, outcome: mediaRejected(true), source: '[S49]',
    meaning: 'Instagram did not accept the cover frame: its time is outside the video.',
    action: 'Choose a cover frame within the video (or a cover picture) in the composer, then retry.',
  },
  // Code 4 is a throttle, but this subcode is a spam restriction: retrying on a timer would make it
  // worse, so the owner decides.
  {
    when: { code: 4, subcode: 2207051 }, outcome: permanent, source: '[S49]',
    meaning: 'Instagram restricted this activity as suspected spam.',
    action: 'Look for a notice in the Instagram app and wait a day before posting again, then retry.',
  },
  {
    when: { code: 9, subcode: 2207042 }, outcome: throttled('account', DAY), source: '[S49] [S34]',
    meaning: 'The account reached Instagram’s limit of posts in 24 hours.',
    action: 'Nothing to do: it goes out when the 24-hour window allows.',
  },

  // --- Instagram publishing: subcodes postiz maps, whatever the code ------------------------------
  {
    when: { subcode: 2207004 }, outcome: mediaRejected(true), source: '[S49]',
    meaning: 'Instagram did not accept the photo: it is larger than 8 MB.',
    action: SMALLER_PHOTO,
  },
  {
    when: { subcode: 2207005 }, outcome: mediaRejected(true), source: '[S59]',
    meaning: 'Instagram did not accept the photo: it takes JPEG photos only.',
    action: 'Convert the photo to JPEG (the composer’s convert fix does it), then retry.',
  },
  {
    when: { subcode: 2207006 }, outcome: mediaRejected(true), source: '[S59]',
    meaning: 'Instagram could not find the media at the address it was given.',
    action: OWNER_ACTIONS.uploadsAgain,
  },
  {
    when: { subcode: 2207008 }, outcome: transient(true), source: '[S59]',
    meaning: 'The media Instagram was preparing expired.',
    action: OWNER_ACTIONS.preparesAgain,
  },
  {
    when: { subcode: 2207009 }, outcome: mediaRejected(true), source: '[S59]',
    meaning: 'Instagram did not accept the photo: its shape is outside the 4:5 to 1.91:1 it allows.',
    action: CROP_PHOTO,
  },
  {
    when: { subcode: 2207010 }, outcome: mediaRejected(true), source: '[S59]',
    meaning: 'Instagram did not accept the caption: it is too long or has too many hashtags or @ tags.',
    action: 'Shorten the caption (Instagram takes 2,200 characters) and use fewer hashtags and @ tags, then retry.',
  },
  {
    when: { subcode: 2207023 }, outcome: mediaRejected(true), source: '[S59]',
    meaning: 'Instagram did not recognise the kind of media it was sent.',
    action: 'Use a JPEG photo or an MP4 or MOV video, then retry.',
  },
  {
    when: { subcode: 2207026 }, outcome: mediaRejected(true), source: '[S59]',
    meaning: 'Instagram did not accept the video’s format.',
    action: REENCODE_VIDEO,
  },
  {
    when: { subcode: 2207028 }, outcome: mediaRejected(true), source: '[S59] [S36]',
    meaning: 'Instagram did not accept the carousel: it takes 2 to 10 photos or videos.',
    action: 'Give the carousel between 2 and 10 photos or videos, then retry.',
  },
  {
    when: { subcode: 2207050 }, outcome: permanent, source: '[S59]',
    meaning: 'Instagram says the account is restricted or inactive.',
    action: 'Open the Instagram app to see why the account is restricted and sort it out there, then retry.',
  },
  {
    when: { subcode: 2207052 }, outcome: mediaRejected(true), source: '[S59]',
    meaning: 'Instagram could not fetch the media from the address it was given.',
    action: OWNER_ACTIONS.uploadsAgain,
  },
  {
    when: { subcode: 2207077 }, outcome: mediaRejected(true), source: '[S59]',
    meaning: 'Instagram could not download the video.',
    action: OWNER_ACTIONS.uploadsAgain,
  },
  {
    when: { subcode: 2207081 }, outcome: permanent, source: '[S59]',
    meaning: 'Instagram does not offer trial reels to this account.',
    action: 'Publish it as an ordinary reel instead, then retry.',
  },
  {
    when: { subcode: 2207082 }, outcome: transient(), source: '[S59] [S56]',
    meaning: 'The upload to Instagram failed.',
    action: OWNER_ACTIONS.retriesByItself,
  },
  // Publishing before the container is FINISHED: wait, then publish the same container.
  {
    when: { subcode: 2207027 }, outcome: transient(), source: 'instagram clients (code)',
    meaning: 'Instagram had not finished preparing the media yet.',
    action: OWNER_ACTIONS.retriesByItself,
  },
  {
    when: { subcode: [2207000, 2207999] }, outcome: mediaRejected(true), source: '[S49]',
    meaning: 'Instagram did not accept the media.',
    action: CHANGE_MEDIA,
  },
  {
    when: { code: 36000 }, outcome: mediaRejected(true), source: '[S49]',
    meaning: 'Instagram did not accept the photo: it is too large.',
    action: SMALLER_PHOTO,
  },
  {
    when: { code: 36001 }, outcome: mediaRejected(true), source: '[S59]',
    meaning: 'Instagram did not accept the photo’s resolution.',
    action: SMALLER_PHOTO,
  },
  {
    when: { code: 36003 }, outcome: mediaRejected(true), source: '[S59]',
    meaning: 'Instagram did not accept the photo: its shape is outside the 4:5 to 1.91:1 it allows.',
    action: CROP_PHOTO,
  },
  {
    when: { code: [36000, 36003] }, outcome: mediaRejected(true), source: '[S49] [S59]',
    meaning: 'Instagram did not accept the photo.',
    action: CHANGE_MEDIA,
  },

  // --- Facebook Page publishing subcodes (postiz) ------------------------------------------------
  {
    when: { subcode: 1366046 }, outcome: mediaRejected(false), source: '[S59] [S43]',
    meaning: 'Facebook did not accept the photo: it is over 4 MB or not a JPEG or PNG.',
    action: 'Make the photo smaller or convert it to JPEG (the composer’s fixes do both), then retry.',
  },
  {
    when: { subcode: 1366051 }, outcome: mediaRejected(false), source: '[S59]',
    meaning: 'Facebook did not accept the same photo twice in one post.',
    action: 'Remove the repeated photo from the post, then retry.',
  },
  {
    when: { subcode: 1390008 }, outcome: throttled('account', META_THROTTLE_WAIT_MS), source: '[S59]',
    meaning: 'Facebook says the Page is posting too fast.',
    action: OWNER_ACTIONS.waitForPlatform,
  },
  {
    when: { subcode: 1346003 }, outcome: permanent, source: '[S59]',
    meaning: 'Facebook flagged the post as abusive.',
    action: 'Check the text, link and photos against Facebook’s Community Standards and change what it objects to, then retry.',
  },
  {
    when: { subcode: 1404078 }, outcome: permissionMissing, source: '[S59] [S34]',
    meaning: 'The Page has not finished Facebook’s Page Publishing Authorization.',
    action: 'Complete Page Publishing Authorization in the Page’s settings on facebook.com, then reconnect the account in Accounts.',
  },
  {
    when: { subcode: 1609008 }, outcome: permanent, source: '[S59]',
    meaning: 'Facebook does not let a post share a link to facebook.com.',
    action: 'Remove the facebook.com link (share that page on Facebook itself instead), then retry.',
  },
  {
    when: { subcode: 2061006 }, outcome: permanent, source: '[S59]',
    meaning: 'Facebook did not accept the link: it is not a valid web address.',
    action: 'Correct the link so it starts with https:// (or http://), then retry.',
  },
  {
    when: { subcode: 4854002 }, outcome: permanent, source: '[S59]',
    meaning: 'Facebook needs the Page’s owner to confirm their identity before it takes more posts.',
    action: 'Confirm your identity on facebook.com as Facebook asks, then retry.',
  },
  {
    when: { subcode: 1363047 }, outcome: transient(), source: '[S59]',
    meaning: 'Facebook is temporarily unavailable.',
    action: OWNER_ACTIONS.retriesByItself,
  },
  {
    when: { subcode: 1609010 }, outcome: transient(), source: '[S59]',
    meaning: 'Facebook is temporarily unavailable.',
    action: OWNER_ACTIONS.retriesByItself,
  },
  // Postiz sends subcode 33 to re-authentication [S59]; Graph returns it (with code 100) for an
  // object that does not exist too, e.g. a deleted post, so it must not mark an account broken.
  {
    when: { subcode: 33 }, outcome: permanent, source: '[S59]',
    meaning: 'Meta says the item does not exist or this account cannot see it.',
    action: 'Check that the post or media still exists on the platform; if it does, reconnect the account in Accounts.',
  },

  // --- Meta upload host (rupload) error types: not in the reference, seen in code ------------------
  {
    when: { errorCode: 'AuthorizationError' }, outcome: tokenInvalid(true), source: 'rupload (code)',
    meaning: 'Meta’s upload service no longer accepts the saved sign-in.',
    action: OWNER_ACTIONS.reconnect,
  },
  // The bytes did not start where the server's count ends: resuming asks it for its offset.
  {
    when: { errorCode: 'OffsetInvalidError' }, outcome: transient(), source: 'rupload (code)',
    meaning: 'The upload and Meta’s copy of it got out of step.',
    action: 'Nothing to do: Outpost resumes the upload from where Meta’s copy ends.',
  },
  {
    when: { errorCode: 'RateLimitError' }, outcome: throttled('account', MINUTE), source: 'rupload (code)',
    meaning: 'Meta’s upload service asked Outpost to slow down.',
    action: OWNER_ACTIONS.waitForPlatform,
  },

  // --- Throttles --------------------------------------------------------------------------------
  {
    when: { code: 4 }, outcome: throttled('app', META_THROTTLE_WAIT_MS), source: '[S55] [S56]',
    meaning: 'The developer app made too many calls to Meta for now.',
    action: OWNER_ACTIONS.waitForPlatform,
  },
  {
    when: { code: 17 }, outcome: throttled('account', META_THROTTLE_WAIT_MS), source: '[S55]',
    meaning: 'This account made too many calls to Meta for now.',
    action: OWNER_ACTIONS.waitForPlatform,
  },
  {
    when: { code: 32 }, outcome: throttled('account', META_THROTTLE_WAIT_MS), source: '[S57]',
    meaning: 'The Page made too many calls to Facebook for now.',
    action: OWNER_ACTIONS.waitForPlatform,
  },
  {
    when: { code: 613 }, outcome: throttled('account', META_THROTTLE_WAIT_MS), source: '[S60]',
    meaning: 'Meta’s rate limit for these calls is reached.',
    action: OWNER_ACTIONS.waitForPlatform,
  },
  {
    when: { code: [80000, 80014] }, outcome: throttled('account', META_THROTTLE_WAIT_MS), source: '[S60] [S56]',
    meaning: 'Meta’s usage limit for this account is reached.',
    action: OWNER_ACTIONS.waitForPlatform,
  },

  // --- Permissions ------------------------------------------------------------------------------
  {
    when: { code: 10 }, outcome: permissionMissing, source: '[S55]',
    meaning: 'A permission Outpost needs is missing or was removed.',
    action: OWNER_ACTIONS.grantPermissions,
  },
  {
    when: { code: [200, 299] }, outcome: permissionMissing, source: '[S55]',
    meaning: 'A permission Outpost needs is missing or was removed.',
    action: OWNER_ACTIONS.grantPermissions,
  },

  // --- Temporary --------------------------------------------------------------------------------
  // OAuth client errors ("Error validating client secret") are code 1 with HTTP 400 and
  // is_transient false; retrying them would loop. The server-side code 1 comes with a 5xx.
  {
    when: { code: 1, httpStatus: 400 }, outcome: permanent, source: '[S6] [S54]',
    meaning: 'Meta refused the request; for a sign-in, the developer app’s id or secret may be wrong.',
    action: 'Check the developer app in Accounts (its connection test tells), then try again.',
  },
  {
    when: { code: 1 }, outcome: transient(), source: '[S54] [S55]',
    meaning: 'Meta had an unknown error.',
    action: OWNER_ACTIONS.retriesByItself,
  },
  {
    when: { code: 2 }, outcome: transient(), source: '[S54] [S55]',
    meaning: 'Meta’s service is temporarily unavailable.',
    action: OWNER_ACTIONS.retriesByItself,
  },
  {
    when: { code: -1 }, outcome: transient(), source: '[S49] [S56]',
    meaning: 'Meta had a server error.',
    action: OWNER_ACTIONS.retriesByItself,
  },
  {
    when: { isTransient: true }, outcome: transient(), source: '[S54]',
    meaning: 'Meta had a temporary error.',
    action: OWNER_ACTIONS.retriesByItself,
  },

  // --- Invalid parameter ------------------------------------------------------------------------
  {
    when: { code: 100 }, outcome: permanent, source: '[S48] [S59]',
    meaning: 'Meta did not accept a value in the post.',
    action:
      'Check the post’s text, link and options in the composer, then retry; if it keeps failing, send the details from Settings > Diagnostics to whoever set up your developer app.',
  },
];

/** Meta's whole table: its own rows, then the HTTP and connection rows and the catch-all. */
export const META_ERROR_TABLE: readonly ErrorRow[] = [...META_ROWS, ...httpErrorRows('Meta')];
