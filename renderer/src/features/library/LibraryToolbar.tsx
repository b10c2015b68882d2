import { SearchField } from '../../ui/SearchField';
import { SegmentedControl } from '../../ui/SegmentedControl';
import type { LibraryFilter } from './libraryStore';
import { KIND_FILTERS, USAGE_FILTERS } from './libraryWords';
import './LibraryToolbar.css';

export interface LibraryToolbarProps {
  filter: LibraryFilter;
  onChange: (patch: Partial<LibraryFilter>) => void;
}

/** Search by name, and filter by kind and by whether a post uses the item. */
export function LibraryToolbar({ filter, onChange }: LibraryToolbarProps) {
  return (
    <div className="library-toolbar" role="group" aria-label="Find media">
      <div className="library-toolbar__search">
        <SearchField label="Search by name" search={filter.search} onSearch={(search) => onChange({ search })} />
      </div>
      <SegmentedControl label="Kind" options={KIND_FILTERS} value={filter.kind} onChange={(kind) => onChange({ kind })} />
      <SegmentedControl label="Use" options={USAGE_FILTERS} value={filter.usage} onChange={(usage) => onChange({ usage })} />
    </div>
  );
}
