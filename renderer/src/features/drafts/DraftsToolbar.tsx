import { SearchField } from '../../ui/SearchField';
import { AccountFilter } from './AccountFilter';
import type { DraftsFilter } from './draftsStore';
import { SortMenu } from './SortMenu';
import './DraftsToolbar.css';

export interface DraftsToolbarProps {
  filter: DraftsFilter;
  onChange: (patch: Partial<DraftsFilter>) => void;
}

/** Search, filter by account and sort: what the list shows and in which order. */
export function DraftsToolbar({ filter, onChange }: DraftsToolbarProps) {
  return (
    <div className="drafts-toolbar" role="group" aria-label="Find drafts">
      <div className="drafts-toolbar__search">
        <SearchField label="Search drafts" search={filter.search} onSearch={(search) => onChange({ search })} />
      </div>
      <div className="drafts-toolbar__account">
        <AccountFilter accountId={filter.accountId} onChange={(accountId) => onChange({ accountId })} />
      </div>
      <SortMenu sort={filter.sort} onSort={(sort) => onChange({ sort })} />
    </div>
  );
}
