import { useState } from 'react';
import type { DeveloperAppKind } from '../../../../../preload/contract';
import { describeError } from '../../../lib/describeError';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { DEVELOPER_APP_KINDS } from './developerAppKinds';
import { useDeveloperApps } from './useDeveloperApps';

export interface RemoveDeveloperAppDialogProps {
  kind: DeveloperAppKind;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  onRemoved: () => void;
}

/** Asks before Outpost forgets a developer app, saying what that means for the accounts connected through it. */
export function RemoveDeveloperAppDialog({ kind, isOpen, onOpenChange, onRemoved }: RemoveDeveloperAppDialogProps) {
  const remove = useDeveloperApps((state) => state.remove);
  const [isRemoving, setRemoving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { name, secretLabel } = DEVELOPER_APP_KINDS[kind];

  const confirm = async () => {
    setRemoving(true);
    setProblem(null);
    const result = await remove(kind);
    setRemoving(false);
    if (!result.ok) {
      setProblem(describeError(result));
      return;
    }
    onOpenChange(false);
    onRemoved();
  };

  return (
    <Dialog
      title={`Remove the ${name}?`}
      isOpen={isOpen}
      isDismissable={!isRemoving}
      onOpenChange={(open) => {
        if (isRemoving) return;
        setProblem(null);
        onOpenChange(open);
      }}
      actions={(close) => (
        <>
          <Button onPress={close} isDisabled={isRemoving}>
            Cancel
          </Button>
          <Button variant="danger" onPress={() => void confirm()} isPending={isRemoving}>
            Remove
          </Button>
        </>
      )}
    >
      <p>
        Outpost forgets the app's ID and deletes its {secretLabel} from the keyring. Accounts connected through it stay
        connected, but Outpost cannot renew their sign-ins or connect new ones until you set the app up again.
      </p>
      {problem ? (
        <p role="alert" className="dialog-problem">
          {problem}
        </p>
      ) : null}
    </Dialog>
  );
}
