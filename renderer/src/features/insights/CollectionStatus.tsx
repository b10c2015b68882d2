import { useId, useState } from 'react';
import type { AccountSummary, InsightsCollectionStatus } from '../../../../preload/contract';
import { useToast } from '../../app/useToast';
import { describeError } from '../../lib/describeError';
import { Button } from '../../ui/Button';
import { RefreshIcon, WarningIcon } from '../../ui/icons';
import { PlatformIcon } from '../accounts/platforms';
import { accountLabel } from '../accounts/list/accountWords';
import { useAccounts } from '../accounts/useAccounts';
import { collectionSentence } from './collectionWords';
import { useInsights } from './useInsights';

export interface CollectionStatusProps {
  status: InsightsCollectionStatus;
  /** The accounts the dashboard covers now, each with its refresh button. */
  accounts: readonly AccountSummary[];
  timeZone: string;
}

/** When figures were last collected and will be next, what went wrong, and a refresh per account. */
export function CollectionStatus({ status, accounts, timeZone }: CollectionStatusProps) {
  const id = useId();
  const refreshAccount = useInsights((state) => state.refreshAccount);
  // A problem may be about an account the filters leave out: it is named all the same.
  const allAccounts = useAccounts((state) => state.accounts);
  const toast = useToast();
  const [refreshing, setRefreshing] = useState<ReadonlySet<string>>(new Set());
  const nameOf = (accountId: string) => {
    const account = allAccounts?.find((candidate) => candidate.id === accountId);
    return account ? accountLabel(account) : 'An account';
  };

  const refresh = async (account: AccountSummary) => {
    setRefreshing((current) => new Set(current).add(account.id));
    const result = await refreshAccount(account.id);
    setRefreshing((current) => {
      const next = new Set(current);
      next.delete(account.id);
      return next;
    });
    if (!result.ok) toast({ tone: 'error', title: `${accountLabel(account)} was not refreshed`, body: describeError(result) });
  };

  return (
    <section className="insights-status" aria-labelledby={id}>
      <h3 id={id} className="visually-hidden">
        Collecting figures
      </h3>
      <p className="insights-muted" role="status">
        {collectionSentence(status, new Date(), timeZone)}
      </p>
      {status.problems.length > 0 ? (
        <ul className="insights-status__problems" aria-label="Collection problems">
          {status.problems.map((problem) => (
            <li key={problem.accountId}>
              <WarningIcon size={16} />
              <span>
                <strong>{nameOf(problem.accountId)}:</strong> {problem.message}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {accounts.length > 0 ? (
        <ul className="insights-status__accounts" aria-label="Refresh an account’s figures">
          {accounts.map((account) => (
            <li key={account.id} className="insights-status__account">
              <PlatformIcon platform={account.platform} size="sm" />
              <span>{account.displayName}</span>
              <Button
                variant="quiet"
                aria-label={`Refresh ${accountLabel(account)}`}
                isPending={refreshing.has(account.id)}
                onPress={() => void refresh(account)}
              >
                <RefreshIcon size={14} />
                Refresh
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
