import { Temporal } from 'temporal-polyfill';
import type { LocalDate } from '../../../preload/contract';
import { zonedTime } from '../../schedule/planning/ownerTime';
import { DAILY_RUN_AT } from './collectionRules';

/** The owner's calendar day at `now`, in their time zone. */
export const ownerToday = (now: Date, timeZone: string): LocalDate => zonedTime(now, timeZone).toPlainDate().toString();

/**
 * The next daily run after `now`: 03:00 in the owner's zone, today or tomorrow. A 03:00 that does
 * not exist on a spring-forward night moves on by the gap ('compatible'), so the run still happens
 * that night.
 */
export function nextDailyRunAt(now: Date, timeZone: string): Date {
  const today = zonedTime(now, timeZone).toPlainDate();
  for (const date of [today, today.add({ days: 1 }), today.add({ days: 2 })]) {
    const at = Temporal.ZonedDateTime.from(
      { timeZone, year: date.year, month: date.month, day: date.day, ...DAILY_RUN_AT },
      { disambiguation: 'compatible' },
    ).epochMilliseconds;
    if (at > now.getTime()) return new Date(at);
  }
  throw new Error(`No daily run time found after ${now.toISOString()} in ${timeZone}.`);
}
