import { Temporal } from 'temporal-polyfill';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** The owner's zone's UTC offset (ms) at an instant (epoch ms) inside the span it was made for. */
export type OffsetAt = (epochMs: number) => number;

/**
 * The UTC offsets of `timeZone` between two instants, with every change (DST) in between. Thousands
 * of posts become local times for the heatmap and the CSV: asking Temporal for each costs several
 * microseconds a post, while a zone changes its offset a couple of times a year, so the changes are
 * read once and each post looks its offset up.
 */
export function offsetsBetween(timeZone: string, fromMs: number, toMs: number): OffsetAt {
  let zoned = Temporal.Instant.fromEpochMilliseconds(fromMs).toZonedDateTimeISO(timeZone);
  const starts = [Number.NEGATIVE_INFINITY];
  const offsets = [zoned.offsetNanoseconds / 1e6];
  for (;;) {
    const next = zoned.getTimeZoneTransition('next');
    if (next === null || next.epochMilliseconds > toMs) break;
    starts.push(next.epochMilliseconds);
    offsets.push(next.offsetNanoseconds / 1e6);
    zoned = next;
  }
  return (epochMs) => {
    let index = starts.length - 1;
    while ((starts[index] ?? Number.NEGATIVE_INFINITY) > epochMs) index -= 1;
    return offsets[index] ?? 0;
  };
}

/** The ISO weekday (1 = Monday) and hour of an instant on the wall clock `offsetMs` from UTC. */
export function weekdayAndHour(epochMs: number, offsetMs: number): { weekday: number; hour: number } {
  const localMs = epochMs + offsetMs;
  const dayNumber = Math.floor(localMs / DAY_MS);
  // Day 0 (1970-01-01) was a Thursday, ISO weekday 4.
  const weekday = (((dayNumber + 3) % 7) + 7) % 7 + 1;
  return { weekday, hour: Math.floor((localMs - dayNumber * DAY_MS) / HOUR_MS) };
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** "2026-10-01T09:00:00+02:00": the wall-clock time `offsetMs` from UTC, to the second. */
export function isoWithOffset(epochMs: number, offsetMs: number): string {
  const local = new Date(epochMs + offsetMs).toISOString().slice(0, 19);
  const minutes = Math.round(Math.abs(offsetMs) / MINUTE_MS);
  return `${local}${offsetMs < 0 ? '-' : '+'}${twoDigits(Math.floor(minutes / 60))}:${twoDigits(minutes % 60)}`;
}
