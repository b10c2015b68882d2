import { useId, type ReactNode } from 'react';
import type { AccountSummary, Platform } from '../../../../preload/contract';
import { Button } from '../../ui/Button';
import { WarningIcon } from '../../ui/icons';
import { PLATFORM_ORDER, PLATFORMS, PlatformIcon } from './platforms';
import { useAccounts } from './useAccounts';

/** The connected accounts, grouped by platform, each with its health and a Demo badge where it is one. */
export function AccountList({ accounts }: { accounts: readonly AccountSummary[] }) {
  const headingId = useId();
  const byId = new Map(accounts.map((account) => [account.id, account]));
  const groups = PLATFORM_ORDER.map((platform) => ({
    platform,
    accounts: accounts.filter((account) => account.platform === platform),
  })).filter((group) => group.accounts.length > 0);

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="accounts-card__title">
        Connected accounts
      </h2>
      {groups.map((group) => (
        <AccountGroup key={group.platform} platform={group.platform}>
          {group.accounts.map((account) => (
            <AccountRow
              key={account.id}
              account={account}
              linkedName={account.linkedAccountId ? (byId.get(account.linkedAccountId)?.displayName ?? null) : null}
            />
          ))}
        </AccountGroup>
      ))}
    </section>
  );
}

function AccountGroup({ platform, children }: { platform: Platform; children: ReactNode }) {
  const headingId = useId();
  return (
    <div className="account-group">
      <h3 id={headingId} className="account-group__title">
        {PLATFORMS[platform].groupTitle}
      </h3>
      <ul className="account-list" aria-labelledby={headingId}>
        {children}
      </ul>
    </div>
  );
}

function AccountRow({ account, linkedName }: { account: AccountSummary; linkedName: string | null }) {
  const connect = useAccounts((state) => state.connect);
  const details = [account.username ? `@${account.username}` : null, linkedName ? `via ${linkedName}` : null].filter(
    (part): part is string => part !== null,
  );
  const needsReconnect = account.health === 'needs_reconnect';

  return (
    <li className="account-row">
      <PlatformIcon platform={account.platform} />
      <div className="account-row__text">
        <p className="account-row__name">
          <span className="account-row__display-name">{account.displayName}</span>
          {account.isDemo ? <span className="badge badge--demo">Demo</span> : null}
        </p>
        {details.length > 0 ? <p className="account-row__details">{details.join(' · ')}</p> : null}
      </div>
      {needsReconnect ? (
        <span className="account-health account-health--attention">
          <WarningIcon size={16} />
          Needs reconnecting
        </span>
      ) : (
        <span className="account-health account-health--ok">
          <span className="account-health__dot" aria-hidden="true" />
          Connected
        </span>
      )}
      {needsReconnect && account.isDemo ? (
        <Button
          className="account-row__action"
          aria-label={`Reconnect ${account.displayName} (${PLATFORMS[account.platform].name})`}
          onPress={() => void connect(account.platform === 'tiktok' ? 'tiktok' : 'meta')}
        >
          Reconnect
        </Button>
      ) : null}
    </li>
  );
}
