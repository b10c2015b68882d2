import { Temporal } from 'temporal-polyfill';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** An instant as a wall-clock time in `timeZone`. */
export const zonedTime = (instant: Date, timeZone: string) =>
  Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone);

/**
 * A time as the owner reads it in the timeline: "Tue 24 Nov, 09:00", with the year only when it is
 * not this year ("Tue 5 Jan 2027, 09:00"). Built from the fields, not Intl, so it reads the same
 * on every system.
 */
export function formatWallTime(instant: Date, timeZone: string, now: Date): string {
  const at = zonedTime(instant, timeZone);
  const year = at.year === zonedTime(now, timeZone).year ? '' : ` ${at.year}`;
  return `${WEEKDAYS[at.dayOfWeek - 1]} ${at.day} ${MONTHS[at.month - 1]}${year}, ${twoDigits(at.hour)}:${twoDigits(at.minute)}`;
}

/** "Tue 24 Nov, 09:00 (Europe/Paris)": the zone named, since the owner may travel. */
export const formatOwnerTime = (instant: Date, timeZone: string, now: Date) => `${formatWallTime(instant, timeZone, now)} (${timeZone})`;
