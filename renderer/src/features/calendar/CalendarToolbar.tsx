import { Button } from '../../ui/Button';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { ClockIcon, ChevronLeftIcon, ChevronRightIcon } from './calendarIcons';
import type { CalendarView } from './calendarStore';
import { PERIOD_NAMES, VIEW_OPTIONS } from './calendarWords';

export interface CalendarToolbarProps {
  view: CalendarView;
  /** "December 2025": the period shown. */
  title: string;
  onView: (view: CalendarView) => void;
  onStep: (step: 'prev' | 'today' | 'next') => void;
  onPostingTimes: () => void;
}

/** Which period and view the calendar shows, and the way to the posting times. */
export function CalendarToolbar({ view, title, onView, onStep, onPostingTimes }: CalendarToolbarProps) {
  const period = PERIOD_NAMES[view];
  return (
    <div className="calendar-toolbar">
      <div className="calendar-toolbar__period">
        <Button variant="quiet" iconOnly aria-label={`Previous ${period}`} onPress={() => onStep('prev')}>
          <ChevronLeftIcon size={18} />
        </Button>
        <Button onPress={() => onStep('today')}>Today</Button>
        <Button variant="quiet" iconOnly aria-label={`Next ${period}`} onPress={() => onStep('next')}>
          <ChevronRightIcon size={18} />
        </Button>
        <h2 className="calendar-toolbar__title" aria-live="polite">
          {title}
        </h2>
      </div>
      <div className="calendar-toolbar__end">
        <SegmentedControl label="View" options={VIEW_OPTIONS} value={view} onChange={onView} />
        <Button onPress={onPostingTimes}>
          <ClockIcon size={16} />
          Posting times
        </Button>
      </div>
    </div>
  );
}
