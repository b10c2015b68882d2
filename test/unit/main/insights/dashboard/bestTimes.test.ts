import { describe, expect, it } from 'vitest';
import { bestTimes, MIN_POSTS_FOR_BEST_TIMES, type RatedPost } from '../../../../../main/insights/dashboard/bestTimes';

const at = (instant: string, engagementRate: number): RatedPost => ({ publishedAtMs: Date.parse(instant), engagementRate });

describe('best times', () => {
  it('has 168 cells, Monday 00:00 first and Sunday 23:00 last', () => {
    const { cells } = bestTimes([], 'Europe/Berlin');
    expect(cells).toHaveLength(168);
    expect(cells[0]).toEqual({ weekday: 1, hour: 0, posts: 0, engagementRate: null });
    expect(cells[25]).toMatchObject({ weekday: 2, hour: 1 });
    expect(cells[167]).toMatchObject({ weekday: 7, hour: 23 });
  });

  it("places each post in the owner's weekday and hour", () => {
    const { cells } = bestTimes(
      [
        // Sunday 1 March 2026, 23:30 UTC is Monday 00:30 in Berlin (UTC+1).
        at('2026-03-01T23:30:00.000Z', 0.1),
        // Saturday 28 March 12:00 UTC is 13:00 (UTC+1); the next day, after the change, 14:00 (UTC+2).
        at('2026-03-28T12:00:00.000Z', 0.04),
        at('2026-03-29T12:00:00.000Z', 0.06),
      ],
      'Europe/Berlin',
    );
    const cell = (weekday: number, hour: number) => cells[(weekday - 1) * 24 + hour];
    expect(cell(1, 0)).toEqual({ weekday: 1, hour: 0, posts: 1, engagementRate: 0.1 });
    expect(cell(7, 23)?.posts).toBe(0);
    expect(cell(6, 13)).toMatchObject({ posts: 1, engagementRate: 0.04 });
    expect(cell(7, 14)).toMatchObject({ posts: 1, engagementRate: 0.06 });
    expect(cell(7, 13)?.posts).toBe(0);
  });

  it('takes the mean rate of the posts in a cell, in half-hour zones too', () => {
    // Monday 2 March 2026 18:45 UTC is Tuesday 00:15 in Kolkata (UTC+5:30); 19:29 is 00:59.
    const { cells, postsConsidered } = bestTimes([at('2026-03-02T18:45:00.000Z', 0.1), at('2026-03-02T19:29:00.000Z', 0.3), at('2026-03-02T18:29:00.000Z', 0.9)], 'Asia/Kolkata');
    expect(cells[24]?.posts).toBe(2);
    expect(cells[24]?.engagementRate).toBeCloseTo(0.2, 12);
    // 18:29 UTC is Monday 23:59.
    expect(cells[23]).toMatchObject({ posts: 1, engagementRate: 0.9 });
    expect(postsConsidered).toBe(3);
  });

  it('says when there are too few posts to go on', () => {
    const posts = Array.from({ length: MIN_POSTS_FOR_BEST_TIMES }, (_, index) => at(new Date(Date.parse('2026-03-02T08:00:00.000Z') + index * 86_400_000).toISOString(), 0.05));
    expect(bestTimes(posts.slice(1), 'Europe/Berlin')).toMatchObject({ enoughData: false, postsConsidered: MIN_POSTS_FOR_BEST_TIMES - 1, minimumPosts: MIN_POSTS_FOR_BEST_TIMES });
    expect(bestTimes(posts, 'Europe/Berlin')).toMatchObject({ enoughData: true, postsConsidered: MIN_POSTS_FOR_BEST_TIMES });
  });
});
