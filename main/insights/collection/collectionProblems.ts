import type { InsightsCollectionStatus } from '../../../preload/contract';

type Problem = InsightsCollectionStatus['problems'][number];

/**
 * Accounts whose sign-in or permissions stopped collection, in the owner's words. Such an account
 * is skipped (asking again would fail the same way) until it is reconnected (its `connectedAt`
 * changes) or the owner refreshes it. Kept in memory: after a restart the first call finds out again.
 */
export function createCollectionProblems() {
  const problems = new Map<string, { message: string; connectedAt: string }>();

  return {
    record(account: { id: string; connectedAt: string }, message: string): void {
      problems.set(account.id, { message, connectedAt: account.connectedAt });
    },
    /** Whether the account is skipped; a problem from before a reconnect is forgotten. */
    blocks(account: { id: string; connectedAt: string }): boolean {
      const problem = problems.get(account.id);
      if (problem && problem.connectedAt !== account.connectedAt) problems.delete(account.id);
      return problems.has(account.id);
    },
    clear(accountId: string): boolean {
      return problems.delete(accountId);
    },
    list(): Problem[] {
      return [...problems].map(([accountId, { message }]) => ({ accountId, message }));
    },
  };
}

export type CollectionProblems = ReturnType<typeof createCollectionProblems>;
