import type { TikTokCreatorSettings } from '../../../preload/contract';
import type { AccountRecord } from '../accountsRepository';
import type { PlatformAccess } from '../platformAccess';
import { SecretMissingError, type TokenVault } from '../tokenVault';

/**
 * What one account's check found when nothing went wrong. The login paths differ in what they can
 * do (refresh, or only verify), so each has its own check; the pass treats them alike.
 */
export type CheckResult =
  /** `tiktokCreator`: TikTok's posting settings, read again after the refresh when that worked. */
  | { kind: 'refreshed'; grantedScopes?: readonly string[]; tiktokCreator?: TikTokCreatorSettings }
  | { kind: 'verified'; grantedScopes?: readonly string[] }
  /**
   * The stored deadline has already passed: no platform renews an expired sign-in, so there is
   * nothing to ask, and the account's health already reads "reconnect" from that deadline.
   */
  | { kind: 'deadlinePassed' };

export interface CheckTools {
  vault: TokenVault;
  /** The platforms of the account's environment (demo sandbox or live), asked for only when needed. */
  access(): Promise<PlatformAccess>;
  now(): Date;
}

/** Refreshes or verifies one account's sign-in; platform and vault errors are thrown as they are. */
export type AccountCheck = (account: AccountRecord, tools: CheckTools) => Promise<CheckResult>;

/** When a stored secret was written and when it lapses; a secret that is not there means "reconnect". */
export function storedSecret(vault: TokenVault, name: string): { updatedAt: string; expiresAt: string | null } {
  const info = vault.info(name);
  if (!info) throw new SecretMissingError(name);
  return info;
}

