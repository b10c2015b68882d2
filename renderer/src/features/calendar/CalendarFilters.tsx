import { SegmentedControl } from '../../ui/SegmentedControl';
import { AccountFilter } from '../drafts/AccountFilter';
import type { CalendarFilter } from './calendarStore';
import { PLATFORM_FILTERS, STATUS_FILTERS } from './calendarWords';

export interface CalendarFiltersProps {
  filter: CalendarFilter;
  onChange: (patch: Partial<CalendarFilter>) => void;
}

/** Narrows the calendar to one account, one platform, or posts in one state. */
export function CalendarFilters({ filter, onChange }: CalendarFiltersProps) {
  return (
    <div className="calendar-filters" role="group" aria-label="Filter posts">
      <div className="calendar-filters__account">
        <AccountFilter accountId={filter.accountId} onChange={(accountId) => onChange({ accountId })} />
      </div>
      <SegmentedControl label="Platform" options={PLATFORM_FILTERS} value={filter.platform} onChange={(platform) => onChange({ platform })} />
      <SegmentedControl label="Status" options={STATUS_FILTERS} value={filter.status} onChange={(status) => onChange({ status })} />
    </div>
  );
}
