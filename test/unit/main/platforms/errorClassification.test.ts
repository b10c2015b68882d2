import { describe, expect, it } from 'vitest';
import { ERROR_TABLES, classifyFailure, metaCodePairedWith, type Outcome } from '../../../../main/platforms/errorClassification';
import type { PlatformFailure } from '../../../../main/platforms/platformFailure';

/**
 * The error tables, row by row, against the reference (sections 5.1, 5.2, 5.3, 6.2): what each
 * failure makes the caller do. Expectations are written here from the reference, not read from
 * the tables, so a wrong row fails. The owner's words are checked in errorTables.test.ts.
 */

const HOUR = 3_600_000;

const meta = (fields: Partial<PlatformFailure>): PlatformFailure => ({
  platform: 'meta',
  network: 'metaGraph',
  httpStatus: 400,
  usage: {},
  ...fields,
});
const tiktok = (errorCode: string, httpStatus = 400): PlatformFailure => ({
  platform: 'tiktok',
  network: 'tiktokApi',
  httpStatus,
  errorCode,
  usage: {},
});
const transport = (fault: string): PlatformFailure => ({ platform: 'meta', network: 'metaGraph', transport: fault, usage: {} });

const token = (reconnectNeeded: boolean): Outcome => ({ kind: 'tokenInvalid', reconnectNeeded });
const permission: Outcome = { kind: 'permissionMissing' };
const throttled = (scope: 'app' | 'account', defaultWaitMs: number): Outcome => ({ kind: 'throttled', scope, defaultWaitMs });
const media = (needsNewContainer: boolean): Outcome => ({ kind: 'mediaRejected', needsNewContainer });
const transient = (needsNewContainer = false): Outcome => ({ kind: 'transient', needsNewContainer });
const permanent: Outcome = { kind: 'permanent' };

