/**
 * Wall-clock times in the owner's time zone, for the date and time fields. Temporal does the zone
 * work (offsets, daylight-saving gaps and overlaps); nothing here adds hours by hand.
 */
import { Temporal } from 'temporal-polyfill';

function zoned(instant: Date, timeZone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone);
}

/** The instant as a date and time field shows it in `timeZone`: "2025-12-10T14:00". */
export function localInputValue(instant: Date, timeZone: string): string {
  return zoned(instant, timeZone).toPlainDateTime().toString({ smallestUnit: 'minute' });
}

/**
 * What a date and time field holds, read in `timeZone`, as an instant; null when it is not a
 * complete date and time. A time the clocks skip (02:30 on the spring change) moves forward by
 * the gap, and a time that happens twice takes the first: Temporal's "compatible" choice.
 */
export function instantFromLocalInput(value: string, timeZone: string): Date | null {
  // What a date and time field holds when complete; Temporal alone would also take a bare date.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return null;
  try {
    const local = Temporal.PlainDateTime.from(value);
    return new Date(local.toZonedDateTime(timeZone, { disambiguation: 'compatible' }).epochMilliseconds);
  } catch {
    return null;
  }
}

/** The next whole hour in `timeZone` after `now`: 14:20 → 15:00, and 14:00 → 15:00. */
export function nextRoundHour(now: Date, timeZone: string): Date {
  const next = zoned(now, timeZone).add({ hours: 1 }).round({ smallestUnit: 'hour', roundingMode: 'floor' });
  return new Date(next.epochMilliseconds);
}

/** "Europe/Paris (CET)": the zone's name and its short name at `at` (it changes with daylight saving). */
export function zoneName(timeZone: string, at: Date): string {
  const short = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  const name = timeZone.replaceAll('_', ' ');
  return short && short !== timeZone ? `${name} (${short})` : name;
}
