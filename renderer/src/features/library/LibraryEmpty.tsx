import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { LibraryIcon } from '../../ui/icons';

export interface LibraryEmptyProps {
  /** The owner searched or filtered: say nothing matches, rather than that there is nothing. */
  isFiltered: boolean;
  onShowAll: () => void;
}

/** What shows instead of the grid: an empty library, or nothing that matches. */
export function LibraryEmpty({ isFiltered, onShowAll }: LibraryEmptyProps) {
  return isFiltered ? (
    <EmptyState title="Nothing matches" actions={<Button onPress={onShowAll}>Show everything</Button>}>
      No photo or video in your library matches the search and filters.
    </EmptyState>
  ) : (
    <EmptyState title="Your library is empty" icon={<LibraryIcon size={28} />}>
      Import photos and videos, or drop them here. Outpost keeps its own copy of each, so moving or
      deleting the original later changes nothing here.
    </EmptyState>
  );
}
