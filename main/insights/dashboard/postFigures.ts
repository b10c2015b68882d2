import type { InsightMetric } from '../../../preload/contract';
import type { PostFigures } from '../insightsSource';

/**
 * A post's latest figures: per metric, the value of its most recent snapshot (by `taken_at`), so a
 * metric a later measurement did not return keeps its last known value; `measuredAt` is the time of
 * its most recent snapshot, null when it was never measured. For one post's detail, from the
 * snapshots it reads anyway; lists ask the same of SQLite (insightsReads.ts).
 */
export function latestFigures(snapshots: readonly { takenAt: string; metric: InsightMetric; value: number }[]): { figures: PostFigures; measuredAt: string | null } {
  const figures: PostFigures = {};
  const takenAt: Partial<Record<InsightMetric, string>> = {};
  let measuredAt: string | null = null;
  for (const snapshot of snapshots) {
    // Stored instants share one canonical shape, so comparing them as text compares the times.
    if ((takenAt[snapshot.metric] ?? '') <= snapshot.takenAt) {
      figures[snapshot.metric] = snapshot.value;
      takenAt[snapshot.metric] = snapshot.takenAt;
    }
    if (measuredAt === null || snapshot.takenAt > measuredAt) measuredAt = snapshot.takenAt;
  }
  return { figures, measuredAt };
}

/**
 * Who saw the post, the engagement rate's denominator: its reach, or its views where the platform
 * reports no reach (TikTok). A reach of 0 stays 0: views do not stand in for a reach that was given.
 */
export const audienceOf = (figures: PostFigures): number | undefined => figures.reach ?? figures.views;

/**
 * Engagement rate = interactions ÷ reach (views where there is no reach): the share of the people
 * who saw a post that did something with it. Null when either is unknown or nobody saw the post.
 */
export function engagementRate(figures: PostFigures): number | null {
  const audience = audienceOf(figures);
  if (figures.interactions === undefined || audience === undefined || audience === 0) return null;
  return figures.interactions / audience;
}
