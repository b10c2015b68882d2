import type { CalendarRef, EventDropInfo } from '@fullcalendar/react';
import { useEffect, useRef, useState } from 'react';
import type { ScheduledItem } from '../../../../preload/contract';
import { useToast } from '../../app/useToast';
import { dateAndTime } from '../../lib/dates';
import { describeError } from '../../lib/describeError';
import { useMediaQuery } from '../../lib/useMediaQuery';
import { Dialog } from '../../ui/Dialog';
import { LoadProblem } from '../../ui/LoadProblem';
import { Screen } from '../../ui/Screen';
import { NoAccountsBanner } from '../accounts/NoAccountsBanner';
import { useSettings } from '../settings/useSettings';
import { useTimeZone } from '../settings/useTimeZone';
import { CalendarFilters } from './CalendarFilters';
import { CalendarToolbar } from './CalendarToolbar';
import { CalendarView } from './CalendarView';
import { PostingTimesDialog } from './PostingTimesDialog';
import { ProblemsList } from './ProblemsList';
import { RunsWhereLegend } from './RunsWhereMark';
import { DETAILS_TITLE, DetailsContent, TargetDetailsPanel } from './TargetDetailsPanel';
import { useCalendar } from './useCalendar';
import './CalendarScreen.css';

const NO_ITEMS: readonly ScheduledItem[] = [];

/** Wide enough for the calendar and the details side by side; narrower windows show details in a dialog. */
const SIDE_PANEL_QUERY = '(min-width: 1200px)';

export function CalendarScreen() {
  const view = useCalendar((state) => state.view);
  const anchor = useCalendar((state) => state.anchor);
  const filter = useCalendar((state) => state.filter);
  const items = useCalendar((state) => state.items);
  const loadError = useCalendar((state) => state.loadError);
  const problems = useCalendar((state) => state.problems);
  const selection = useCalendar((state) => state.selection);
  const setView = useCalendar((state) => state.setView);
  const showRange = useCalendar((state) => state.showRange);
  const setFilter = useCalendar((state) => state.setFilter);
  const load = useCalendar((state) => state.load);
  const loadProblems = useCalendar((state) => state.loadProblems);
  const select = useCalendar((state) => state.select);
  const revealed = useCalendar((state) => state.revealed);
  const closeDetails = useCalendar((state) => state.closeDetails);
  const reschedule = useCalendar((state) => state.reschedule);
  const timeZone = useTimeZone();
  // The days are drawn in the owner's zone: until the settings answer, it is not known yet.
  const isZoneKnown = useSettings((state) => state.preferences !== null || state.loadError !== null);
  const toast = useToast();
  const hasSidePanel = useMediaQuery(SIDE_PANEL_QUERY);
  const calendarRef = useRef<CalendarRef>(null);
  const [title, setTitle] = useState('');
  const [isEditingTimes, setEditingTimes] = useState(false);

  // Each visit shows the schedule as it is now; schedule.changed keeps it so while the screen is open.
  useEffect(() => {
    void load();
    void loadProblems();
  }, [load, loadProblems]);

  // Opened from a notification or the problems list: the calendar goes to the post's date.
  const details = selection?.details;
  useEffect(() => {
    if (!selection?.reveal || details?.kind === 'loading') return;
    if (details?.kind === 'ready' && details.details.dueAt) calendarRef.current?.getApi().gotoDate(new Date(details.details.dueAt));
    revealed();
  }, [selection?.reveal, details, revealed]);

  const step = (direction: 'prev' | 'today' | 'next') => {
    const calendar = calendarRef.current?.getApi();
    if (direction === 'prev') calendar?.prev();
    if (direction === 'next') calendar?.next();
    if (direction === 'today') calendar?.today();
  };

  // Dragging moved the post on screen; main decides. A refusal puts it back and says why.
  const moveByDrag = async (drop: EventDropInfo) => {
    const start = drop.event.start;
    if (!start) {
      drop.revert();
      return;
    }
    const moved = await reschedule(drop.event.id, start.toISOString());
    if (moved.ok) {
      toast({ tone: 'success', title: 'Post moved', body: dateAndTime(start, timeZone) });
    } else {
      drop.revert();
      toast({ tone: 'error', title: 'The post was not moved', body: describeError(moved) });
    }
  };

  return (
    <Screen title="Calendar" intro="Your scheduled and published posts, in your time zone." wide>
      <NoAccountsBanner />
      <ProblemsList problems={problems} onOpen={(item) => void select(item.targetId, { reveal: true })} />
      <div className="calendar-screen">
        <CalendarToolbar view={view} title={title} onView={setView} onStep={step} onPostingTimes={() => setEditingTimes(true)} />
        <CalendarFilters filter={filter} onChange={(patch) => void setFilter(patch)} />
        {loadError ? <LoadProblem what="Your schedule" error={loadError} onAction={() => void load()} /> : null}
        <div className="calendar-screen__body">
          {isZoneKnown ? (
            <CalendarView
              view={view}
              items={items ?? NO_ITEMS}
              timeZone={timeZone}
              anchor={anchor}
              calendarRef={calendarRef}
              onRange={(range, start, periodTitle) => {
                setTitle(periodTitle);
                void showRange(range, start);
              }}
              onOpen={(targetId) => void select(targetId)}
              onDrop={(drop) => void moveByDrag(drop)}
            />
          ) : null}
          {selection && hasSidePanel ? (
            <TargetDetailsPanel
              targetId={selection.targetId}
              state={selection.details}
              onRetry={() => void select(selection.targetId)}
              onClose={closeDetails}
            />
          ) : null}
        </div>
        <RunsWhereLegend />
      </div>
      {selection && !hasSidePanel ? (
        <Dialog title={DETAILS_TITLE} isOpen size="wide" onOpenChange={(isOpen) => !isOpen && closeDetails()}>
          <DetailsContent state={selection.details} onRetry={() => void select(selection.targetId)} />
        </Dialog>
      ) : null}
      {isEditingTimes ? <PostingTimesDialog onClose={() => setEditingTimes(false)} /> : null}
    </Screen>
  );
}
