import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { DraftsIcon } from '../../ui/icons';

export interface DraftsEmptyProps {
  /** The owner searched or chose an account: say nothing matches, rather than that there is nothing. */
  isFiltered: boolean;
  onNewPost: () => void;
  onShowAll: () => void;
}

/** What shows instead of the list: no drafts at all, or none that match. */
export function DraftsEmpty({ isFiltered, onNewPost, onShowAll }: DraftsEmptyProps) {
  return isFiltered ? (
    <EmptyState title="No drafts match" actions={<Button onPress={onShowAll}>Show all drafts</Button>}>
      Try other words, or another account.
    </EmptyState>
  ) : (
    <EmptyState
      title="No drafts yet"
      icon={<DraftsIcon size={28} />}
      actions={
        <Button variant="primary" onPress={onNewPost}>
          New post
        </Button>
      }
    >
      Posts you start are kept here, saved on this computer as you type, until you schedule them.
    </EmptyState>
  );
}
