import type { LocalDate } from '../../../preload/contract';
import { addDays } from '../localDates';

/**
 * Meta's reporting days. Daily values end at midnight Pacific time (`end_time` "…T08:00:00+0000",
 * or T07:00 while Pacific summer time runs); a value belongs to the day it started on. Requests
 * name days by their start at 08:00 UTC: in summer that is an hour into Meta's day, which moves
 * nothing, because answers are read by their own `end_time`.
 */
export const META_DAY_START_UTC_HOUR = 8;

const DAY_MS = 24 * 60 * 60 * 1000;

function dayAt(day: LocalDate): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date);
}

function dateKey(utcMs: number): LocalDate {
  return new Date(utcMs).toISOString().slice(0, 10);
}

/** The instant Meta's `day` starts, as requests name it. */
export function metaDayStart(day: LocalDate): Date {
  return new Date(dayAt(day) + META_DAY_START_UTC_HOUR * 60 * 60 * 1000);
}

/** The last second of Meta's `day`, or `now` while the day is running (Meta refuses an `until` in the future). */
export function metaDayEnd(day: LocalDate, now: Date): Date {
  return new Date(Math.min(metaDayStart(addDays(day, 1)).getTime() - 1000, now.getTime()));
}

/** The Meta day an instant falls in. */
export function metaDayOf(instant: Date): LocalDate {
  return dateKey(instant.getTime() - META_DAY_START_UTC_HOUR * 60 * 60 * 1000);
}

/** The day a daily value covers: the one that started 24 hours before its `end_time`. */
export function dayOfEndTime(endTime: string): LocalDate {
  const end = Date.parse(endTime.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  if (Number.isNaN(end)) throw new RangeError(`Not a Graph time: ${endTime}`);
  return dateKey(end - DAY_MS);
}
