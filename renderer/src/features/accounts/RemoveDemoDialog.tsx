import { useToast } from '../../app/useToast';
import { describeError } from '../../lib/describeError';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
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

  const remove = async () => {
    const result = await removeDemo();
    if (!result.ok) return describeError(result);
    onOpenChange(false);
    showToast({ tone: 'success', title: 'Demo removed', body: 'Its accounts and their posts are gone from this computer.' });
    onRemoved();
    return null;
  };

  const accounts = count === 1 ? 'the demo account and its posts' : `the ${count} demo accounts and their posts`;
  return (
    <ConfirmDialog
      title="Remove the demo"
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      confirmLabel="Remove demo accounts"
      onConfirm={remove}
    >
      <p>Remove {accounts}? Your own accounts are not touched, and drafts you wrote stay, waiting for an account.</p>
    </ConfirmDialog>
  );
}
