import { useState } from 'react';
import type { AccountSummary } from '../../../../../preload/contract';
import { useToast } from '../../../app/useToast';
import { describeError } from '../../../lib/describeError';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
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
  const [isBusy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const platform = PLATFORMS[account.platform];

  const confirm = async () => {
    const keepHistory = history === 'keep';
    setBusy(true);
    setProblem(null);
    const result = await disconnect({ accountId: account.id, keepHistory });
    setBusy(false);
    if (result.ok) {
      showToast(disconnectedToast(account, result.value.revokedOnPlatform, keepHistory));
      onDisconnected();
    } else if (!guardKeyring(result, confirm)) {
      setProblem(describeError(result));
    }
  };

  return (
    <Dialog
      title={`Disconnect ${account.displayName}?`}
      isOpen
      isDismissable={!isBusy}
      onOpenChange={(open) => {
        if (!open && !isBusy) onClose();
      }}
      actions={(close) => (
        <>
          <Button onPress={close} isDisabled={isBusy}>
            Cancel
          </Button>
          <Button variant="danger" onPress={() => void confirm()} isPending={isBusy}>
            Disconnect
          </Button>
        </>
      )}
    >
      <p>
        Outpost stops posting to this {platform.accountNoun}. It asks {signInSite(account)} to remove Outpost's access
        (unless another connected account uses the same sign-in) and deletes the saved sign-in from this computer.
      </p>
      <RadioGroup
        label="Post history"
        description={`Kept posts stay in your calendar and insights. Deleting removes them from Outpost only; what is already published stays on ${platform.name}.`}
        value={history}
        onChange={setHistory}
        isDisabled={isBusy}
      >
        <Radio value="keep">Keep post history</Radio>
        <Radio value="delete">Delete post history too</Radio>
      </RadioGroup>
      {problem ? (
        <p role="alert" className="dialog-problem">
          {problem}
        </p>
      ) : null}
    </Dialog>
  );
}
