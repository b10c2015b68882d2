import { describe, expect, it } from 'vitest';
import type { BestTimeCell, BestTimes } from '../../../../../preload/contract';
import { bestTimes } from '../../../../../main/insights/dashboard/bestTimes';
import { suggestedSlots } from '../../../../../main/insights/dashboard/slotSuggestions';

/** The empty heatmap with some cells filled in. */
function timesWith(filled: readonly BestTimeCell[]): BestTimes {
  const times = bestTimes([], 'UTC');
  for (const cell of filled) times.cells[(cell.weekday - 1) * 24 + cell.hour] = cell;
  return times;
}

const cell = (weekday: number, hour: number, posts: number, engagementRate: number): BestTimeCell => ({ weekday, hour, posts, engagementRate });

describe('slot suggestions', () => {
  it('suggests the three best hours with at least two posts behind them', () => {
    const times = timesWith([
      cell(1, 9, 1, 0.9), // one post: luck, not a pattern
      cell(2, 18, 2, 0.08),
      cell(3, 7, 5, 0.05),
      cell(5, 12, 3, 0.07),
      cell(6, 10, 4, 0.02),
    ]);
    expect(suggestedSlots(times)).toEqual([
      { weekday: 2, time: '18:00', posts: 2, engagementRate: 0.08 },
      { weekday: 5, time: '12:00', posts: 3, engagementRate: 0.07 },
      { weekday: 3, time: '07:00', posts: 5, engagementRate: 0.05 },
    ]);
  });

  it('prefers the hour with more posts behind it when rates are equal', () => {
    expect(suggestedSlots(timesWith([cell(1, 8, 2, 0.05), cell(4, 20, 6, 0.05)])).map((slot) => slot.weekday)).toEqual([4, 1]);
  });

  it('suggests nothing from an empty history', () => {
    expect(suggestedSlots(timesWith([]))).toEqual([]);
  });
});
