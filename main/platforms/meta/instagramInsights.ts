import type { PlatformHttp } from '../platformHttp';
import { fetchInsights, type InsightMetric, type InsightsQuery } from './graphInsights';

/**
 * Instagram insights on either host [S40] [S41]. Story metrics live 24 hours and answer code 10
 * below 5 viewers [S40]; unavailable data is an empty list, not zeros.
 */

/** `GET /{ig-media-id}/insights?metric=...`: metrics per `media_product_type` [S40] [S70]. */
export function fetchInstagramMediaInsights(
  graph: PlatformHttp,
  request: { mediaId: string; accessToken: string; metrics: readonly string[] },
): Promise<InsightMetric[]> {
  return fetchInsights(graph, { objectId: request.mediaId, accessToken: request.accessToken, metrics: request.metrics });
}

/** `GET /{ig-user-id}/insights?metric=...&period=...` with `metric_type`, `since`, `until` [S41] [S41b]. */
export function fetchInstagramAccountInsights(
  graph: PlatformHttp,
  request: Omit<InsightsQuery, 'objectId'> & { igUserId: string; period: NonNullable<InsightsQuery['period']> },
): Promise<InsightMetric[]> {
  const { igUserId, ...query } = request;
  return fetchInsights(graph, { objectId: igUserId, ...query });
}
