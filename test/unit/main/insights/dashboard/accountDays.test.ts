import { describe, expect, it } from 'vitest';
import type { AccountDayMetric } from '../../../../../preload/contract';
import { dailySeries, followerChange, type AccountDayValue } from '../../../../../main/insights/dashboard/accountDays';

const day = (accountId: string, date: string, metric: AccountDayMetric, value: number): AccountDayValue => ({ accountId, day: date, metric, value });

describe('account days', () => {
  it('sums each day over the accounts, unknown where no account reported', () => {
    const values = [
      day('ig', '2026-10-01', 'views', 100),
      day('tt', '2026-10-01', 'views', 50),
      day('ig', '2026-10-01', 'follower_change', 3),
      day('ig', '2026-10-02', 'followers', 1003),
      day('tt', '2026-10-02', 'followers', 500),
      day('tt', '2026-10-02', 'likes_total', 9000),
    ];
    expect(dailySeries(values, ['2026-10-01', '2026-10-02', '2026-10-03'])).toEqual([
      { day: '2026-10-01', views: 150, reach: null, interactions: null, followers: null, followerChange: 3 },
      { day: '2026-10-02', views: null, reach: null, interactions: null, followers: 1503, followerChange: null },
      { day: '2026-10-03', views: null, reach: null, interactions: null, followers: null, followerChange: null },
    ]);
  });

  it("derives a day's follower change from an account's counts where it reports none, adding it to the others' changes", () => {
    const values = [
      day('tt', '2026-09-30', 'followers', 500),
      day('tt', '2026-10-01', 'followers', 507),
      day('ig', '2026-10-01', 'follower_change', 3),
      // A count starting late (no count the day before) is no change.
      day('fb', '2026-10-02', 'followers', 9000),
      day('tt', '2026-10-02', 'followers', 505),
    ];
    expect(dailySeries(values, ['2026-10-01', '2026-10-02']).map((entry) => [entry.day, entry.followers, entry.followerChange])).toEqual([
      ['2026-10-01', 507, 10],
      ['2026-10-02', 9505, -2],
    ]);
  });

  describe('follower change', () => {
    const period = { from: '2026-10-01', to: '2026-10-07' };

    it("sums an account's daily changes in the period when it reports them", () => {
      const values = [
        day('ig', '2026-09-30', 'follower_change', 100),
        day('ig', '2026-10-01', 'follower_change', 3),
        day('ig', '2026-10-05', 'follower_change', -1),
        // A count is there too, but the daily changes win.
        day('ig', '2026-09-30', 'followers', 1000),
        day('ig', '2026-10-07', 'followers', 1050),
      ];
      expect(followerChange(values, period)).toBe(2);
    });

    it("otherwise takes the last count in the period minus the count the day before it", () => {
      const values = [
        day('tt', '2026-09-30', 'followers', 500),
        day('tt', '2026-10-03', 'followers', 520),
        // Today's count is not collected yet: the 6th is the last one there is.
        day('tt', '2026-10-06', 'followers', 540),
        day('tt', '2026-10-08', 'followers', 999),
      ];
      expect(followerChange(values, period)).toBe(40);
    });

    it('adds the accounts where it is known and is unknown when it is known for none', () => {
      const withoutStart = [day('fb', '2026-10-06', 'followers', 70)];
      const counted = [day('tt', '2026-09-30', 'followers', 500), day('tt', '2026-10-06', 'followers', 540)];
      const changes = [day('ig', '2026-10-01', 'follower_change', 2)];
      expect(followerChange([...withoutStart, ...counted, ...changes], period)).toBe(42);
      expect(followerChange(withoutStart, period)).toBeNull();
      expect(followerChange([], period)).toBeNull();
    });
  });
});
