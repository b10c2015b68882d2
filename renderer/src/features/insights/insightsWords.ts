import type { InsightCheckpoint, InsightMetric, Platform } from '../../../../preload/contract';
import type { SegmentedOption } from '../../ui/SegmentedControl';
import { PLATFORM_ORDER, PLATFORMS } from '../accounts/platforms';
import { formatCount, formatSeconds } from './insightsNumbers';
import { PERIOD_LENGTHS, type PeriodLength } from './insightsPeriod';

/** What each metric is called on screen. */
export const METRIC_NAMES: Record<InsightMetric, string> = {
  views: 'Views',
  reach: 'Reach',
  likes: 'Likes',
  comments: 'Comments',
  shares: 'Shares',
  saves: 'Saves',
  replies: 'Replies',
  interactions: 'Interactions',
  clicks: 'Clicks',
  profile_activity: 'Profile activity',
  avg_watch_time_ms: 'Average watch time',
};

/** The order metrics are listed in: the headline ones first. */
export const METRIC_ORDER: readonly InsightMetric[] = [
  'views',
  'reach',
  'interactions',
  'likes',
  'comments',
  'shares',
  'saves',
  'replies',
  'clicks',
  'profile_activity',
  'avg_watch_time_ms',
];

export function formatMetric(metric: InsightMetric, value: number | undefined): string {
  if (value === undefined) return '—';
  return metric === 'avg_watch_time_ms' ? formatSeconds(value) : formatCount(value);
}

/** "1 hour after", as the measurement list names a checkpoint; a refresh has none. */
export const CHECKPOINT_NAMES: Record<InsightCheckpoint, string> = {
  '1h': '1 hour after',
  '23h': '23 hours after',
  '24h': '1 day after',
  '72h': '3 days after',
  '7d': '7 days after',
  '28d': '28 days after',
};

/** The daily trend chart's choice of metric. */
export type TrendMetric = 'views' | 'reach' | 'interactions';

export const TREND_METRICS: readonly SegmentedOption<TrendMetric>[] = [
  { id: 'views', label: 'Views' },
  { id: 'reach', label: 'Reach' },
  { id: 'interactions', label: 'Interactions' },
];

export type PeriodOption = `${PeriodLength}` | 'custom';

export const PERIOD_OPTIONS: readonly SegmentedOption<PeriodOption>[] = [
  ...PERIOD_LENGTHS.map((days) => ({ id: `${days}` as const, label: `${days} days` })),
  { id: 'custom', label: 'Custom' },
];

export const PLATFORM_FILTERS: readonly SegmentedOption<Platform | 'all'>[] = [
  { id: 'all', label: 'All' },
  ...PLATFORM_ORDER.map((platform) => ({ id: platform, label: PLATFORMS[platform].name })),
];

export const ENGAGEMENT_DEFINITION =
  'Engagement rate: interactions ÷ people reached, over the posts published in this period. TikTok reports views, which stand in for reach.';

/** What the owner is told while there is nothing to show yet. */
export const WHEN_FIGURES_ARRIVE =
  'The first figures come in about an hour after a post goes out. Posts published outside Outpost come in at the daily run, or when you choose Refresh.';
