import type { HeadlineFigure, InsightsHeadline } from '../../../preload/contract';
import type { PostFigures } from '../insightsSource';
import { audienceOf } from './postFigures';

/** The headline's figures for one period, before they are set against the previous one. */
export interface PeriodTotals {
  posts: number;
  views: number | null;
  reach: number | null;
  interactions: number | null;
  engagementRate: number | null;
  followerChange: number | null;
}

const sumOf = (values: readonly (number | undefined)[]): number | null => {
  const known = values.filter((value) => value !== undefined);
  return known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0);
};

/**
 * The headline over the posts of a period, from each post's latest figures: views, reach and
 * interactions are sums (null when no post has the metric); the engagement rate is
 * sum(interactions) ÷ sum(reach, or views where there is no reach) over the posts that have both,
 * a ratio of sums, so a post seen by 10 people does not weigh as much as one seen by 10,000.
 */
export function periodTotals(posts: readonly PostFigures[], followerChange: number | null): PeriodTotals {
  const rated = posts.filter((figures) => figures.interactions !== undefined && audienceOf(figures) !== undefined);
  const audience = rated.reduce((sum, figures) => sum + (audienceOf(figures) ?? 0), 0);
  const interactions = rated.reduce((sum, figures) => sum + (figures.interactions ?? 0), 0);
  return {
    posts: posts.length,
    views: sumOf(posts.map((figures) => figures.views)),
    reach: sumOf(posts.map((figures) => figures.reach)),
    interactions: sumOf(posts.map((figures) => figures.interactions)),
    engagementRate: audience === 0 ? null : interactions / audience,
    followerChange,
  };
}

/** A figure against the previous period's: change = current - previous, ratio = change ÷ previous. */
export function headlineFigure(current: number | null, previous: number | null): HeadlineFigure {
  const change = current === null || previous === null ? null : current - previous;
  return { current, previous, change, changeRatio: change === null || previous === null || previous === 0 ? null : change / previous };
}

export function headlineOf(current: PeriodTotals, previous: PeriodTotals): InsightsHeadline {
  return {
    posts: headlineFigure(current.posts, previous.posts),
    views: headlineFigure(current.views, previous.views),
    reach: headlineFigure(current.reach, previous.reach),
    interactions: headlineFigure(current.interactions, previous.interactions),
    engagementRate: headlineFigure(current.engagementRate, previous.engagementRate),
    followerChange: headlineFigure(current.followerChange, previous.followerChange),
  };
}
