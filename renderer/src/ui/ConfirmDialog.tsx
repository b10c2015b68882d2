import { useState, type ReactNode } from 'react';
import { Button } from './Button';
import { Dialog, DialogProblem } from './Dialog';

export interface ConfirmDialogProps {
  /** The heading, which is also the dialog's accessible name. */
  title: string;
  isOpen: boolean;
  /** The owner cancelled or dismissed it; never called while the action runs. */
  onOpenChange: (isOpen: boolean) => void;
  /** The label of the danger button that does it. */
  confirmLabel: string;
  /**
   * Does it, and answers why it did not work (shown in the dialog), or null. On success the caller
   * closes the dialog itself. `retry` runs it once more the same way, for an action that first
   * stops at another question (the keyring's).
   */
  onConfirm: (retry: () => void) => Promise<string | null>;
  /** What it does and what stays; a function to get whether the action is running. */
  children: ReactNode | ((isBusy: boolean) => ReactNode);
}

/**
 * Asks before something that deletes or disconnects: Cancel, and a danger button that runs the
 * action. While it runs, Cancel is disabled and the dialog cannot be dismissed; a failure is shown
 * in the dialog.
 */
export function ConfirmDialog({ title, isOpen, onOpenChange, confirmLabel, onConfirm, children }: ConfirmDialogProps) {
  const [isBusy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setProblem(null);
    const failure = await onConfirm(() => void confirm());
    setBusy(false);
    setProblem(failure);
  };

  return (
    <Dialog
      title={title}
      isOpen={isOpen}
      isDismissable={!isBusy}
      onOpenChange={(open) => {
        if (isBusy) return;
        setProblem(null);
        onOpenChange(open);
      }}
      actions={(close) => (
        <>
          <Button onPress={close} isDisabled={isBusy}>
            Cancel
          </Button>
          <Button variant="danger" onPress={() => void confirm()} isPending={isBusy}>
            {confirmLabel}
          </Button>
        </>
      )}
    >
      {typeof children === 'function' ? children(isBusy) : children}
      <DialogProblem problem={problem} />
    </Dialog>
  );
}
