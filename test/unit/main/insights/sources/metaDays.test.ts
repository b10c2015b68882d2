import { describe, expect, it } from 'vitest';
import { addDays, daysFrom } from '../../../../../main/insights/localDates';
import { dayOfEndTime, metaDayEnd, metaDayOf, metaDayStart } from '../../../../../main/insights/sources/metaDays';

describe('Meta reporting days', () => {
  it('a daily value belongs to the day that started 24 hours before its end_time (winter 08:00 and summer 07:00 UTC)', () => {
    expect(dayOfEndTime('2026-01-16T08:00:00+0000')).toBe('2026-01-15');
    expect(dayOfEndTime('2026-07-16T07:00:00+0000')).toBe('2026-07-15');
    expect(dayOfEndTime('2026-03-01T08:00:00+0000')).toBe('2026-02-28');
    expect(() => dayOfEndTime('yesterday')).toThrow(RangeError);
  });

  it('an instant falls in the day that started at or before it at 08:00 UTC', () => {
    expect(metaDayOf(new Date('2026-01-15T07:59:59Z'))).toBe('2026-01-14');
    expect(metaDayOf(new Date('2026-01-15T08:00:00Z'))).toBe('2026-01-15');
  });

  it('a day is asked for from its start to its last second, or to now while it runs', () => {
    expect(metaDayStart('2026-01-15').toISOString()).toBe('2026-01-15T08:00:00.000Z');
    const later = new Date('2026-02-01T00:00:00Z');
    expect(metaDayEnd('2026-01-15', later).toISOString()).toBe('2026-01-16T07:59:59.000Z');
    const during = new Date('2026-01-15T12:00:00Z');
    expect(metaDayEnd('2026-01-15', during)).toEqual(during);
  });

  it('day arithmetic crosses months and years; a range lists every day once', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysFrom('2026-01-30', '2026-02-02')).toEqual(['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02']);
    expect(daysFrom('2026-01-02', '2026-01-01')).toEqual([]);
  });
});
