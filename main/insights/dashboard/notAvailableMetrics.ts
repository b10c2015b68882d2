import type { InsightMetric, Platform, PostType } from '../../../preload/contract';

/**
 * The metrics a platform never gives for a kind of post, from the metric sets of reference
 * section 4 (Instagram per media product type 4.1, Facebook post insights 4.3, TikTok's video
 * fields 6.3), so the post's detail can say why a line is missing instead of showing nothing.
 */
const NEVER_REPORTED: Record<Platform, Partial<Record<PostType, readonly InsightMetric[]>>> = {
  instagram: {
    feed: ['replies', 'clicks', 'avg_watch_time_ms'],
    carousel: ['replies', 'clicks', 'avg_watch_time_ms'],
    reel: ['replies', 'clicks', 'profile_activity'],
    story: ['likes', 'comments', 'saves', 'clicks', 'avg_watch_time_ms'],
  },
  facebook: Object.fromEntries(
    (['text', 'link', 'photo', 'multi_photo', 'video'] as const).map((kind) => [kind, ['saves', 'replies', 'profile_activity', 'avg_watch_time_ms'] as const]),
  ),
  tiktok: {
    video: ['reach', 'saves', 'replies', 'clicks', 'profile_activity', 'avg_watch_time_ms'],
    photo: ['reach', 'saves', 'replies', 'clicks', 'profile_activity', 'avg_watch_time_ms'],
  },
};

const PLATFORM_NAMES: Record<Platform, string> = { instagram: 'Instagram', facebook: 'Facebook', tiktok: 'TikTok' };

const KIND_WORDS: Record<PostType, string> = {
  feed: 'feed posts',
  carousel: 'carousels',
  reel: 'reels',
  story: 'stories',
  text: 'text posts',
  link: 'link posts',
  photo: 'photo posts',
  multi_photo: 'multi-photo posts',
  video: 'videos',
};

const METRIC_WORDS: Record<InsightMetric, string> = {
  views: 'views',
  reach: 'reach',
  likes: 'likes',
  comments: 'comments',
  shares: 'shares',
  saves: 'saves',
  replies: 'replies',
  interactions: 'interactions',
  clicks: 'link clicks',
  profile_activity: 'profile activity',
  avg_watch_time_ms: 'watch time',
};

const listed = (words: readonly string[]) =>
  words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1] ?? ''}`;

/** Plain words for what a post of this platform and kind never has ("TikTok does not report reach; ..."). */
export function notAvailableFor(platform: Platform, kind: PostType): string[] {
  const missing = NEVER_REPORTED[platform][kind] ?? [];
  const sentences: string[] = [];
  // Reach is the engagement rate's denominator: say what is used instead.
  if (missing.includes('reach')) sentences.push(`${PLATFORM_NAMES[platform]} does not report reach; views stand in for it.`);
  const others = missing.filter((metric) => metric !== 'reach').map((metric) => METRIC_WORDS[metric]);
  if (others.length > 0) sentences.push(`${PLATFORM_NAMES[platform]} does not report ${listed(others)} for ${KIND_WORDS[kind]}.`);
  return sentences;
}
