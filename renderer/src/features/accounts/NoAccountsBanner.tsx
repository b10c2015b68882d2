import type { MouseEvent } from 'react';
import { useNavigation } from '../../app/useNavigation';
import { InfoIcon } from '../../ui/icons';
import { useAccounts } from './useAccounts';
import './NoAccountsBanner.css';

/** A quiet line for screens that need accounts: none yet, and the way to the demo. */
export function NoAccountsBanner() {
  const hasAnyAccount = useAccounts((state) => state.status?.hasAnyAccount);
  const tryDemo = useAccounts((state) => state.tryDemo);
  const goTo = useNavigation((state) => state.goTo);
  if (hasAnyAccount !== false) return null;

  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    tryDemo();
    goTo('accounts');
  };

  return (
    <p className="no-accounts-banner">
      <InfoIcon size={16} />
      <span>
        No accounts yet.{' '}
        <a href="#/accounts" className="text-link" onClick={follow}>
          Try the demo
        </a>
      </span>
    </p>
  );
}
