import type { PlatformHttp } from '../platformHttp';
import { fetchInsights, type InsightMetric, type InsightsQuery } from './graphInsights';

/**
 * Facebook Page and post insights with a Page token of someone with the ANALYZE task [S26].
 * The current names (`page_total_media_view_unique`, `post_total_media_view_unique`...) need
 * v23.0+ [S59]; the impressions family is gone on every version [S51] [S52].
 */

/** `GET /{post-id}/insights?metric=...` */
export function fetchPagePostInsights(
  graph: PlatformHttp,
  request: { postId: string; pageAccessToken: string; metrics: readonly string[] },
): Promise<InsightMetric[]> {
  return fetchInsights(graph, { objectId: request.postId, accessToken: request.pageAccessToken, metrics: request.metrics });
}

/** `GET /{page-id}/insights?metric=...&period=day&since&until`, at most 90 days per window [S26]. */
export function fetchPageInsights(
  graph: PlatformHttp,
  request: Omit<InsightsQuery, 'objectId' | 'accessToken' | 'metricType'> & { pageId: string; pageAccessToken: string },
): Promise<InsightMetric[]> {
  const { pageId, pageAccessToken, ...query } = request;
  return fetchInsights(graph, { objectId: pageId, accessToken: pageAccessToken, ...query });
}
