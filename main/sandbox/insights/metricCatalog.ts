/**
 * Which insight metric names exist now, and which are gone (reference section 4). A deprecated
 * name is refused with code 100, as the real API does, with a note saying what replaced it.
 */

// ---- Instagram media (reference 4.1) ----

export type MediaProductType = 'FEED' | 'REELS' | 'STORY';

/** Per media_product_type, from current working code (v21.0-v25.0). */
export const mediaMetricsByProduct: Record<MediaProductType, readonly string[]> = {
  FEED: ['views', 'reach', 'likes', 'comments', 'saved', 'shares', 'total_interactions', 'profile_activity', 'total_likes', 'total_comments', 'total_views'],
  REELS: [
    'views',
    'reach',
    'likes',
    'comments',
    'saved',
    'shares',
    'total_interactions',
    'ig_reels_avg_watch_time',
    'ig_reels_video_view_total_time',
    'reposts',
    'reels_skip_rate',
    'crossposted_views',
    'facebook_views',
    'total_likes',
    'total_comments',
    'total_views',
  ],
  STORY: ['views', 'reach', 'replies', 'shares', 'total_interactions', 'navigation', 'profile_activity'],
};

/** Paid + organic totals exist only on the Facebook Login path (reference 4.1). */
export const facebookLoginOnlyMediaMetrics = new Set(['total_likes', 'total_comments', 'total_views']);

export const allMediaMetrics = [...new Set(Object.values(mediaMetricsByProduct).flat())];

export const deprecatedMediaMetrics: Record<string, string> = {
  impressions: 'impressions is deprecated since v22.0 and for all versions since 2025-04-21; use views',
  plays: 'plays is deprecated since v22.0 and for all versions since 2025-04-21; use views',
  clips_replays_count: 'clips_replays_count is deprecated since v22.0 and for all versions since 2025-04-21; use views',
  ig_reels_aggregated_all_plays_count: 'ig_reels_aggregated_all_plays_count is deprecated since v22.0 and for all versions since 2025-04-21; use views',
  video_views: 'video_views is deprecated since v21.0 and for all versions since 2025-01-08; use views',
  engagement: 'engagement was removed in v18.0; use total_interactions',
  carousel_album_engagement: 'carousel_album_* metrics were removed in v18.0',
  carousel_album_impressions: 'carousel_album_* metrics were removed in v18.0',
  carousel_album_reach: 'carousel_album_* metrics were removed in v18.0',
  carousel_album_saved: 'carousel_album_* metrics were removed in v18.0',
  carousel_album_video_views: 'carousel_album_* metrics were removed in v18.0',
  taps_forward: 'taps_forward was removed in v18.0; use navigation with story_navigation_action_type',
  taps_back: 'taps_back was removed in v18.0; use navigation with story_navigation_action_type',
  exits: 'exits was removed in v18.0; use navigation with story_navigation_action_type',
};

// ---- Instagram account (reference 4.2) ----

export interface AccountMetricSpec {
  metricTypes: readonly ('time_series' | 'total_value')[];
  breakdowns: readonly string[];
}

export const accountMetrics: Record<string, AccountMetricSpec> = {
  reach: { metricTypes: ['time_series', 'total_value'], breakdowns: ['media_product_type', 'follow_type'] },
  follower_count: { metricTypes: ['time_series'], breakdowns: [] },
  views: { metricTypes: ['total_value'], breakdowns: ['follower_type', 'media_product_type'] },
  likes: { metricTypes: ['total_value'], breakdowns: ['media_product_type'] },
  comments: { metricTypes: ['total_value'], breakdowns: ['media_product_type'] },
  shares: { metricTypes: ['total_value'], breakdowns: ['media_product_type'] },
  saves: { metricTypes: ['total_value'], breakdowns: ['media_product_type'] },
  replies: { metricTypes: ['total_value'], breakdowns: [] },
  total_interactions: { metricTypes: ['total_value'], breakdowns: ['media_product_type'] },
  accounts_engaged: { metricTypes: ['total_value'], breakdowns: [] },
  profile_links_taps: { metricTypes: ['total_value'], breakdowns: ['contact_button_type'] },
  follows_and_unfollows: { metricTypes: ['total_value'], breakdowns: ['follow_type'] },
};

export const deprecatedAccountMetrics: Record<string, string> = {
  impressions: 'impressions is deprecated since v22.0 and for all versions since 2025-04-21; use views',
  profile_views: 'profile_views was deprecated in v21.0 and for all versions on 2025-01-08',
  email_contacts: 'email_contacts was deprecated in v21.0 (all versions 2025-01-08); use profile_links_taps with contact_button_type',
  get_direction_links: 'get_direction_links was deprecated in v21.0 (all versions 2025-01-08); use profile_links_taps with contact_button_type',
  phone_call_clicks: 'phone_call_clicks was deprecated in v21.0 (all versions 2025-01-08); use profile_links_taps with contact_button_type',
  text_message_clicks: 'text_message_clicks was deprecated in v21.0 (all versions 2025-01-08); use profile_links_taps with contact_button_type',
  website_clicks: 'website_clicks was deprecated in v21.0 (all versions 2025-01-08); use profile_links_taps with contact_button_type',
};

