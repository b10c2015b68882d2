import { useState } from 'react';
import type { AccountSummary } from '../../../../../preload/contract';
import { dateAndTime, daysFromToday, fullDate, relativeDays } from '../../../lib/dates';
import { describeError } from '../../../lib/describeError';
import { Button } from '../../../ui/Button';
import { Dialog, DialogProblem } from '../../../ui/Dialog';
import { RefreshIcon } from '../../../ui/icons';
import { useKeyringGuard } from '../../keyring/useKeyringGuard';
import { useTimeZone } from '../../settings/useTimeZone';
import { askAgainRequest, reconnectRequest } from '../connect/connectRequests';
import { useStartConnect } from '../connect/useStartConnect';
import { AccountHealth } from '../health/AccountHealth';
import { renewsAutomatically } from '../health/healthWords';
import { PermissionList } from '../PermissionList';
import { useAccounts } from '../useAccounts';
import { platformLine, signInLine } from './accountWords';
import { MissingPermissions } from './MissingPermissions';

export interface AccountDetailsDialogProps {
  account: AccountSummary;
  linkedName: string | null;
  onClose: () => void;
}

/**
 * Everything Outpost knows about an account's sign-in, in words: how it signs in, since when,
 * when it was last checked, when it expires, what it may and may not do; and "Check now".
 */
export function AccountDetailsDialog({ account, linkedName, onClose }: AccountDetailsDialogProps) {
  const timeZone = useTimeZone();
  const checkHealth = useAccounts((state) => state.checkHealth);
  const startConnect = useStartConnect();
  const guardKeyring = useKeyringGuard();
  const [check, setCheck] = useState<{ kind: 'idle' | 'checking' | 'done' } | { kind: 'failed'; message: string }>({
    kind: 'idle',
  });
  const now = new Date();
  const { health } = account;
  const when = (instant: string) => `${fullDate(new Date(instant), timeZone)} (${relativeDays(daysFromToday(new Date(instant), now, timeZone))})`;

  const checkNow = async () => {
    setCheck({ kind: 'checking' });
    const result = await checkHealth();
    if (result.ok) setCheck({ kind: 'done' });
    else if (guardKeyring(result, checkNow)) setCheck({ kind: 'idle' });
    else setCheck({ kind: 'failed', message: describeError(result) });
  };

  const askAgain = () => {
    onClose();
    void startConnect(askAgainRequest(reconnectRequest(account)));
  };

  return (
    <Dialog
      title={account.displayName}
      size="wide"
      isOpen
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      actions={(close) => (
        <>
          <Button onPress={() => void checkNow()} isPending={check.kind === 'checking'}>
            <RefreshIcon size={16} />
            Check now
          </Button>
          <Button variant="primary" onPress={close}>
            Close
          </Button>
        </>
      )}
    >
      <AccountHealth account={account} where="details" />
      <dl className="details-list">
        <dt>Platform</dt>
        <dd>{platformLine(account, linkedName)}</dd>
        <dt>Signs in with</dt>
        <dd>{signInLine(account, linkedName)}</dd>
        <dt>Connected on</dt>
        <dd>{fullDate(new Date(account.connectedAt), timeZone)}</dd>
        <dt>Last checked</dt>
        <dd>{health.checkedAt ? dateAndTime(new Date(health.checkedAt), timeZone) : 'Not checked yet'}</dd>
        <dt>Sign-in expires</dt>
        <dd>
          {health.tokenExpiresAt ? when(health.tokenExpiresAt) : 'Does not expire'}
          {renewsAutomatically(account) ? '. Outpost renews it automatically.' : null}
        </dd>
        {health.dataAccessExpiresAt ? (
          <>
            <dt>Data access ends</dt>
            <dd>
              {when(health.dataAccessExpiresAt)}. Meta asks you to sign in again every 90 days; reconnecting renews it.
            </dd>
          </>
        ) : null}
      </dl>
      {health.missingPermissions.length > 0 ? (
        <MissingPermissions missing={health.missingPermissions} onAskAgain={askAgain} />
      ) : null}
      <h4 className="details-heading">
        Permissions granted
      </h4>
      {account.grantedScopes.length > 0 ? (
        <PermissionList permissions={account.grantedScopes} label="Permissions granted" />
      ) : (
        <p>None recorded.</p>
      )}
      <p role="status" className="details-check">
        {check.kind === 'checking' ? 'Checking with the platforms…' : check.kind === 'done' ? 'Checked just now.' : ''}
      </p>
      <DialogProblem problem={check.kind === 'failed' ? check.message : null} />
    </Dialog>
  );
}
