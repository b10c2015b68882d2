import type { ConnectCandidate, TikTokCreatorSettings } from '../../../preload/contract';
import type { AccountSecretKind, ConnectedAccount } from '../accountsRepository';
import { expiryAfter } from '../health/accountHealth';

/** A secret a candidate brings, saved in the vault under `account:<id>:<kind>` once it is added. */
export interface CandidateSecret {
  kind: AccountSecretKind;
  value: string;
  expiresAt?: string;
}

/**
 * What a sign-in found, held in memory (tokens included) until the owner picks what to add.
 * `account` lacks `linkedAccountId`, which is only known once the linked Page is saved.
 */
export interface PendingCandidate {
  candidate: ConnectCandidate;
  account: Omit<ConnectedAccount, 'linkedAccountId'>;
  secrets: CandidateSecret[];
  /** TikTok: the creator's posting settings, when the sign-in could read them. */
  tiktokCreator?: TikTokCreatorSettings;
}

/** A token's expiry, when the platform gave it a lifetime (a Page token has none). */
export const expiresAt = (now: Date, seconds: number | undefined) => (seconds === undefined ? undefined : expiryAfter(now, seconds));