// ---- Facebook Page and post (reference 4.3) ----

export const pageMetrics: Record<string, readonly ('day' | 'week' | 'days_28')[]> = {
  page_total_media_view_unique: ['day', 'week', 'days_28'],
  page_media_view: ['day', 'week', 'days_28'],
  page_post_engagements: ['day', 'week', 'days_28'],
  page_daily_follows: ['day'],
  page_daily_follows_unique: ['day'],
  page_daily_unfollows_unique: ['day'],
  page_follows: ['day'],
  page_views_total: ['day', 'week', 'days_28'],
  page_video_views: ['day', 'week', 'days_28'],
  page_actions_post_reactions_total: ['day', 'week', 'days_28'],
};

export const postMetrics = [
  'post_total_media_view_unique',
  'post_media_view',
  'post_reactions_by_type_total',
  'post_clicks',
  'post_clicks_by_type',
  'post_reactions_like_total',
  'post_reactions_love_total',
  'post_reactions_wow_total',
  'post_reactions_haha_total',
  'post_reactions_sorry_total',
  'post_reactions_anger_total',
  'post_video_views',
] as const;

const impressionsGone = 'removed on all versions (impressions became views, blog 2025-08-15)';

export const deprecatedPageMetrics: Record<string, string> = {
  page_impressions: `page_impressions was ${impressionsGone}; use page_media_view`,
  page_impressions_unique: `page_impressions_unique was ${impressionsGone}; use page_total_media_view_unique`,
  page_impressions_paid: `page_impressions_paid was ${impressionsGone}`,
  page_impressions_paid_unique: `page_impressions_paid_unique was ${impressionsGone}`,
  page_impressions_viral_unique: `page_impressions_viral_unique was ${impressionsGone}`,
  page_impressions_nonviral_unique: `page_impressions_nonviral_unique was ${impressionsGone}`,
  page_impressions_organic_unique: `page_impressions_organic_unique was ${impressionsGone}`,
  page_posts_impressions: `page_posts_impressions was ${impressionsGone}`,
  page_posts_impressions_unique: `page_posts_impressions_unique was ${impressionsGone}`,
  page_posts_impressions_paid: `page_posts_impressions_paid was ${impressionsGone}`,
  page_posts_impressions_organic: `page_posts_impressions_organic was ${impressionsGone}`,
  page_posts_impressions_organic_unique: `page_posts_impressions_organic_unique was ${impressionsGone}`,
  page_posts_impressions_viral: `page_posts_impressions_viral was ${impressionsGone}`,
  page_fans: 'page_fans was removed on 2025-11-15; use page_follows',
  page_fan_adds: 'page_fan_adds was removed on 2025-11-15; use page_daily_follows',
  page_fan_adds_unique: 'page_fan_adds_unique was removed on 2025-11-15; use page_daily_follows_unique',
  page_fan_removes: 'page_fan_removes was removed on 2025-11-15; use page_daily_unfollows_unique',
  page_fans_locale: 'page_fans_locale was removed on 2025-11-15',
  page_fans_city: 'page_fans_city was removed on 2025-11-15; use page_follows_city',
  page_fans_country: 'page_fans_country was removed on 2025-11-15; use page_follows_country',
  page_engaged_users: 'page_engaged_users was deprecated on 2024-03-14; use page_post_engagements',
  page_consumptions: 'page_consumptions was deprecated on 2024-03-14',
  page_consumptions_unique: 'page_consumptions_unique was deprecated on 2024-03-14',
  page_fans_by_like_source: 'page_fans_by_like_source was deprecated on 2024-03-14',
  page_content_activity: 'page_content_activity was deprecated on 2024-03-14',
  page_content_activity_by_action_type: 'page_content_activity_by_action_type was deprecated on 2024-03-14',
};

export const deprecatedPostMetrics: Record<string, string> = Object.fromEntries(
  [
    'post_impressions',
    'post_impressions_unique',
    'post_impressions_paid',
    'post_impressions_paid_unique',
    'post_impressions_fan',
    'post_impressions_fan_unique',
    'post_impressions_organic',
    'post_impressions_organic_unique',
    'post_impressions_viral',
    'post_impressions_viral_unique',
    'post_impressions_nonviral',
    'post_impressions_nonviral_unique',
  ].map((name) => [name, `${name} was ${impressionsGone}; use post_total_media_view_unique or post_media_view`]),
);
Object.assign(deprecatedPostMetrics, {
  post_engaged_users: 'post_engaged_users was deprecated on 2024-03-14',
  post_consumptions: 'post_consumptions was deprecated on 2024-03-14; use post_clicks',
});

/** A readable title for a metric name: page_daily_follows -> "Page daily follows". */
export function metricTitle(name: string): string {
  const words = name.replace(/^ig_/, 'Instagram ').replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
