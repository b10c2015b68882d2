import { invalidParameter } from '../meta/graphError';
import { DAY_MS } from './growthCurve';

/**
 * Insight days. Meta's daily values end at midnight Pacific time, which the sandbox fixes at
 * 08:00 UTC (end_time "…T08:00:00+0000"). A day series covers whole days between since and until.
 */
const DAY_OFFSET_MS = 8 * 60 * 60 * 1000;

export function dayStart(at: number): number {
  return Math.floor((at - DAY_OFFSET_MS) / DAY_MS) * DAY_MS + DAY_OFFSET_MS;
}

export function endTime(dayStartMs: number): string {
  return new Date(dayStartMs + DAY_MS).toISOString().replace(/\.\d{3}Z$/, '+0000');
}

export interface DayWindow {
  /** Day starts, oldest first. */
  days: number[];
  since: number;
  until: number;
}

/**
 * since/until (Unix seconds) to whole days. Defaults to yesterday and today. `maxDays` is the
 * longest window the endpoint takes (30 for Instagram, 90 for Pages).
 */
export function dayWindow(now: number, since: number | undefined, until: number | undefined, maxDays: number): DayWindow {
  const untilMs = Math.min(until !== undefined ? until * 1000 : now, now);
  const sinceMs = since !== undefined ? since * 1000 : dayStart(untilMs) - DAY_MS;
  if (sinceMs > untilMs) throw invalidParameter('(#100) since must be earlier than until');
  if (untilMs - sinceMs > maxDays * DAY_MS) {
    throw invalidParameter(`(#100) There cannot be more than ${maxDays} days (${maxDays * 86_400} s) between since and until`);
  }
  const days: number[] = [];
  for (let day = dayStart(sinceMs); day <= dayStart(untilMs); day += DAY_MS) days.push(day);
  return { days, since: sinceMs, until: untilMs };
}

export function weekdayFactor(dayStartMs: number): number {
  const weekday = new Date(dayStartMs).getUTCDay();
  // A bakery: busy weekends, quiet Mondays.
  return weekday === 6 ? 1.3 : weekday === 0 ? 1.2 : weekday === 1 ? 0.85 : 1;
}
