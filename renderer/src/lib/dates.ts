/**
 * Dates as the owner reads them, in their own time zone (Settings → Date and time). Everything is
 * Intl: the only arithmetic here is the difference between two calendar days.
 *
 * Day and month are written out ("12 Dec"), so the order is never ambiguous; the year is added
 * when it is not the current one.
 */
const LOCALE = 'en-GB';
const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar day `instant` falls on in `timeZone`, as a day number (days since 1970-01-01). */
function calendarDay(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(
    instant,
  );
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day')) / DAY_MS;
}

/** How many calendar days from `now` to `instant` in `timeZone`: 0 today, 1 tomorrow, -1 yesterday. */
export function daysFromToday(instant: Date, now: Date, timeZone: string): number {
  return calendarDay(instant, timeZone) - calendarDay(now, timeZone);
}

/** "today", "tomorrow", "in 5 days", "3 days ago". */
export function relativeDays(days: number): string {
  return new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' }).format(days, 'day');
}

function sameYear(instant: Date, now: Date, timeZone: string): boolean {
  const year = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' });
  return year.format(instant) === year.format(now);
}

/** "12 Dec", or "12 Dec 2026" when that is not this year. */
export function shortDate(instant: Date, now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: sameYear(instant, now, timeZone) ? undefined : 'numeric',
  }).format(instant);
}

/** "12 Dec (in 5 days)". */
export function dateWithDistance(instant: Date, now: Date, timeZone: string): string {
  return `${shortDate(instant, now, timeZone)} (${relativeDays(daysFromToday(instant, now, timeZone))})`;
}

/** "12 Dec 2025". */
export function fullDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone, dateStyle: 'medium' }).format(instant);
}

/** "12 Dec 2025, 14:30". */
export function dateAndTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(instant);
}

/** "A", "A and B", "A, B and C". */
export function wordList(items: readonly string[]): string {
  return new Intl.ListFormat(LOCALE, { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * When something happened, as lists say it: "today at 14:30", "yesterday at 09:05", "3 days ago"
 * within the week, else "12 Dec".
 */
export function recentTime(instant: Date, now: Date, timeZone: string): string {
  const days = daysFromToday(instant, now, timeZone);
  if (days >= -1) {
    const time = new Intl.DateTimeFormat(LOCALE, { timeZone, timeStyle: 'short' }).format(instant);
    return `${relativeDays(Math.min(days, 0))} at ${time}`;
  }
  return days >= -6 ? relativeDays(days) : shortDate(instant, now, timeZone);
}
