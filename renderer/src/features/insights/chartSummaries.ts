/**
 * The sentence each chart is read as: what it shows, over which days, and the figures that matter
 * (highest, lowest, total; first and last for a running total). Screen readers reach it in the
 * chart's caption; the picture itself is hidden from them.
 */
import type { InsightPost, InsightsDay, InsightsPeriod, LocalDate } from '../../../../preload/contract';
import { formatCount, formatRate, formatSignedCount } from './insightsNumbers';
import { dayName, periodName } from './insightsPeriod';

export interface DayValue {
  day: LocalDate;
  value: number | null;
}

function known(points: readonly DayValue[]): { day: LocalDate; value: number }[] {
  return points.filter((point): point is { day: LocalDate; value: number } => point.value !== null);
}

/** "Reach per day, 1 to 28 October 2025: highest 1,240 on 12 October, lowest 310 on 2 October, total 18,400." */
export function dailySummary(what: string, period: InsightsPeriod, points: readonly DayValue[]): string {
  const values = known(points);
  const head = `${what} per day, ${periodName(period)}`;
  if (values.length === 0) return `${head}: no figures yet.`;
  // The first day wins a tie, as the owner reads the chart from the left.
  const highest = values.reduce((best, point) => (point.value > best.value ? point : best));
  const lowest = values.reduce((least, point) => (point.value < least.value ? point : least));
  const total = values.reduce((sum, point) => sum + point.value, 0);
  return `${head}: highest ${formatCount(highest.value)} on ${dayName(highest.day)}, lowest ${formatCount(lowest.value)} on ${dayName(lowest.day)}, total ${formatCount(total)}.`;
}

/** The running sum of each day's follower change; null until the first day with a known change. */
export function followersGained(daily: readonly InsightsDay[]): DayValue[] {
  let total: number | null = null;
  return daily.map((day) => {
    if (day.followerChange !== null) total = (total ?? 0) + day.followerChange;
    return { day: day.day, value: total };
  });
}

/** "Followers gained, 1 to 28 October 2025: +120 by 28 October." */
export function followerSummary(period: InsightsPeriod, points: readonly DayValue[]): string {
  const head = `Followers gained, ${periodName(period)}`;
  const last = known(points).at(-1);
  if (!last) return `${head}: no figures yet.`;
  return `${head}: ${formatSignedCount(last.value)} by ${dayName(last.day)}.`;
}

/** A caption cut to a few words, for chart labels and sentences: "Lemon drizzle is back…". */
export function captionExcerpt(caption: string, length = 40): string {
  const flat = caption.replace(/\s+/g, ' ').trim();
  if (flat === '') return 'Post without a caption';
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}

/** "Engagement rate of 12 posts, highest first: from 8.1% (“Lemon drizzle…”) to 0.9% (“Opening hours”)." */
export function engagementSummary(posts: readonly InsightPost[]): string {
  const rated = posts.filter((post) => post.engagementRate !== null);
  const first = rated[0];
  const last = rated.at(-1);
  if (!first || !last) return 'Engagement rate per post: no measured posts in this period yet.';
  if (first === last) return `Engagement rate of 1 post: ${formatRate(first.engagementRate)} (“${captionExcerpt(first.caption)}”).`;
  return `Engagement rate of ${rated.length} posts, highest first: from ${formatRate(first.engagementRate)} (“${captionExcerpt(first.caption)}”) to ${formatRate(last.engagementRate)} (“${captionExcerpt(last.caption)}”).`;
}
