import { useId } from 'react';
import type { AccountSummary } from '../../../../../preload/contract';
import { Button } from '../../../ui/Button';
import { reconnectRequest } from '../connect/connectRequests';
import { useStartConnect } from '../connect/useStartConnect';
import { AccountHealth } from '../health/AccountHealth';
import { AccountAvatar } from './AccountAvatar';
import { accountLabel, platformLine } from './accountWords';

export interface AccountCardProps {
  account: AccountSummary;
  /** The Page an Instagram account is reached through, when that Page is connected too. */
  linkedName: string | null;
  onDetails: () => void;
  onDisconnect: () => void;
}

/**
 * One connected account: who it is, how its sign-in stands in words, and what can be done.
 * Reconnect is the main button when the account needs it (or will soon).
 */
export function AccountCard({ account, linkedName, onDetails, onDisconnect }: AccountCardProps) {
  const nameId = useId();
  const startConnect = useStartConnect();
  const label = accountLabel(account);
  const isUrgent = account.health.state === 'needs_reconnect' || account.health.state === 'expiring';
  const details = [account.username ? `@${account.username}` : null, platformLine(account, linkedName)].filter(
    (part): part is string => part !== null,
  );

  return (
    <li className="card account-card" aria-labelledby={nameId}>
      <div className="account-card__identity">
        <AccountAvatar account={account} />
        <div className="account-card__text">
          <p className="account-card__name">
            <span id={nameId}>{account.displayName}</span>
            {account.isDemo ? <span className="badge badge--demo">Demo</span> : null}
          </p>
          <p className="account-card__details">{details.join(' · ')}</p>
        </div>
      </div>
      <AccountHealth account={account} where="card" />
      <div className="account-card__actions">
        <Button
          variant={isUrgent ? 'primary' : 'secondary'}
          aria-label={`Reconnect ${label}`}
          onPress={() => void startConnect(reconnectRequest(account))}
        >
          Reconnect
        </Button>
        <Button aria-label={`Details for ${label}`} onPress={onDetails}>
          Details
        </Button>
        <Button variant="quiet" aria-label={`Disconnect ${label}`} onPress={onDisconnect}>
          Disconnect
        </Button>
      </div>
    </li>
  );
}
