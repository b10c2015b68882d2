import { Temporal } from 'temporal-polyfill';
import type { LocalDate } from '../../preload/contract';

/** Calendar arithmetic on "YYYY-MM-DD" days, which no time zone changes. */
export const addDays = (day: LocalDate, days: number): LocalDate => Temporal.PlainDate.from(day).add({ days }).toString();

/** Every day from `since` to `until`, both included, oldest first. */
export function daysFrom(since: LocalDate, until: LocalDate): LocalDate[] {
  const days: LocalDate[] = [];
  for (let day = since; day <= until; day = addDays(day, 1)) days.push(day);
  return days;
}
