import { describe, expect, it } from 'vitest';
import type { QueueSlot } from '../../../../../preload/contract';
import { minuteKey, minuteOfDay, nextFreeSlot, normalizeSlots, timeOfDay } from '../../../../../main/schedule/planning/queueSlots';

const MONDAY = 1;
const WEDNESDAY = 3;
const SUNDAY = 7;

const slot = (weekday: number, time: string): QueueSlot => ({ weekday, time });

function next(slots: QueueSlot[], timeZone: string, now: string, taken: readonly string[] = []) {
  return nextFreeSlot({ slots, timeZone, now: new Date(now), taken: new Set(taken.map((instant) => minuteKey(new Date(instant)))) })?.toISOString() ?? null;
}

describe('queue slots', () => {
  it('converts between "HH:MM" and minutes of the day', () => {
    expect(minuteOfDay('00:00')).toBe(0);
    expect(minuteOfDay('09:30')).toBe(570);
    expect(minuteOfDay('23:59')).toBe(1439);
    expect(timeOfDay(570)).toBe('09:30');
    expect(timeOfDay(5)).toBe('00:05');
  });

  it('keeps each slot once, sorted by weekday then time', () => {
    expect(normalizeSlots([slot(3, '18:00'), slot(1, '09:00'), slot(3, '08:15'), slot(1, '09:00')])).toEqual([
      slot(1, '09:00'),
      slot(3, '08:15'),
      slot(3, '18:00'),
    ]);
  });

  it("takes the next slot in the owner's zone", () => {
    // Friday 20 Nov 2026, 10:00 in Paris (UTC+1): Monday 09:00 is the 23rd at 08:00 UTC.
    expect(next([slot(MONDAY, '09:00'), slot(WEDNESDAY, '09:00')], 'Europe/Paris', '2026-11-20T09:00:00.000Z')).toBe('2026-11-23T08:00:00.000Z');
  });

  it('takes a slot only when it is strictly more than a minute away', () => {
    const slots = [slot(MONDAY, '09:00')];
    // Monday 23 Nov, 08:59:00 in Paris: 09:00 is exactly a minute away, so next week's.
    expect(next(slots, 'Europe/Paris', '2026-11-23T07:59:00.000Z')).toBe('2026-11-30T08:00:00.000Z');
    expect(next(slots, 'Europe/Paris', '2026-11-23T07:58:59.999Z')).toBe('2026-11-23T08:00:00.000Z');
  });

  it('skips slots another target of the account already uses, to the minute', () => {
    const slots = [slot(MONDAY, '09:00'), slot(WEDNESDAY, '09:00')];
    // A target dragged to 09:00:30 still uses the 09:00 slot.
    expect(next(slots, 'Europe/Paris', '2026-11-20T09:00:00.000Z', ['2026-11-23T08:00:30.000Z'])).toBe('2026-11-25T08:00:00.000Z');
    // One a minute later does not.
    expect(next(slots, 'Europe/Paris', '2026-11-20T09:00:00.000Z', ['2026-11-23T08:01:00.000Z'])).toBe('2026-11-23T08:00:00.000Z');
  });

  it('looks 8 weeks ahead and no further', () => {
    const slots = [slot(MONDAY, '09:00')];
    const now = '2026-11-23T07:00:00.000Z'; // Monday 08:00 in Paris
    const weeks = (count: number) => Array.from({ length: count }, (_, week) => new Date(Date.parse('2026-11-23T08:00:00.000Z') + week * 7 * 86_400_000).toISOString());
    expect(next(slots, 'Europe/Paris', now, weeks(7))).toBe('2027-01-11T08:00:00.000Z');
    // The ninth Monday is 8 weeks and an hour away: beyond the search.
    expect(next(slots, 'Europe/Paris', now, weeks(8))).toBeNull();
  });

  it('finds nothing without slots', () => {
    expect(next([], 'Europe/Paris', '2026-11-20T09:00:00.000Z')).toBeNull();
  });

  describe('across daylight saving changes', () => {
    it('Europe/Paris, March: a slot in the skipped hour moves on by the gap', () => {
      // Sunday 29 March 2026, 02:00 → 03:00. 02:30 does not exist: 03:30 CEST (01:30 UTC).
      expect(next([slot(SUNDAY, '02:30')], 'Europe/Paris', '2026-03-28T11:00:00.000Z')).toBe('2026-03-29T01:30:00.000Z');
      // The next Sunday it exists again.
      expect(next([slot(SUNDAY, '02:30')], 'Europe/Paris', '2026-03-29T02:00:00.000Z')).toBe('2026-04-05T00:30:00.000Z');
    });

    it('Europe/Paris, March: a slot moved out of the gap and one at that time share it; the next takes the other', () => {
      const slots = [slot(SUNDAY, '02:30'), slot(SUNDAY, '03:30')];
      expect(next(slots, 'Europe/Paris', '2026-03-28T11:00:00.000Z')).toBe('2026-03-29T01:30:00.000Z');
      expect(next(slots, 'Europe/Paris', '2026-03-28T11:00:00.000Z', ['2026-03-29T01:30:00.000Z'])).toBe('2026-04-05T00:30:00.000Z');
    });

    it('Europe/Paris, March: a slot just after the gap comes before a slot moved out of it', () => {
      // 02:30 becomes 03:30, so 03:15 (which exists) is the earlier of the two.
      expect(next([slot(SUNDAY, '02:30'), slot(SUNDAY, '03:15')], 'Europe/Paris', '2026-03-28T11:00:00.000Z')).toBe('2026-03-29T01:15:00.000Z');
    });

    it('Europe/Paris, October: a slot in the repeated hour takes its first occurrence', () => {
      // Sunday 25 October 2026, 03:00 → 02:00. 02:30 happens twice: the first is 02:30 CEST (00:30 UTC).
      expect(next([slot(SUNDAY, '02:30')], 'Europe/Paris', '2026-10-24T10:00:00.000Z')).toBe('2026-10-25T00:30:00.000Z');
    });

    it('Europe/Paris, October: a slot keeps its wall-clock time when the offset changes', () => {
      const slots = [slot(MONDAY, '09:00')];
      expect(next(slots, 'Europe/Paris', '2026-10-16T10:00:00.000Z')).toBe('2026-10-19T07:00:00.000Z'); // CEST
      expect(next(slots, 'Europe/Paris', '2026-10-23T10:00:00.000Z')).toBe('2026-10-26T08:00:00.000Z'); // CET
    });

    it('America/New_York, March and November', () => {
      // Sunday 8 March 2026, 02:00 → 03:00: 02:30 is 03:30 EDT (07:30 UTC).
      expect(next([slot(SUNDAY, '02:30')], 'America/New_York', '2026-03-07T17:00:00.000Z')).toBe('2026-03-08T07:30:00.000Z');
      // Sunday 1 November 2026, 02:00 → 01:00: 01:30 happens twice; the first is EDT (05:30 UTC).
      expect(next([slot(SUNDAY, '01:30')], 'America/New_York', '2026-10-31T16:00:00.000Z')).toBe('2026-11-01T05:30:00.000Z');
      // And 09:00 that day is EST.
      expect(next([slot(SUNDAY, '09:00')], 'America/New_York', '2026-10-31T16:00:00.000Z')).toBe('2026-11-01T14:00:00.000Z');
    });
  });

  it('follows the owner to another time zone', () => {
    const slots = [slot(MONDAY, '09:00')];
    const now = '2026-11-20T09:00:00.000Z';
    expect(next(slots, 'Europe/Paris', now)).toBe('2026-11-23T08:00:00.000Z');
    expect(next(slots, 'America/New_York', now)).toBe('2026-11-23T14:00:00.000Z');
    // Late Sunday in New York is already Monday in Tokyo: today's 09:00 there has passed.
    expect(next(slots, 'Asia/Tokyo', '2026-11-23T01:00:00.000Z')).toBe('2026-11-30T00:00:00.000Z');
  });
});
