import { describe, expect, it } from 'vitest';
import { headlineFigure, headlineOf, periodTotals } from '../../../../../main/insights/dashboard/headline';

describe('headline', () => {
  it("sums the posts' latest figures, the engagement rate as a ratio of sums", () => {
    const instagram = { views: 1000, reach: 800, interactions: 40 };
    const tiktok = { views: 500, interactions: 10 };
    const notMeasuredForInteractions = { reach: 200 };
    const totals = periodTotals([instagram, tiktok, notMeasuredForInteractions], 12);
    // (40 + 10) / (800 + 500): the third post has no interactions, so its reach is not counted.
    // The mean of the posts' rates would be (0.05 + 0.02) / 2 = 0.035 instead.
    expect(totals).toEqual({ posts: 3, views: 1500, reach: 1000, interactions: 50, engagementRate: 50 / 1300, followerChange: 12 });
  });

  it('says unknown, not 0, for a metric no post has', () => {
    expect(periodTotals([{ views: 10 }], null)).toEqual({ posts: 1, views: 10, reach: null, interactions: null, engagementRate: null, followerChange: null });
    expect(periodTotals([], null)).toEqual({ posts: 0, views: null, reach: null, interactions: null, engagementRate: null, followerChange: null });
  });

  it('sets each figure against the previous period', () => {
    expect(headlineFigure(120, 100)).toEqual({ current: 120, previous: 100, change: 20, changeRatio: 0.2 });
    expect(headlineFigure(80, 100)).toEqual({ current: 80, previous: 100, change: -20, changeRatio: -0.2 });
    expect(headlineFigure(5, 0)).toEqual({ current: 5, previous: 0, change: 5, changeRatio: null });
    expect(headlineFigure(null, 3)).toEqual({ current: null, previous: 3, change: null, changeRatio: null });
    expect(headlineFigure(3, null)).toEqual({ current: 3, previous: null, change: null, changeRatio: null });
  });

  it('builds every headline figure from the two periods', () => {
    const headline = headlineOf(periodTotals([{ reach: 300, interactions: 30 }], 10), periodTotals([{ reach: 100, interactions: 5 }, { views: 50 }], -4));
    expect(headline.posts).toEqual({ current: 1, previous: 2, change: -1, changeRatio: -0.5 });
    expect(headline.views).toEqual({ current: null, previous: 50, change: null, changeRatio: null });
    expect(headline.reach).toEqual({ current: 300, previous: 100, change: 200, changeRatio: 2 });
    expect(headline.engagementRate.current).toBeCloseTo(0.1, 12);
    expect(headline.engagementRate.previous).toBeCloseTo(0.05, 12);
    expect(headline.engagementRate.changeRatio).toBeCloseTo(1, 12);
    expect(headline.followerChange).toEqual({ current: 10, previous: -4, change: 14, changeRatio: -3.5 });
  });
});
