import type { DeveloperAppKind, LoginPath } from '../../../preload/contract';
import { PermanentError, PermissionMissingError, ThrottledError, TokenInvalidError, TransientError } from '../../platforms/platformErrors';
import { DeveloperAppMissingError } from '../developerApps/developerAppErrors';
import { SecretMissingError, SecretUnreadableError } from '../tokenVault';

/** Why an account was left as it was this pass; the next pass tries again. */
export type LeftAsItWas =
  /** The stored deadline has passed; only signing in again helps, and health already says so. */
  | 'deadline_passed'
  /** The owner's developer app is not set up: the owner's task, not the account's fault. */
  | 'developer_app_missing'
  /** A 5xx, a timeout, no network. */
  | 'platform_unavailable'
  | 'rate_limited'
  /** The platform refused for a reason a new sign-in would not fix (or a refresh still may). */
  | 'platform_refused'
  /** Anything else (the keyring is locked, a bug): logged, never blamed on the account. */
  | 'unexpected';

export type UpkeepFailure =
  | { kind: 'reconnect'; reason: string }
  | { kind: 'developerAppMissing'; app: DeveloperAppKind }
  | { kind: 'leave'; why: Exclude<LeftAsItWas, 'deadline_passed' | 'developer_app_missing'> };

const SERVICE: Record<LoginPath, string> = {
  facebook_login: 'Facebook',
  instagram_login: 'Instagram',
  tiktok_login: 'TikTok',
};

/** Meta's 190 subcodes (platform-apis.md 5.1), told the way the owner would say it. */
const META_SUBCODE_WORDS: Readonly<Record<number, string>> = {
  458: 'Outpost’s access was removed (the app was removed from the account’s settings)',
  459: 'the account is locked by a security check; log in on the website first',
  460: 'the password changed, which ends every saved sign-in',
  463: 'the sign-in expired',
  464: 'the account is not confirmed yet',
  467: 'the account logged out, which ends every saved sign-in',
};

/**
 * What upkeep does about a failed check. Only the platform saying the sign-in is dead, or the
 * vault no longer having it, asks the owner to reconnect; everything else leaves the account as
 * it was so a bad night on the network never signs anyone out.
 */
export function classifyUpkeepFailure(error: unknown, loginPath: LoginPath): UpkeepFailure {
  if (error instanceof TokenInvalidError) {
    // False means a refresh may still fix it (a TikTok access token), and refreshing is upkeep's job.
    return error.reconnectNeeded ? { kind: 'reconnect', reason: reconnectReason(error, loginPath) } : { kind: 'leave', why: 'platform_refused' };
  }
  if (error instanceof SecretMissingError || error instanceof SecretUnreadableError) return { kind: 'reconnect', reason: error.message };
  if (error instanceof DeveloperAppMissingError) return { kind: 'developerAppMissing', app: error.kind };
  if (error instanceof TransientError) return { kind: 'leave', why: 'platform_unavailable' };
  if (error instanceof ThrottledError) return { kind: 'leave', why: 'rate_limited' };
  if (error instanceof PermanentError || error instanceof PermissionMissingError) return { kind: 'leave', why: 'platform_refused' };
  return { kind: 'leave', why: 'unexpected' };
}

/** "Facebook says the password changed, which ends every saved sign-in." */
export function reconnectReason(error: TokenInvalidError, loginPath: LoginPath): string {
  const service = SERVICE[loginPath];
  const { platform, subcode } = error.details;
  const words =
    platform === 'meta'
      ? ((subcode !== undefined ? META_SUBCODE_WORDS[subcode] : undefined) ??
        'the sign-in was revoked (the app was removed or the password changed)')
      : 'the sign-in was revoked or has expired';
  return `${service} says ${words}.`;
}
