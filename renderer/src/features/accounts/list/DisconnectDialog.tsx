import { useState } from 'react';
import type { AccountSummary } from '../../../../../preload/contract';
import { useToast } from '../../../app/useToast';
import { describeError } from '../../../lib/describeError';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { Radio, RadioGroup } from '../../../ui/RadioGroup';
import { useKeyringGuard } from '../../keyring/useKeyringGuard';
import { PLATFORMS } from '../platforms';
import { useAccounts } from '../useAccounts';
import { signInSite } from './accountWords';
import { disconnectedToast } from './disconnectWords';

export interface DisconnectDialogProps {
  account: AccountSummary;
  onClose: () => void;
  /** Called once main has disconnected it (the account is gone from the list by then). */
  onDisconnected: () => void;
}

/** Says what disconnecting does, asks whether to keep the post history (kept unless changed), then confirms with a toast. */
export function DisconnectDialog({ account, onClose, onDisconnected }: DisconnectDialogProps) {
  const disconnect = useAccounts((state) => state.disconnect);
  const guardKeyring = useKeyringGuard();
  const showToast = useToast();
  const [history, setHistory] = useState('keep');
  const platform = PLATFORMS[account.platform];

  const confirm = async (retry: () => void) => {
    const keepHistory = history === 'keep';
    const result = await disconnect({ accountId: account.id, keepHistory });
    if (result.ok) {
      showToast(disconnectedToast(account, result.value.revokedOnPlatform, keepHistory));
      onDisconnected();
      return null;
    }
    return guardKeyring(result, retry) ? null : describeError(result);
  };

  return (
    <ConfirmDialog
      title={`Disconnect ${account.displayName}?`}
      isOpen
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      confirmLabel="Disconnect"
      onConfirm={confirm}
    >
      {(isBusy) => (
        <>
          <p>
            Outpost stops posting to this {platform.accountNoun}. It asks {signInSite(account)} to remove Outpost's
            access (unless another connected account uses the same sign-in) and deletes the saved sign-in from this
            computer.
          </p>
          <RadioGroup
            label="Post history"
            description={`Kept posts stay in your calendar and insights. Deleting removes them from Outpost only; what is already published stays on ${platform.name}. Drafts always stay, waiting for an account.`}
            value={history}
            onChange={setHistory}
            isDisabled={isBusy}
          >
            <Radio value="keep">Keep post history</Radio>
            <Radio value="delete">Delete post history too</Radio>
          </RadioGroup>
        </>
      )}
    </ConfirmDialog>
  );
}
