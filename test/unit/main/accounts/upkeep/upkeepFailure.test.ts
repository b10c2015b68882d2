import { describe, expect, it } from 'vitest';
import { DeveloperAppMissingError } from '../../../../../main/accounts/developerApps/developerAppErrors';
import { SecretUnreadableError } from '../../../../../main/accounts/tokenVault';
import { classifyUpkeepFailure } from '../../../../../main/accounts/upkeep/upkeepFailure';
import { platformError } from './upkeepFixtures';

/** What upkeep does with each kind of failure, and the owner's words for a broken sign-in. */
describe('upkeep failure classification', () => {
  it.each([
    [
      'Instagram Login token expired (190/463)',
      platformError({ platform: 'meta', network: 'instagramGraph', httpStatus: 400, code: 190, subcode: 463 }),
      'instagram_login',
      { kind: 'reconnect', reason: 'Instagram says the sign-in expired.' },
    ],
    [
      'a checkpointed Facebook account (190/459)',
      platformError({ platform: 'meta', network: 'metaGraph', httpStatus: 400, code: 190, subcode: 459 }),
      'facebook_login',
      { kind: 'reconnect', reason: 'Facebook says the account is locked by a security check; log in on the website first.' },
    ],
    [
      'a TikTok refresh token revoked or expired (invalid_grant)',
      platformError({ platform: 'tiktok', network: 'tiktokApi', httpStatus: 400, errorCode: 'invalid_grant' }),
      'tiktok_login',
      { kind: 'reconnect', reason: 'TikTok says the sign-in was revoked or has expired.' },
    ],
    [
      'a TikTok access token a refresh can replace (access_token_invalid)',
      platformError({ platform: 'tiktok', network: 'tiktokApi', httpStatus: 401, errorCode: 'access_token_invalid' }),
      'tiktok_login',
      { kind: 'leave', why: 'platform_refused' },
    ],
    [
      'a keyring that changed',
      new SecretUnreadableError('account:a:access_token', 'it was saved with kwallet6, and this session uses gnome_libsecret'),
      'facebook_login',
      {
        kind: 'reconnect',
        reason: "Outpost can no longer read this account's saved sign-in (it was saved with kwallet6, and this session uses gnome_libsecret).",
      },
    ],
    ['a missing developer app', new DeveloperAppMissingError('tiktok'), 'tiktok_login', { kind: 'developerAppMissing', app: 'tiktok' }],
    ['a TikTok throttle', platformError({ platform: 'tiktok', network: 'tiktokApi', httpStatus: 429, errorCode: 'rate_limit_exceeded' }), 'tiktok_login', { kind: 'leave', why: 'rate_limited' }],
    ['something else', new TypeError('undefined is not a function'), 'tiktok_login', { kind: 'leave', why: 'unexpected' }],
  ] as const)('%s', (_case, error, loginPath, expected) => {
    expect(classifyUpkeepFailure(error, loginPath)).toEqual(expected);
  });
});
