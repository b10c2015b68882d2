import { Temporal } from 'temporal-polyfill';
import type { QueueSlot } from '../../../preload/contract';
import { zonedTime } from './ownerTime';
import { QUEUE_MIN_LEAD_MS, QUEUE_SEARCH_WEEKS } from './planningRules';

const MINUTE_MS = 60_000;
const DAY_MINUTES = 24 * 60;

/** "09:30" → 570, the form `queue_slots` stores. */
export function minuteOfDay(time: QueueSlot['time']): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** 570 → "09:30". */
export const timeOfDay = (minute: number): string =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** Weekday first, then time; the same slot twice is kept once. */
export function normalizeSlots(slots: readonly QueueSlot[]): QueueSlot[] {
  const keys = new Set(slots.map((slot) => slot.weekday * DAY_MINUTES + minuteOfDay(slot.time)));
  return [...keys].sort((a, b) => a - b).map((key) => ({ weekday: Math.floor(key / DAY_MINUTES), time: timeOfDay(key % DAY_MINUTES) }));
}

/** Two targets in the same minute use the same slot. */
export const minuteKey = (instant: Date) => Math.floor(instant.getTime() / MINUTE_MS);

export interface SlotSearch {
  slots: readonly QueueSlot[];
  /** The owner's zone now: slots are wall-clock times there, and follow the owner when it changes. */
  timeZone: string;
  now: Date;
  /** Minutes (see minuteKey) the account's scheduled and publishing targets already use. */
  taken: ReadonlySet<number>;
}

/**
 * The wall-clock slot on `date` as an instant. A time that does not exist that day (inside a
 * spring-forward gap) moves on by the gap's length and a time that happens twice (fall-back)
 * takes the first occurrence: Temporal's 'compatible' disambiguation, as calendars do it.
 */
function slotInstant(date: Temporal.PlainDate, minute: number, timeZone: string): number {
  return Temporal.ZonedDateTime.from(
    { timeZone, year: date.year, month: date.month, day: date.day, hour: Math.floor(minute / 60), minute: minute % 60 },
    { disambiguation: 'compatible' },
  ).epochMilliseconds;
}

/**
 * The account's next free posting time: the earliest slot strictly later than a minute from now
 * that no other target of the account uses, within QUEUE_SEARCH_WEEKS; null when there is none.
 */
export function nextFreeSlot(search: SlotSearch): Date | null {
  const earliest = search.now.getTime() + QUEUE_MIN_LEAD_MS;
  const latest = search.now.getTime() + QUEUE_SEARCH_WEEKS * 7 * DAY_MINUTES * MINUTE_MS;
  const today = zonedTime(search.now, search.timeZone).toPlainDate();
  const candidates: number[] = [];
  for (let day = 0; day <= QUEUE_SEARCH_WEEKS * 7; day += 1) {
    const date = today.add({ days: day });
    for (const slot of search.slots) {
      if (slot.weekday === date.dayOfWeek) candidates.push(slotInstant(date, minuteOfDay(slot.time), search.timeZone));
    }
  }
  // Sorted by instant, not by wall time: a slot moved out of a DST gap can pass a later one.
  const free = candidates
    .sort((a, b) => a - b)
    .find((at) => at > earliest && at <= latest && !search.taken.has(minuteKey(new Date(at))));
  return free === undefined ? null : new Date(free);
}
