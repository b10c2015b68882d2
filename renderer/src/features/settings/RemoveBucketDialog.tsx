import type { Result } from '../../../../preload/contract';
import { describeError } from '../../lib/describeError';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

export interface RemoveBucketDialogProps {
  bucket: string;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  remove: () => Promise<Result<null>>;
  onRemoved: () => void;
}

/** Asks before Outpost forgets the bucket, saying what that means for posts. */
export function RemoveBucketDialog({ bucket, isOpen, onOpenChange, remove, onRemoved }: RemoveBucketDialogProps) {
  const confirm = async () => {
    const result = await remove();
    if (!result.ok) return describeError(result);
    onOpenChange(false);
    onRemoved();
    return null;
  };

  return (
    <ConfirmDialog title="Remove the storage bucket?" isOpen={isOpen} onOpenChange={onOpenChange} confirmLabel="Remove" onConfirm={confirm}>
      <p>
        Outpost forgets the settings of “{bucket}” and deletes its secret access key from the keyring. The bucket and its
        files stay as they are. Instagram accounts connected with Instagram Login cannot post photos until you set up a
        bucket again.
      </p>
    </ConfirmDialog>
  );
}
