import type { LocalDate, PostType } from '../../../preload/contract';
import { fetchPageInsights, fetchPagePostInsights } from '../../platforms/meta/facebookInsights';
import { fetchPagePostCounters, listPublishedPagePosts } from '../../platforms/meta/facebookPublishedPosts';
import { fetchFollowersCount } from '../../platforms/meta/graphFollowers';
import type { AccountDay, FoundPost, InsightsCallContext, InsightsSource, MeasuredPost, PostFigures } from '../insightsSource';
import { accountDayTable } from './accountDayTable';
import {
  FACEBOOK_DAYS_PER_CALL,
  FACEBOOK_FOLLOWS,
  FACEBOOK_PAGE_DAY_METRICS,
  FACEBOOK_PAGE_DAY_NAMES,
  FACEBOOK_POST_METRICS,
  FACEBOOK_POST_NAMES,
  FACEBOOK_UNFOLLOWS,
} from './facebookMetrics';
import { renamed, totalOf } from './insightNumbers';
import { addDays } from '../localDates';
import { dayOfEndTime, metaDayEnd, metaDayOf, metaDayStart } from './metaDays';
import { askWithoutRefused } from './metricRefusals';

/** A Facebook Page, with the Page token of someone with the ANALYZE task (4.3 [S26]). */
export function createFacebookSource(): InsightsSource {
  return { platform: 'facebook', measurePost: measureFacebookPost, accountDays: facebookAccountDays, recentPosts: recentFacebookPosts };
}

/**
 * Post insights with the post's own counters: comments and shares are not insights (4.3, last
 * bullet [S53]). interactions = reactions + comments + shares. A post not live yet has an empty
 * set: `{}`.
 */
async function measureFacebookPost(context: InsightsCallContext, post: MeasuredPost): Promise<PostFigures> {
  const graph = context.networks.metaGraph;
  const pageAccessToken = await context.credentials.accessToken();
  const insights = await askWithoutRefused({
    platform: 'facebook',
    kind: post.kind,
    metrics: FACEBOOK_POST_METRICS,
    refusedMetrics: context.refusedMetrics,
    ask: (metrics) => fetchPagePostInsights(graph, { postId: post.platformPostId, pageAccessToken, metrics }),
  });
  const figures: PostFigures = insights === null ? {} : renamed(insights, FACEBOOK_POST_NAMES);
  if (Object.keys(figures).length === 0) return {};
  const { comments, shares } = await fetchPagePostCounters(graph, { postId: post.platformPostId, pageAccessToken });
  return {
    ...figures,
    comments,
    shares,
    ...(figures.likes !== undefined && { interactions: figures.likes + comments + shares }),
  };
}

/**
 * The Page's days, in windows of at most 90 days (4.3 [S26]); `followers` on `range.until` is the
 * Page's `followers_count` now, the days before are `page_follows`.
 */
async function facebookAccountDays(context: InsightsCallContext, range: { since: LocalDate; until: LocalDate }): Promise<AccountDay[]> {
  const graph = context.networks.metaGraph;
  const pageId = context.account.platformAccountId;
  const pageAccessToken = await context.credentials.accessToken();
  const now = context.now();
  const table = accountDayTable();
  const follows = new Map<LocalDate, { follows?: number; unfollows?: number }>();
  const today = metaDayOf(now);
  const until = range.until > today ? today : range.until;
  for (let since = range.since; since <= until; since = addDays(since, FACEBOOK_DAYS_PER_CALL)) {
    const windowEnd = addDays(since, FACEBOOK_DAYS_PER_CALL - 1) < until ? addDays(since, FACEBOOK_DAYS_PER_CALL - 1) : until;
    const metrics = await fetchPageInsights(graph, {
      pageId,
      pageAccessToken,
      metrics: FACEBOOK_PAGE_DAY_METRICS,
      period: 'day',
      since: metaDayStart(since),
      until: metaDayEnd(windowEnd, now),
    });
    for (const metric of metrics) {
      for (const point of metric.values) {
        if (point.endTime === undefined) continue;
        const day = dayOfEndTime(point.endTime);
        if (day < since || day > windowEnd) continue;
        const value = totalOf(point.value);
        const name = FACEBOOK_PAGE_DAY_NAMES[metric.name];
        if (name !== undefined) table.set(day, name, value);
        if (metric.name === FACEBOOK_FOLLOWS) follows.set(day, { ...follows.get(day), follows: value });
        if (metric.name === FACEBOOK_UNFOLLOWS) follows.set(day, { ...follows.get(day), unfollows: value });
      }
    }
  }
  for (const [day, counts] of follows) {
    if (counts.follows !== undefined && counts.unfollows !== undefined) table.set(day, 'follower_change', counts.follows - counts.unfollows);
  }
  table.set(range.until, 'followers', await fetchFollowersCount(graph, { objectId: pageId, accessToken: pageAccessToken }));
  return table.days();
}

async function recentFacebookPosts(context: InsightsCallContext): Promise<FoundPost[]> {
  const posts = await listPublishedPagePosts(context.networks.metaGraph, {
    pageId: context.account.platformAccountId,
    pageAccessToken: await context.credentials.accessToken(),
  });
  return posts.map((post) => ({
    platformPostId: post.id,
    kind: facebookKindOf(post.attachmentType),
    publishedAt: post.createdTime,
    caption: post.message ?? '',
    permalink: post.permalinkUrl ?? null,
  }));
}

/**
 * The first attachment's `media_type`: `album` is several photos; no attachment is a text post;
 * anything else shared (`link`, an event, another Page's post) counts as a link post.
 */
export function facebookKindOf(attachmentType: string | undefined): PostType {
  switch (attachmentType) {
    case undefined:
      return 'text';
    case 'album':
      return 'multi_photo';
    case 'photo':
      return 'photo';
    case 'video':
      return 'video';
    default:
      return 'link';
  }
}
