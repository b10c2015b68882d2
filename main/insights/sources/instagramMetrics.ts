import type { AccountDayMetric, InsightMetric, PostType } from '../../../preload/contract';

/**
 * Instagram's current metric names and what Outpost calls them, in one table
 * (../shared/reference/platform-apis.md section 4). Only names current on v22.0+ (`views`
 * replaced `impressions`, `plays`, `video_views`...); a name Instagram refuses later is
 * remembered per kind of post (metricRefusals.ts), so this table never has to be right forever.
 */

/**
 * Media metrics per kind of post, 4.1: feed image and carousel [S59] [S70]; reels [S62] [S70]
 * (`ig_reels_avg_watch_time` in milliseconds); stories [S70] (metrics live 24 hours; under 5
 * viewers is error 10). Carousels are `media_product_type` FEED. The FB-Login-only `total_*`
 * (paid + organic) are left out: Outpost shows organic figures on both login paths.
 */
export const INSTAGRAM_MEDIA_METRICS: Readonly<Partial<Record<PostType, readonly string[]>>> = {
  feed: ['views', 'reach', 'likes', 'comments', 'saved', 'shares', 'total_interactions', 'profile_activity'],
  carousel: ['views', 'reach', 'likes', 'comments', 'saved', 'shares', 'total_interactions', 'profile_activity'],
  reel: ['views', 'reach', 'likes', 'comments', 'saved', 'shares', 'total_interactions', 'ig_reels_avg_watch_time'],
  story: ['views', 'reach', 'replies', 'shares', 'total_interactions', 'profile_activity'],
};

/** Media metric → Outpost's name. */
export const INSTAGRAM_MEDIA_NAMES: Readonly<Record<string, InsightMetric>> = {
  views: 'views',
  reach: 'reach',
  likes: 'likes',
  comments: 'comments',
  saved: 'saves',
  shares: 'shares',
  replies: 'replies',
  total_interactions: 'interactions',
  profile_activity: 'profile_activity',
  ig_reels_avg_watch_time: 'avg_watch_time_ms',
};

/**
 * Account metrics given as a day series (`metric_type=time_series`, `period=day`), 4.2 [S59]:
 * `follower_count` is the new followers of each day, for the last 30 days and accounts of at
 * least 100 followers only [S41].
 */
export const INSTAGRAM_ACCOUNT_SERIES_NAMES: Readonly<Record<string, AccountDayMetric>> = {
  reach: 'reach',
  follower_count: 'follower_change',
};

/** Account metrics given only as a total over since..until (`metric_type=total_value`), 4.2 [S41b] [S71]. */
export const INSTAGRAM_ACCOUNT_TOTAL_NAMES: Readonly<Record<string, AccountDayMetric>> = {
  views: 'views',
  total_interactions: 'interactions',
  profile_links_taps: 'profile_activity',
};

/** Days of account insights Instagram keeps (`follower_count`: the last 30 days, 4.2 [S41]). */
export const INSTAGRAM_ACCOUNT_DAYS_KEPT = 30;

/** `follower_count` needs an account of at least this many followers (4.2 [S41]). */
export const FOLLOWER_COUNT_MINIMUM_FOLLOWERS = 100;

/**
 * UNCONFIRMED (4.2): whether `follower_count` counts new followers net of unfollows. Outpost reads
 * it as the day's change, so past days' totals are today's total less the later days' changes;
 * if Instagram does not net out unfollows, those past totals come out somewhat low.
 */
export const FOLLOWER_COUNT_IS_NET_CHANGE = true;
