import FullCalendar, { type CalendarRef, type EventDropInfo } from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import listPlugin from '@fullcalendar/react/list';
import enGbLocale from '@fullcalendar/react/locales/en-gb';
import classicThemePlugin from '@fullcalendar/react/themes/classic';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import { useEffect, useMemo, type RefObject } from 'react';
import type { ScheduledItem } from '../../../../preload/contract';
import { useMediaQuery } from '../../lib/useMediaQuery';
import type { CalendarRange, CalendarView as View } from './calendarStore';
import { FULLCALENDAR_VIEWS, toEvent, type EventExtras } from './calendarEvents';
import { CalendarEventContent } from './CalendarEventContent';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import './CalendarView.css';

const PLUGINS = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin, classicThemePlugin];

/** The week's hours scroll inside this height (opening at 08:00) rather than making the page 24 hours long. */
const WEEK_HEIGHT = 720;

/** Month cells and week columns keep the rows even: more than this shows "+2 more". */
const MAX_EVENTS_PER_DAY = 3;

export interface CalendarViewProps {
  view: View;
  items: readonly ScheduledItem[];
  /** The owner's zone: every day, hour and event time is in it, whatever the computer's zone is. */
  timeZone: string;
  /** The first day to show when the calendar opens; null: today. */
  anchor: string | null;
  calendarRef: RefObject<CalendarRef | null>;
  /** The calendar moved: the instants it shows, its first day, and its title ("December 2025"). */
  onRange: (range: CalendarRange, anchor: string, title: string) => void;
  onOpen: (targetId: string) => void;
  /** A post was dragged to another time; `revert` puts it back. */
  onDrop: (drop: EventDropInfo) => void;
}

/**
 * FullCalendar with our views, the owner's time zone and our look. The toolbar is ours (above),
 * so its buttons are the app's; this draws the days, the hours and the posts.
 */
export function CalendarView({ view, items, timeZone, anchor, calendarRef, onRange, onOpen, onDrop }: CalendarViewProps) {
  const reduceMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const events = useMemo(() => items.filter((item) => item.dueAt !== null).map(toEvent), [items]);

  // Switching views keeps the date the owner is looking at.
  useEffect(() => {
    const calendar = calendarRef.current?.getApi();
    if (calendar && calendar.view.type !== FULLCALENDAR_VIEWS[view]) calendar.changeView(FULLCALENDAR_VIEWS[view]);
  }, [calendarRef, view]);

  return (
    <section className="calendar-view" aria-label="Scheduled posts">
      <FullCalendar
        ref={calendarRef}
        plugins={PLUGINS}
        className="calendar-view__root"
        locale={enGbLocale}
        timeZone={timeZone}
        initialView={FULLCALENDAR_VIEWS[view]}
        initialDate={anchor ?? undefined}
        headerToolbar={false}
        height={view === 'week' ? WEEK_HEIGHT : 'auto'}
        scrollTime="08:00:00"
        views={{ timeGridWeek: { titleFormat: { day: 'numeric', month: 'long', year: 'numeric' } } }}
        nowIndicator
        allDaySlot={false}
        editable
        eventInteractive
        eventDisplay="block"
        dayMaxEvents={MAX_EVENTS_PER_DAY}
        snapDuration="00:15:00"
        defaultTimedEventDuration="00:30:00"
        eventMinHeight={40}
        dragRevertDuration={reduceMotion ? 0 : 300}
        eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        slotHeaderFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        noEventsText="No posts in this period."
        events={events}
        eventContent={(arg) => (
          <CalendarEventContent
            item={(arg.event.extendedProps as EventExtras).item}
            timeText={arg.timeText}
            isListRow={arg.view.type.startsWith('list')}
            timeZone={timeZone}
          />
        )}
        eventClick={(info) => {
          info.jsEvent.preventDefault();
          onOpen(info.event.id);
        }}
        eventDrop={onDrop}
        datesSet={(info) =>
          onRange(
            { from: info.start.toISOString(), to: info.end.toISOString() },
            dayInFocus(info.view.currentStart, info.view.currentEnd).toISOString(),
            info.view.title,
          )
        }
      />
    </section>
  );
}

/**
 * The day another view opens on: today while the period shown holds it (Month → Week shows this
 * week, not the month's first), else the period's first day.
 */
function dayInFocus(start: Date, end: Date, now = new Date()): Date {
  return now >= start && now < end ? now : start;
}
