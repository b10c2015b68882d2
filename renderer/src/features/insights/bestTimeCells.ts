import type { BestTimeCell, BestTimes } from '../../../../preload/contract';
import { WEEKDAYS } from '../calendar/slotWords';
import { formatRate } from './insightsNumbers';

/** "09:00". */
export function hourName(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/** "Monday 09:00 to 10:00: 3 posts, engagement rate 4.2%", as a screen reader and the hover title say it. */
export function cellLabel(cell: BestTimeCell): string {
  const when = `${WEEKDAYS[cell.weekday - 1]} ${hourName(cell.hour)} to ${hourName((cell.hour + 1) % 24)}`;
  if (cell.posts === 0) return `${when}: no posts`;
  const posts = cell.posts === 1 ? '1 post' : `${cell.posts} posts`;
  return `${when}: ${posts}, engagement rate ${formatRate(cell.engagementRate)}`;
}

/** The cells as rows, Monday first, each with its 24 hours; a missing cell counts as no posts. */
export function cellRows(bestTimes: BestTimes): BestTimeCell[][] {
  return WEEKDAYS.map((_, index) =>
    Array.from(
      { length: 24 },
      (__, hour) =>
        bestTimes.cells.find((cell) => cell.weekday === index + 1 && cell.hour === hour) ?? { weekday: index + 1, hour, posts: 0, engagementRate: null },
    ),
  );
}

/** How strongly a cell is coloured, 0 to 1: its rate against the best cell's. Null without posts. */
export function cellIntensity(cell: BestTimeCell, highestRate: number): number | null {
  if (cell.posts === 0 || cell.engagementRate === null) return null;
  if (highestRate <= 0) return 0;
  return Math.max(0, Math.min(1, cell.engagementRate / highestRate));
}

export function highestRate(bestTimes: BestTimes): number {
  return bestTimes.cells.reduce((best, cell) => Math.max(best, cell.posts > 0 ? (cell.engagementRate ?? 0) : 0), 0);
}