const cases: [string, PlatformFailure, Outcome][] = [
  // 5.1: 190 with its subcodes, 102
  ...[458, 459, 460, 463, 464, 467].map((subcode): [string, PlatformFailure, Outcome] => [
    `190/${subcode}`,
    meta({ code: 190, subcode }),
    token(true),
  ]),
  ['190 with a subcode the table does not name (456)', meta({ code: 190, subcode: 456 }), token(true)],
  ['190 without subcode', meta({ code: 190, httpStatus: 401 }), token(true)],
  ['102', meta({ code: 102 }), token(true)],

  // 5.2: Instagram publishing, code with subcode
  ['-2/2207003 download timed out: retry', meta({ code: -2, subcode: 2207003 }), transient()],
  ['-2/2207020 media expired: new container', meta({ code: -2, subcode: 2207020 }), transient(true)],
  ['-1/2207001 server error: retry', meta({ code: -1, subcode: 2207001 }), transient()],
  ['-1/2207032 create failed: retry or recreate', meta({ code: -1, subcode: 2207032 }), transient(true)],
  ['-1/2207053 unknown upload error: new container', meta({ code: -1, subcode: 2207053 }), transient(true)],
  ['1/2207057 thumb_offset outside the video', meta({ code: 1, subcode: 2207057 }), media(true)],
  ['4/2207051 suspected spam (not a timed throttle)', meta({ code: 4, subcode: 2207051 }), permanent],
  ['9/2207042 daily publishing limit', meta({ code: 9, subcode: 2207042 }), throttled('account', 24 * HOUR)],
  ['36000/2207004 image too large', meta({ code: 36000, subcode: 2207004 }), media(true)],

  // 5.2: postiz's subcodes, whatever the code (100 here: the subcode must win over "invalid parameter")
  ...[2207005, 2207006, 2207009, 2207010, 2207023, 2207026, 2207028, 2207052, 2207077].map(
    (subcode): [string, PlatformFailure, Outcome] => [`100/${subcode} media refused`, meta({ code: 100, subcode }), media(true)],
  ),
  ['2207008 builder expired', meta({ code: 100, subcode: 2207008 }), transient(true)],
  ['2207050 user restricted', meta({ code: 100, subcode: 2207050 }), permanent],
  ['2207081 trial reels unsupported', meta({ code: 100, subcode: 2207081 }), permanent],
  ['2207082 upload failed: retry', meta({ code: 100, subcode: 2207082 }), transient()],
  ['9007/2207027 media not ready: wait, same container', meta({ code: 9007, subcode: 2207027 }), transient()],
  ['an unlisted 2207xxx subcode', meta({ code: 100, subcode: 2207999 }), media(true)],
  ['36000 without subcode', meta({ code: 36000 }), media(true)],
  ['36001 resolution', meta({ code: 36001 }), media(true)],
  ['36002', meta({ code: 36002 }), media(true)],
  ['36003 aspect ratio', meta({ code: 36003 }), media(true)],

  // 5.2: Facebook Page subcodes
  ['1366046 photo too big or wrong type', meta({ code: 100, subcode: 1366046 }), media(false)],
  ['1366051 duplicate photos', meta({ code: 100, subcode: 1366051 }), media(false)],
  ['1390008 posting too fast', meta({ code: 368, subcode: 1390008 }), throttled('account', HOUR)],
  ['1346003 flagged abusive', meta({ code: 368, subcode: 1346003 }), permanent],
  ['1404078 Page Publishing Authorization', meta({ code: 200, subcode: 1404078 }), permission],
  ['1609008 facebook.com links', meta({ code: 100, subcode: 1609008 }), permanent],
  ['2061006 invalid URL', meta({ code: 100, subcode: 2061006 }), permanent],
  ['4854002 identity confirmation', meta({ code: 10, subcode: 4854002 }), permanent],
  ['1363047 service unavailable', meta({ code: 1, subcode: 1363047 }), transient()],
  ['1609010 service unavailable', meta({ code: 1, subcode: 1609010 }), transient()],
  ['100/33 object missing (not a reconnect)', meta({ code: 100, subcode: 33 }), permanent],

  // The upload host's debug_info shape (seen in code, not in the reference)
  ['rupload AuthorizationError', meta({ network: 'metaUpload', httpStatus: 401, errorCode: 'AuthorizationError' }), token(true)],
  ['rupload OffsetInvalidError: resume', meta({ network: 'metaUpload', errorCode: 'OffsetInvalidError' }), transient()],
  ['rupload RateLimitError', meta({ network: 'metaUpload', httpStatus: 429, errorCode: 'RateLimitError', isTransient: true }), throttled('account', 60_000)],
  ['rupload retriable error of another type', meta({ network: 'metaUpload', httpStatus: 503, errorCode: 'ServiceUnavailable', isTransient: true }), transient()],
  ['rupload ProcessingFailedError', meta({ network: 'metaUpload', errorCode: 'ProcessingFailedError', isTransient: false }), permanent],

  // 5.1 / 5.3: throttles
  ['4 app-level', meta({ code: 4 }), throttled('app', HOUR)],
  ['17 user-level', meta({ code: 17 }), throttled('account', HOUR)],
  ['32 Page-level', meta({ code: 32 }), throttled('account', HOUR)],
  ['613', meta({ code: 613 }), throttled('account', HOUR)],
  ['80000 BUC', meta({ code: 80000 }), throttled('account', HOUR)],
  ['80002 BUC (Instagram)', meta({ code: 80002 }), throttled('account', HOUR)],
  ['80014 BUC', meta({ code: 80014 }), throttled('account', HOUR)],
  ['80015 is outside the BUC range', meta({ code: 80015 }), permanent],

  // 5.1: permissions
  ['10', meta({ code: 10, httpStatus: 403 }), permission],
  ['200', meta({ code: 200, httpStatus: 403 }), permission],
  ['299', meta({ code: 299, httpStatus: 403 }), permission],
  ['300 is outside the permission range', meta({ code: 300 }), permanent],

  // 5.1: temporary
  ['1 unknown error', meta({ code: 1, httpStatus: 500 }), transient()],
  ['1 with HTTP 400: a refused client secret, never retried', meta({ code: 1, httpStatus: 400, isTransient: false }), permanent],
  ['2 service error', meta({ code: 2, httpStatus: 503 }), transient()],
  ['-1 with another subcode', meta({ code: -1, subcode: 1234 }), transient()],
  ['is_transient on an otherwise permanent code', meta({ code: 368, isTransient: true }), transient()],
  ['is_transient false changes nothing', meta({ code: 368, isTransient: false }), permanent],

  // 5.1: invalid parameter
  ['100 invalid parameter', meta({ code: 100 }), permanent],

  // 6.2: TikTok
  ['access_token_invalid: refresh first', tiktok('access_token_invalid', 401), token(false)],
  ['invalid_grant: new login', tiktok('invalid_grant'), token(true)],
  ['scope_not_authorized', tiktok('scope_not_authorized', 401), permission],
  ['scope_permission_missed', tiktok('scope_permission_missed', 401), permission],
  ['file_format_check_failed', tiktok('file_format_check_failed'), media(true)],
  ['rate_limit_exceeded (per minute)', tiktok('rate_limit_exceeded', 429), throttled('account', 60_000)],
  ['spam_risk_too_many_posts', tiktok('spam_risk_too_many_posts', 403), throttled('account', 24 * HOUR)],
  ['spam_risk_too_many_pending_share', tiktok('spam_risk_too_many_pending_share', 403), throttled('account', 24 * HOUR)],
  ['reached_active_user_cap', tiktok('reached_active_user_cap', 403), throttled('app', 24 * HOUR)],
  ['spam_risk_user_banned_from_posting', tiktok('spam_risk_user_banned_from_posting', 403), permanent],
  ['unaudited_client_can_only_post_to_private_accounts', tiktok('unaudited_client_can_only_post_to_private_accounts', 403), permanent],
  ['privacy_level_option_mismatch', tiktok('privacy_level_option_mismatch'), permanent],
  ['url_ownership_unverified', tiktok('url_ownership_unverified', 403), permanent],
  ['duration_check_failed', tiktok('duration_check_failed'), media(true)],
  ['frame_rate_check_failed', tiktok('frame_rate_check_failed'), media(true)],
  ['picture_size_check_failed', tiktok('picture_size_check_failed'), media(true)],
  ['video_pull_failed', tiktok('video_pull_failed'), media(true)],
  ['photo_pull_failed', tiktok('photo_pull_failed'), media(true)],
  ['invalid_request (bad PKCE)', tiktok('invalid_request'), permanent],
  ['an unknown TikTok code', tiktok('something_new'), permanent],
  ['a TikTok code on Meta is not read as TikTok', meta({ errorCode: 'rate_limit_exceeded' }), permanent],

  // Any platform: HTTP status and transport
  ['429 without a code', tiktok('', 429), throttled('account', 60_000)],
  ['429 from Meta without a body', meta({ httpStatus: 429 }), throttled('account', 60_000)],
  ['500 without a body', meta({ httpStatus: 500 }), transient()],
  ['503 from TikTok without a code', { platform: 'tiktok', network: 'tiktokApi', httpStatus: 503, usage: {} }, transient()],
  ['599', meta({ httpStatus: 599 }), transient()],
  ['400 without a body', meta({ httpStatus: 400 }), permanent],
  ...['ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'ERR_NETWORK', 'ERR_SOCKET_CONNECTION_TIMEOUT', 'unreadable_response'].map(
    (fault): [string, PlatformFailure, Outcome] => [`transport ${fault}`, transport(fault), transient()],
  ),
  ['transport ERR_CANCELED (the caller aborted)', transport('ERR_CANCELED'), permanent],
  ['TikTok upload: transport ECONNRESET', { platform: 'tiktok', network: 'tiktokUpload', transport: 'ECONNRESET', usage: {} }, transient()],
  ['TikTok: unreadable_response', { platform: 'tiktok', network: 'tiktokApi', transport: 'unreadable_response', usage: {} }, transient()],
];

describe('the error tables', () => {
  it.each(cases)('%s', (_name, failure, expected) => {
    expect(classifyFailure(failure).outcome).toEqual(expected);
  });

  it('reaches every row from some case above', () => {
    const reached = new Set(cases.map(([, failure]) => classifyFailure(failure)));
    for (const [platform, table] of Object.entries(ERROR_TABLES)) {
      const unreached = table.filter((row) => !reached.has(row)).map((row) => JSON.stringify(row.when));
      expect({ platform, unreached }).toEqual({ platform, unreached: [] });
    }
  });

  it('gives a container status the code Meta pairs with its subcode, and none for a subcode alone', () => {
    expect(metaCodePairedWith(2207020)).toBe(-2);
    expect(metaCodePairedWith(2207053)).toBe(-1);
    expect(metaCodePairedWith(2207057)).toBe(1);
    expect(metaCodePairedWith(2207026)).toBeUndefined();
  });
});
