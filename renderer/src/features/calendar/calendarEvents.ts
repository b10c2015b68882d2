import type { EventInput } from '@fullcalendar/react';
import type { ScheduledItem, TargetStatus } from '../../../../preload/contract';
import type { CalendarView } from './calendarStore';

/** FullCalendar's view for each of ours. */
export const FULLCALENDAR_VIEWS: Record<CalendarView, string> = {
  month: 'dayGridMonth',
  week: 'timeGridWeek',
  list: 'listMonth',
};

/** Main moves only a scheduled or missed post (schedule.reschedule); the rest stay where they are. */
export function isMovable(status: TargetStatus): boolean {
  return status === 'scheduled' || status === 'missed';
}

/** What the calendar's event carries besides its time: the item itself, for the event's content. */
export interface EventExtras {
  item: ScheduledItem;
}

/** A target as a calendar event: at its due time, draggable only when main would move it. */
export function toEvent(item: ScheduledItem): EventInput {
  const extras: EventExtras = { item };
  return {
    id: item.targetId,
    start: item.dueAt ?? undefined,
    title: item.excerpt,
    startEditable: isMovable(item.status),
    durationEditable: false,
    className: `calendar-event calendar-event--${item.platform} calendar-event--${item.status}`,
    extendedProps: extras,
  };
}
