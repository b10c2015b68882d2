import type { AccountSummary, PostTarget } from '../../../../../preload/contract';
import { PLATFORMS } from '../../accounts/platforms';

/**
 * What a destination is called everywhere in the composer (its tab, its preview, its messages):
 * "Instagram · Rosie's Bakery", or "Instagram · account to choose" until the owner picks one.
 */
export function targetName(target: Pick<PostTarget, 'platform' | 'accountId'>, accounts: readonly AccountSummary[]): string {
  const platform = PLATFORMS[target.platform].name;
  if (target.accountId === null) return `${platform} · account to choose`;
  const account = accounts.find((candidate) => candidate.id === target.accountId);
  return `${platform} · ${account?.displayName ?? 'account no longer connected'}`;
}

/** The account a target posts as, when it is chosen and still connected. */
export function accountOf(target: Pick<PostTarget, 'accountId'>, accounts: readonly AccountSummary[]): AccountSummary | null {
  return accounts.find((account) => account.id === target.accountId) ?? null;
}
