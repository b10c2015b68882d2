import { Button } from '../../ui/Button';
import { CheckIcon, ChevronDownIcon } from '../../ui/icons';
import { Menu, MenuItem } from '../../ui/Menu';
import type { DraftsSort } from './draftsStore';
import { SORT_NAMES } from './draftWords';
import './SortMenu.css';

const SORTS = Object.keys(SORT_NAMES) as DraftsSort[];

/** The drafts' order, chosen from a short menu that ticks the current one. */
export function SortMenu({ sort, onSort }: { sort: DraftsSort; onSort: (sort: DraftsSort) => void }) {
  return (
    <Menu
      aria-label="Sort drafts by"
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[sort]}
      onSelectionChange={(keys) => {
        const [chosen] = keys === 'all' ? [] : [...keys];
        if (chosen) onSort(chosen as DraftsSort);
      }}
      trigger={
        <Button>
          Sort: {SORT_NAMES[sort]}
          <ChevronDownIcon size={16} />
        </Button>
      }
    >
      {SORTS.map((option) => (
        <MenuItem key={option} id={option} textValue={SORT_NAMES[option]}>
          {({ isSelected }) => (
            <>
              <span className="sort-menu__label">{SORT_NAMES[option]}</span>
              {isSelected ? <CheckIcon size={16} /> : null}
            </>
          )}
        </MenuItem>
      ))}
    </Menu>
  );
}
