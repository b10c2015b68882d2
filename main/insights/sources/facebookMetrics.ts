import type { AccountDayMetric, InsightMetric } from '../../../preload/contract';

/**
 * Facebook's current Page and post metric names and what Outpost calls them, in one table
 * (../shared/reference/platform-apis.md 4.3). The impressions family and `page_fans*` are gone
 * on every version [S51] [S52]; these are their replacements, in use in current code (v23.0+) [S59].
 */

/** Post insights (lifetime), 4.3 [S59]. `post_media_view` and the reactions come split: summed. */
export const FACEBOOK_POST_METRICS = ['post_total_media_view_unique', 'post_media_view', 'post_reactions_by_type_total', 'post_clicks'] as const;

/** Post metric → Outpost's name; `likes` is every reaction, as Facebook's own count of them. */
export const FACEBOOK_POST_NAMES: Readonly<Record<string, InsightMetric>> = {
  post_total_media_view_unique: 'reach',
  post_media_view: 'views',
  post_reactions_by_type_total: 'likes',
  post_clicks: 'clicks',
};

/**
 * Page metrics by day (`period=day`), 4.3 [S52] [S59]: `page_follows` is the running total;
 * follows and unfollows of the day make `follower_change` (FACEBOOK_FOLLOWS, FACEBOOK_UNFOLLOWS).
 */
export const FACEBOOK_PAGE_DAY_NAMES: Readonly<Record<string, AccountDayMetric>> = {
  page_total_media_view_unique: 'reach',
  page_media_view: 'views',
  page_post_engagements: 'interactions',
  page_follows: 'followers',
};

export const FACEBOOK_FOLLOWS = 'page_daily_follows_unique';
export const FACEBOOK_UNFOLLOWS = 'page_daily_unfollows_unique';

export const FACEBOOK_PAGE_DAY_METRICS = [...Object.keys(FACEBOOK_PAGE_DAY_NAMES), FACEBOOK_FOLLOWS, FACEBOOK_UNFOLLOWS];

/** The longest since..until window Page insights take (4.3 [S26]). */
export const FACEBOOK_DAYS_PER_CALL = 90;
