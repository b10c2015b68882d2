import type { MediaDetails } from '../../../../preload/contract';
import { describeError } from '../../lib/describeError';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { deleteConsequences } from './deleteWords';
import { useLibrary } from './useLibrary';

export interface DeleteMediaDialogProps {
  details: MediaDetails;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  onDeleted: () => void;
}

/**
 * Asks before deleting an item, saying what it does to the posts that use it. When main refuses
 * (a scheduled post uses it: MEDIA_IN_USE), its message shows here and nothing changes.
 */
export function DeleteMediaDialog({ details, isOpen, onOpenChange, onDeleted }: DeleteMediaDialogProps) {
  const remove = useLibrary((state) => state.remove);
  return (
    <ConfirmDialog
      title={`Delete “${details.originalName}”?`}
      confirmLabel="Delete"
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      onConfirm={async () => {
        const result = await remove(details.id);
        if (!result.ok) return describeError(result);
        onDeleted();
        return null;
      }}
    >
      {deleteConsequences(details.usedBy).map((line) => (
        <p key={line}>{line}</p>
      ))}
    </ConfirmDialog>
  );
}
