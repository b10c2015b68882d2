import { Button } from '../../ui/Button';
import { Dialog, DialogProblem } from '../../ui/Dialog';
import { useKeyring } from './useKeyring';

/**
 * The question an action stops at on a computer without a password keyring: Cancel (the default,
 * focused first) leaves it undone; accepting weaker storage saves that choice and runs it again.
 */
export function KeyringDialog() {
  const question = useKeyring((state) => state.question);
  const decline = useKeyring((state) => state.decline);
  const accept = useKeyring((state) => state.accept);
  if (!question) return null;

  return (
    <Dialog
      title="No password keyring on this computer"
      role="alertdialog"
      isOpen
      isDismissable={!question.isAccepting}
      onOpenChange={(open) => {
        if (!open) decline();
      }}
      actions={(close) => (
        <>
          <Button variant="primary" autoFocus onPress={close} isDisabled={question.isAccepting}>
            Cancel
          </Button>
          <Button onPress={() => void accept()} isPending={question.isAccepting}>
            Accept weaker storage
          </Button>
        </>
      )}
    >
      <p>
        This computer has no password keyring (like GNOME Keyring or KWallet), so Outpost could only store sign-ins with
        weak protection that other programs on this computer could read.
      </p>
      <p>
        Install and unlock a keyring and restart Outpost (recommended), or accept weaker storage. You can change this
        later in Settings → Saved sign-ins.
      </p>
      <DialogProblem problem={question.problem} />
    </Dialog>
  );
}
