import type { BestTimeCell, BestTimes } from '../../../preload/contract';
import { offsetsBetween, weekdayAndHour } from './zoneOffsets';

/**
 * Below this many measured posts the heatmap says there is too little to go on: spread over 168
 * weekday-hours, 20 posts leave most cells empty and the rest on a single post, where one post that
 * happened to travel decides the colour. From 20 the busiest hours start to hold a few posts each.
 */
export const MIN_POSTS_FOR_BEST_TIMES = 20;

/** A post of the owner's history with its engagement rate (posts without one tell nothing here). */
export interface RatedPost {
  publishedAtMs: number;
  engagementRate: number;
}

/**
 * The weekday-by-hour cells of the owner's history, in the owner's time zone (so a post at 23:30
 * UTC on a Sunday is Monday 00:xx in Berlin): per cell the number of posts published in that hour
 * and their mean engagement rate (null without posts). 168 cells, Monday 00:00 first.
 */
export function bestTimes(posts: readonly RatedPost[], timeZone: string): BestTimes {
  const sums = Array.from({ length: 7 * 24 }, () => ({ posts: 0, rates: 0 }));
  if (posts.length > 0) {
    // A loop, not Math.min(...times): years of history would be too many arguments for a call.
    let earliest = Number.POSITIVE_INFINITY;
    let latest = Number.NEGATIVE_INFINITY;
    for (const { publishedAtMs } of posts) {
      earliest = Math.min(earliest, publishedAtMs);
      latest = Math.max(latest, publishedAtMs);
    }
    const offsetAt = offsetsBetween(timeZone, earliest, latest);
    for (const post of posts) {
      const { weekday, hour } = weekdayAndHour(post.publishedAtMs, offsetAt(post.publishedAtMs));
      const cell = sums[(weekday - 1) * 24 + hour];
      if (cell === undefined) continue;
      cell.posts += 1;
      cell.rates += post.engagementRate;
    }
  }
  const cells: BestTimeCell[] = sums.map((sum, index) => ({
    weekday: Math.floor(index / 24) + 1,
    hour: index % 24,
    posts: sum.posts,
    engagementRate: sum.posts === 0 ? null : sum.rates / sum.posts,
  }));
  return { cells, postsConsidered: posts.length, enoughData: posts.length >= MIN_POSTS_FOR_BEST_TIMES, minimumPosts: MIN_POSTS_FOR_BEST_TIMES };
}
