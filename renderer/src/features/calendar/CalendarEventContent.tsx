import type { ScheduledItem } from '../../../../preload/contract';
import { PlatformIcon } from '../accounts/platforms';
import { RunsWhereIcon } from './RunsWhereMark';
import { StatusIcon } from './StatusMark';
import { destinationName, excerptOf, isProblem, RUNS_WHERE, STATUS_NAMES, statusDetail } from './scheduleWords';

export interface CalendarEventContentProps {
  item: ScheduledItem;
  /** The time as FullCalendar wrote it for the view ("14:30"). */
  timeText: string;
  /** List rows have room for a picture and the status in words; grid cells do not. */
  isListRow: boolean;
  timeZone: string;
}

/**
 * One post in the calendar. FullCalendar makes the event a button (Tab reaches it, Enter opens
 * it); its name is the sentence in the hidden label, and what shows is drawn beside it, hidden
 * from screen readers so nothing is read twice.
 */
export function CalendarEventContent({ item, timeText, isListRow, timeZone }: CalendarEventContentProps) {
  const detail = statusDetail(item, timeZone);
  const waitsToGoOut = item.status === 'scheduled' || isProblem(item.status);
  // "21:00, Instagram · Crumb & Co: “Lemon drizzle…” Scheduled. Needs Outpost running."
  const label = [
    `${timeText}, ${destinationName(item)}: “${excerptOf(item)}”`,
    `${STATUS_NAMES[item.status]}${detail ? `: ${detail}` : ''}.`,
    waitsToGoOut ? `${RUNS_WHERE[item.runsWhere].short}.` : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <span className={isListRow ? 'calendar-item calendar-item--row' : 'calendar-item'}>
      <span className="visually-hidden">{label}</span>
      <span className="calendar-item__visual" aria-hidden="true">
        {item.thumbnailUrl ? <img className="calendar-item__thumbnail" src={item.thumbnailUrl} alt="" /> : null}
        <span className="calendar-item__text">
          <span className="calendar-item__line">
            <StatusIcon status={item.status} />
            <span className="calendar-item__time">{timeText}</span>
            <PlatformIcon platform={item.platform} size="sm" />
            <span className="calendar-item__account">{item.accountName ?? 'Account not chosen'}</span>
            {waitsToGoOut ? <RunsWhereIcon runsWhere={item.runsWhere} /> : null}
          </span>
          <span className="calendar-item__excerpt">{excerptOf(item)}</span>
          {isListRow || item.status === 'publishing' ? (
            <span className="calendar-item__status">
              {STATUS_NAMES[item.status]}
              {detail ? ` · ${detail}` : ''}
            </span>
          ) : null}
        </span>
      </span>
    </span>
  );
}
