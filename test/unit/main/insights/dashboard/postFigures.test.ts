import { describe, expect, it } from 'vitest';
import { engagementRate, latestFigures } from '../../../../../main/insights/dashboard/postFigures';

describe('engagement rate', () => {
  it('is interactions divided by reach', () => {
    expect(engagementRate({ interactions: 50, reach: 1000, views: 4000 })).toBe(0.05);
  });

  it('takes views where the platform reports no reach (TikTok)', () => {
    expect(engagementRate({ interactions: 30, views: 600, likes: 25 })).toBe(0.05);
  });

  it('is unknown when nobody was reached, without falling back to views', () => {
    expect(engagementRate({ interactions: 3, reach: 0, views: 100 })).toBeNull();
    expect(engagementRate({ interactions: 3, views: 0 })).toBeNull();
  });

  it('is unknown without interactions or without an audience', () => {
    expect(engagementRate({ reach: 100, likes: 4 })).toBeNull();
    expect(engagementRate({ interactions: 4 })).toBeNull();
    expect(engagementRate({})).toBeNull();
  });
});

describe('latest figures', () => {
  it("takes each metric's value from its most recent snapshot", () => {
    const snapshots = [
      { takenAt: '2026-10-03T08:00:00.000Z', metric: 'views', value: 300 },
      { takenAt: '2026-10-02T09:00:00.000Z', metric: 'views', value: 100 },
      { takenAt: '2026-10-02T09:00:00.000Z', metric: 'interactions', value: 4 },
      // The 24h measurement did not return interactions: the 1h value stays.
      { takenAt: '2026-10-03T08:00:00.000Z', metric: 'likes', value: 8 },
    ] as const;
    expect(latestFigures(snapshots)).toEqual({ figures: { views: 300, interactions: 4, likes: 8 }, measuredAt: '2026-10-03T08:00:00.000Z' });
  });

  it('is empty for a post never measured', () => {
    expect(latestFigures([])).toEqual({ figures: {}, measuredAt: null });
  });
});
