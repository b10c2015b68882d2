import type { AccountSummary, PostSummary } from '../../../../preload/contract';
import type { DraftsSort } from './draftsStore';

export const SORT_NAMES: Record<DraftsSort, string> = {
  updated: 'Last edited',
  created: 'Created',
  text: 'Text A–Z',
};

/** What names a draft in lists and buttons: the start of its text. */
export function draftName(draft: Pick<PostSummary, 'excerpt'>): string {
  return draft.excerpt.trim() || 'Draft without text';
}

/** Who a target posts as: the account's name, or why there is none; null while the accounts load. */
export function targetAccountName(accountId: string | null, accounts: readonly AccountSummary[] | null): string | null {
  if (accountId === null) return 'account not chosen';
  if (accounts === null) return null;
  return accounts.find((account) => account.id === accountId)?.displayName ?? 'account no longer connected';
}
