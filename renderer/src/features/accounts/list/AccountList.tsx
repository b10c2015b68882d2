import { useId, useState, type ReactNode, type Ref } from 'react';
import type { AccountSummary, Platform } from '../../../../../preload/contract';
import { PLATFORM_ORDER, PLATFORMS } from '../platforms';
import { AccountCard } from './AccountCard';
import { AccountDetailsDialog } from './AccountDetailsDialog';
import { DisconnectDialog } from './DisconnectDialog';
import './AccountList.css';

export interface AccountListProps {
  accounts: readonly AccountSummary[];
  /** The list's heading, where focus goes after a disconnect removed the card that had it. */
  headingRef?: Ref<HTMLHeadingElement>;
  onDisconnected: () => void;
}

type OpenDialog = { kind: 'details' | 'disconnect'; accountId: string } | null;

/** The connected accounts, a card each, grouped by platform; their Details and Disconnect dialogs. */
export function AccountList({ accounts, headingRef, onDisconnected }: AccountListProps) {
  const headingId = useId();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const byId = new Map(accounts.map((account) => [account.id, account]));
  const linkedNameOf = (account: AccountSummary) =>
    account.linkedAccountId ? (byId.get(account.linkedAccountId)?.displayName ?? null) : null;
  const groups = PLATFORM_ORDER.map((platform) => ({
    platform,
    accounts: accounts.filter((account) => account.platform === platform),
  })).filter((group) => group.accounts.length > 0);
  // A dialog closes by itself when its account goes (disconnected here, or elsewhere).
  const dialogAccount = dialog ? byId.get(dialog.accountId) : undefined;
  const close = () => setDialog(null);

  return (
    <section className="account-list-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="accounts-card__title">
        Connected accounts
      </h2>
      {groups.map((group) => (
        <AccountGroup key={group.platform} platform={group.platform}>
          {group.accounts.map((account) => (
            <AccountCard
              key={account.id}
              account={account}
              linkedName={linkedNameOf(account)}
              onDetails={() => setDialog({ kind: 'details', accountId: account.id })}
              onDisconnect={() => setDialog({ kind: 'disconnect', accountId: account.id })}
            />
          ))}
        </AccountGroup>
      ))}
      {dialog?.kind === 'details' && dialogAccount ? (
        <AccountDetailsDialog account={dialogAccount} linkedName={linkedNameOf(dialogAccount)} onClose={close} />
      ) : null}
      {dialog?.kind === 'disconnect' && dialogAccount ? (
        <DisconnectDialog
          account={dialogAccount}
          onClose={close}
          onDisconnected={() => {
            close();
            onDisconnected();
          }}
        />
      ) : null}
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
