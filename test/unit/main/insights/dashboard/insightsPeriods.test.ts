import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../../main/insights/localDates';
import { periodDays, periodInstants, periodLength, previousPeriod } from '../../../../../main/insights/dashboard/insightsPeriods';

describe('insights periods', () => {
  it('counts whole days, both ends included', () => {
    expect(periodLength({ from: '2026-10-01', to: '2026-10-28' })).toBe(28);
    expect(periodLength({ from: '2026-10-01', to: '2026-10-01' })).toBe(1);
    expect(periodDays({ from: '2026-02-27', to: '2026-03-02' })).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });

  it('compares with the same number of days just before', () => {
    expect(previousPeriod({ from: '2026-10-01', to: '2026-10-28' })).toEqual({ from: '2026-09-03', to: '2026-09-30' });
    expect(previousPeriod({ from: '2026-01-01', to: '2026-01-07' })).toEqual({ from: '2025-12-25', to: '2025-12-31' });
    expect(previousPeriod({ from: '2026-03-15', to: '2026-03-15' })).toEqual({ from: '2026-03-14', to: '2026-03-14' });
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it("runs from the owner's midnight to the midnight after its last day", () => {
    // Berlin in October before the change is UTC+2.
    expect(periodInstants({ from: '2026-10-01', to: '2026-10-07' }, 'Europe/Berlin')).toEqual({
      start: '2026-09-30T22:00:00.000Z',
      end: '2026-10-07T22:00:00.000Z',
    });
  });

  it('keeps whole days across a DST change (Europe/London)', () => {
    // Clocks go forward on Sunday 29 March 2026 at 01:00 UTC: the week is 167 hours long.
    expect(periodInstants({ from: '2026-03-23', to: '2026-03-29' }, 'Europe/London')).toEqual({
      start: '2026-03-23T00:00:00.000Z',
      end: '2026-03-29T23:00:00.000Z',
    });
    // Back on Sunday 25 October 2026 at 01:00 UTC: 169 hours.
    expect(periodInstants({ from: '2026-10-19', to: '2026-10-25' }, 'Europe/London')).toEqual({
      start: '2026-10-18T23:00:00.000Z',
      end: '2026-10-26T00:00:00.000Z',
    });
  });
});
