import type { ConnectCandidate } from '../../../preload/contract';
import type { ConnectedAccount } from '../accountsRepository';

/** A secret a candidate brings, saved in the vault under `account:<id>:<kind>` once it is added. */
export interface CandidateSecret {
  kind: 'access_token' | 'refresh_token' | 'user_token';
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
}

export const expiresAt = (now: Date, seconds: number | undefined) =>
  seconds === undefined ? undefined : new Date(now.getTime() + seconds * 1000).toISOString();
