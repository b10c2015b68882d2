import { Temporal } from 'temporal-polyfill';
import type { InsightsPeriod, LocalDate } from '../../../preload/contract';

/**
 * A period is whole days in the owner's time zone, both ends included. Its previous period is the
 * same number of days just before it. A post belongs to the period its publication instant falls
 * in on the owner's calendar: from the start of `from` (midnight, or the first instant of the day
 * where DST skips midnight) up to, not including, the start of the day after `to`. Days are not
 * all 24 hours long (a DST week in London is 167 or 169 hours), so the instants come from Temporal,
 * never from adding 24-hour days.
 */

export function periodLength(period: InsightsPeriod): number {
  return Temporal.PlainDate.from(period.from).until(Temporal.PlainDate.from(period.to), { largestUnit: 'day' }).days + 1;
}

export function previousPeriod(period: InsightsPeriod): InsightsPeriod {
  const from = Temporal.PlainDate.from(period.from);
  return { from: from.subtract({ days: periodLength(period) }).toString(), to: from.subtract({ days: 1 }).toString() };
}

/** Every day of the period, oldest first. */
export function periodDays(period: InsightsPeriod): LocalDate[] {
  const from = Temporal.PlainDate.from(period.from);
  return Array.from({ length: periodLength(period) }, (_, index) => from.add({ days: index }).toString());
}


/** The period as instants (stored form, `toISOString()`): `start` included, `end` excluded. */
export function periodInstants(period: InsightsPeriod, timeZone: string): { start: string; end: string } {
  const startOf = (day: Temporal.PlainDate) => new Date(day.toZonedDateTime({ timeZone }).epochMilliseconds).toISOString();
  return { start: startOf(Temporal.PlainDate.from(period.from)), end: startOf(Temporal.PlainDate.from(period.to).add({ days: 1 })) };
}
