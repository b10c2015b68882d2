import { describe, expect, it } from 'vitest';
import { formatOwnerTime, formatWallTime } from '../../../../../main/schedule/planning/ownerTime';

const NOW = new Date('2026-11-20T09:00:00.000Z');

describe("times in the owner's words", () => {
  it('names the weekday, day, month and 24-hour time in the zone, and the zone', () => {
    expect(formatOwnerTime(new Date('2026-11-24T08:00:00.000Z'), 'Europe/Paris', NOW)).toBe('Tue 24 Nov, 09:00 (Europe/Paris)');
    expect(formatOwnerTime(new Date('2026-11-24T08:00:00.000Z'), 'America/New_York', NOW)).toBe('Tue 24 Nov, 03:00 (America/New_York)');
  });

  it('reads the day in the zone, not in UTC', () => {
    expect(formatWallTime(new Date('2026-11-24T23:30:00.000Z'), 'Europe/Paris', NOW)).toBe('Wed 25 Nov, 00:30');
  });

  it('adds the year only when it is not this year there', () => {
    expect(formatWallTime(new Date('2027-01-05T08:00:00.000Z'), 'Europe/Paris', NOW)).toBe('Tue 5 Jan 2027, 09:00');
    // New Year's Eve in UTC is already 2027 in Tokyo, and so is "now" there.
    expect(formatWallTime(new Date('2027-01-01T01:00:00.000Z'), 'Asia/Tokyo', new Date('2026-12-31T16:00:00.000Z'))).toBe('Fri 1 Jan, 10:00');
  });
});
