import type { DeveloperAppKind } from '../../../../../preload/contract';
import { describeError } from '../../../lib/describeError';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
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
  const { name, secretLabel } = DEVELOPER_APP_KINDS[kind];

  const confirm = async () => {
    const result = await remove(kind);
    if (!result.ok) return describeError(result);
    onOpenChange(false);
    onRemoved();
    return null;
  };

  return (
    <ConfirmDialog
      title={`Remove the ${name}?`}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      confirmLabel="Remove"
      onConfirm={confirm}
    >
      <p>
        Outpost forgets the app's ID and deletes its {secretLabel} from the keyring. Accounts connected through it stay
        connected, but Outpost cannot renew their sign-ins or connect new ones until you set the app up again.
      </p>
    </ConfirmDialog>
  );
}
