import { describe, expect, it } from 'vitest';
import { instantFromLocalInput, localInputValue, nextRoundHour, zoneName } from '../../../../renderer/src/features/calendar/zonedTime';

describe('wall-clock times in the owner’s zone', () => {
  it('reads a date and time field in the owner’s zone, not the computer’s', () => {
    expect(instantFromLocalInput('2025-12-12T09:30', 'America/New_York')?.toISOString()).toBe('2025-12-12T14:30:00.000Z');
    expect(instantFromLocalInput('2025-12-12T09:30', 'Asia/Kolkata')?.toISOString()).toBe('2025-12-12T04:00:00.000Z');
    expect(localInputValue(new Date('2025-12-11T02:00:00.000Z'), 'America/New_York')).toBe('2025-12-10T21:00');
  });

  it('moves a time the clocks skip forward by the gap, and takes the first of a time that happens twice', () => {
    // Paris skips 02:00-03:00 on 30 March 2025: 02:30 does not exist, 03:30 CEST is meant.
    expect(instantFromLocalInput('2025-03-30T02:30', 'Europe/Paris')?.toISOString()).toBe('2025-03-30T01:30:00.000Z');
    // 02:30 happens twice on 26 October 2025: the first, still summer time.
    expect(instantFromLocalInput('2025-10-26T02:30', 'Europe/Paris')?.toISOString()).toBe('2025-10-26T00:30:00.000Z');
  });

  it('answers nothing for a field that is not a complete date and time', () => {
    expect(instantFromLocalInput('', 'Europe/Paris')).toBeNull();
    expect(instantFromLocalInput('2025-12-12', 'Europe/Paris')).toBeNull();
    expect(instantFromLocalInput('2025-13-12T09:00', 'Europe/Paris')).toBeNull();
  });

  it('proposes the next whole hour in the owner’s zone, across a clock change and for zones off the hour', () => {
    expect(nextRoundHour(new Date('2025-12-09T10:20:00.000Z'), 'Europe/Paris').toISOString()).toBe('2025-12-09T11:00:00.000Z');
    // Exactly 12:00 in Paris: the next whole hour is 13:00, not now.
    expect(nextRoundHour(new Date('2025-12-09T11:00:00.000Z'), 'Europe/Paris').toISOString()).toBe('2025-12-09T12:00:00.000Z');
    // 01:40 CET on the spring change: the next hour on the clock is 03:00 CEST.
    expect(nextRoundHour(new Date('2025-03-30T00:40:00.000Z'), 'Europe/Paris').toISOString()).toBe('2025-03-30T01:00:00.000Z');
    // Kolkata is UTC+05:30: its whole hours fall on the half hour in UTC.
    expect(nextRoundHour(new Date('2025-12-09T10:20:00.000Z'), 'Asia/Kolkata').toISOString()).toBe('2025-12-09T10:30:00.000Z');
  });

  it('names the zone with its short name at that date', () => {
    expect(zoneName('Europe/Paris', new Date('2025-12-09T10:00:00.000Z'))).toBe('Europe/Paris (CET)');
    expect(zoneName('Europe/Paris', new Date('2025-07-09T10:00:00.000Z'))).toBe('Europe/Paris (CEST)');
    expect(zoneName('America/New_York', new Date('2025-12-09T10:00:00.000Z'))).toBe('America/New York (GMT-5)');
  });
});
