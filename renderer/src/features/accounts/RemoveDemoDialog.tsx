import { useState } from 'react';
import { useToast } from '../../app/useToast';
import { describeError } from '../../lib/describeError';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useAccounts } from './useAccounts';

export interface RemoveDemoDialogProps {
  /** How many demo accounts there are now. */
  count: number;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  onRemoved: () => void;
}

/** Asks before removing the demo, says what goes and what stays, and confirms with a toast. */
export function RemoveDemoDialog({ count, isOpen, onOpenChange, onRemoved }: RemoveDemoDialogProps) {
  const removeDemo = useAccounts((state) => state.removeDemo);
  const showToast = useToast();
  const [isRemoving, setRemoving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const openChange = (open: boolean) => {
    if (isRemoving) return;
    setProblem(null);
    onOpenChange(open);
  };

  const remove = async () => {
    setRemoving(true);
    setProblem(null);
    const result = await removeDemo();
    setRemoving(false);
    if (!result.ok) {
      setProblem(describeError(result));
      return;
    }
    onOpenChange(false);
    showToast({ tone: 'success', title: 'Demo removed', body: 'Its accounts and their posts are gone from this computer.' });
    onRemoved();
  };

  const accounts = count === 1 ? 'the demo account and its posts' : `the ${count} demo accounts and their posts`;
  return (
    <Dialog
      title="Remove the demo"
      isOpen={isOpen}
      onOpenChange={openChange}
      isDismissable={!isRemoving}
      actions={(close) => (
        <>
          <Button onPress={close} isDisabled={isRemoving}>
            Cancel
          </Button>
          <Button variant="danger" onPress={() => void remove()} isPending={isRemoving}>
            Remove demo accounts
          </Button>
        </>
      )}
    >
      <p>Remove {accounts}? Your own accounts are not touched.</p>
      {problem ? (
        <p role="alert" className="dialog-problem">
          {problem}
        </p>
      ) : null}
    </Dialog>
  );
}
