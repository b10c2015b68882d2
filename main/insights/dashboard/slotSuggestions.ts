import type { BestTimes, SuggestedSlot } from '../../../preload/contract';

/** A weekday-hour needs at least this many posts to be suggested: one post is luck, not a pattern. */
export const MIN_POSTS_PER_SUGGESTED_SLOT = 2;
export const SUGGESTED_SLOTS = 3;

/**
 * Posting times for the queue-slot screen: the account's best-time cells with at least
 * MIN_POSTS_PER_SUGGESTED_SLOT posts, the 3 with the highest mean engagement rate (equal rates: the
 * cell with more posts behind it), each as its hour ("18:00"). They come even when the history is
 * thin; `BestTimes.enoughData` says so and the screen tells the owner.
 */
export function suggestedSlots(times: BestTimes): SuggestedSlot[] {
  return times.cells
    .flatMap((cell) => (cell.engagementRate !== null && cell.posts >= MIN_POSTS_PER_SUGGESTED_SLOT ? [{ ...cell, engagementRate: cell.engagementRate }] : []))
    .sort((a, b) => b.engagementRate - a.engagementRate || b.posts - a.posts)
    .slice(0, SUGGESTED_SLOTS)
    .map((cell) => ({ weekday: cell.weekday, time: `${String(cell.hour).padStart(2, '0')}:00`, posts: cell.posts, engagementRate: cell.engagementRate }));
}
