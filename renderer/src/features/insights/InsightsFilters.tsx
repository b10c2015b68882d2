import { SegmentedControl } from '../../ui/SegmentedControl';
import { AccountFilter } from '../drafts/AccountFilter';
import type { PeriodChoice } from './insightsPeriod';
import type { InsightsFilter } from './insightsStore';
import { PLATFORM_FILTERS } from './insightsWords';
import { PeriodPicker } from './PeriodPicker';

export interface InsightsFiltersProps {
  choice: PeriodChoice;
  filter: InsightsFilter;
  today: string;
  onChoice: (choice: PeriodChoice) => void;
  onFilter: (patch: Partial<InsightsFilter>) => void;
}

/** The period, and which account or platform the figures cover. */
export function InsightsFilters({ choice, filter, today, onChoice, onFilter }: InsightsFiltersProps) {
  return (
    <div className="insights-filters" role="group" aria-label="Choose what the figures cover">
      <PeriodPicker choice={choice} today={today} onChange={onChoice} />
      <div className="insights-filters__account">
        <AccountFilter accountId={filter.accountId} onChange={(accountId) => onFilter({ accountId })} />
      </div>
      <SegmentedControl label="Platform" options={PLATFORM_FILTERS} value={filter.platform} onChange={(platform) => onFilter({ platform })} />
    </div>
  );
}
