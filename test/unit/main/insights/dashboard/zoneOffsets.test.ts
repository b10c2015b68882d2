import { describe, expect, it } from 'vitest';
import { isoWithOffset, offsetsBetween, weekdayAndHour } from '../../../../../main/insights/dashboard/zoneOffsets';

const HOUR = 3_600_000;
const ms = (instant: string) => Date.parse(instant);

describe('zone offsets', () => {
  it('follows the DST changes inside the span', () => {
    const offsetAt = offsetsBetween('America/New_York', ms('2026-01-01T00:00:00Z'), ms('2026-12-31T00:00:00Z'));
    expect(offsetAt(ms('2026-02-01T12:00:00Z'))).toBe(-5 * HOUR);
    // Clocks go forward on 8 March 2026 at 07:00 UTC, back on 1 November at 06:00 UTC.
    expect(offsetAt(ms('2026-03-08T06:59:59Z'))).toBe(-5 * HOUR);
    expect(offsetAt(ms('2026-03-08T07:00:00Z'))).toBe(-4 * HOUR);
    expect(offsetAt(ms('2026-11-01T06:00:00Z'))).toBe(-5 * HOUR);
  });

  it('knows zones without changes', () => {
    const offsetAt = offsetsBetween('Asia/Kolkata', ms('2026-01-01T00:00:00Z'), ms('2026-12-31T00:00:00Z'));
    expect(offsetAt(ms('2026-07-01T00:00:00Z'))).toBe(5.5 * HOUR);
  });

  it('writes the wall-clock time with its offset', () => {
    expect(isoWithOffset(ms('2026-10-01T07:00:00.250Z'), 2 * HOUR)).toBe('2026-10-01T09:00:00+02:00');
    expect(isoWithOffset(ms('2026-01-01T03:00:00Z'), -5 * HOUR)).toBe('2025-12-31T22:00:00-05:00');
    expect(isoWithOffset(ms('2026-01-01T00:00:00Z'), 5.75 * HOUR)).toBe('2026-01-01T05:45:00+05:45');
    expect(isoWithOffset(ms('2026-01-01T00:00:00Z'), 0)).toBe('2026-01-01T00:00:00+00:00');
  });

  it('gives the ISO weekday and hour of the wall clock', () => {
    // Thursday 1 January 1970 and Sunday 31 December 1969, around day 0.
    expect(weekdayAndHour(ms('1970-01-01T05:00:00Z'), 0)).toEqual({ weekday: 4, hour: 5 });
    expect(weekdayAndHour(ms('1970-01-01T05:00:00Z'), -6 * HOUR)).toEqual({ weekday: 3, hour: 23 });
    expect(weekdayAndHour(ms('2026-03-01T23:30:00Z'), HOUR)).toEqual({ weekday: 1, hour: 0 });
  });
});
