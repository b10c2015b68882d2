import { z } from 'zod';
import type { PlatformHttp } from '../platformHttp';
import { graphPath, queryParameters, unixSeconds } from './graphConventions';

/**
 * `GET /{object-id}/insights`, shared by Instagram media and accounts and Facebook posts and
 * Pages [S26] [S40] [S41]. Metric names are the caller's: they change with Graph versions, and
 * one unknown name fails the whole call with code 100 [S48].
 */

/** A number, or a split of one (paid/organic, per reaction type) [S59]. */
export type InsightValue = number | Record<string, number>;

export interface InsightMetric {
  name: string;
  period?: string;
  /** Time series (`values[]`); empty when the platform has no data yet, never zeros [S40]. */
  values: { value: InsightValue; endTime?: string }[];
  /** With `metric_type=total_value` [S41]. */
  totalValue?: InsightValue;
}

export interface InsightsQuery {
  objectId: string;
  accessToken: string;
  metrics: readonly string[];
  period?: 'day' | 'week' | 'days_28' | 'month' | 'lifetime' | 'total_over_range';
  metricType?: 'total_value' | 'time_series';
  since?: Date;
  until?: Date;
}

const Value = z.union([z.number(), z.record(z.string(), z.number())]);

const InsightsResponse = z.object({
  data: z.array(
    z.object({
      name: z.string(),
      period: z.string().optional(),
      values: z.array(z.object({ value: Value, end_time: z.string().optional() })).default([]),
      total_value: z.object({ value: Value }).optional(),
    }),
  ),
});

export async function fetchInsights(graph: PlatformHttp, query: InsightsQuery): Promise<InsightMetric[]> {
  const response = await graph.request(
    {
      method: 'GET',
      url: graphPath(query.objectId, 'insights'),
      params: queryParameters({
        metric: query.metrics.join(','),
        period: query.period,
        metric_type: query.metricType,
        since: query.since && unixSeconds(query.since),
        until: query.until && unixSeconds(query.until),
        access_token: query.accessToken,
      }),
    },
    InsightsResponse,
  );
  return response.data.map((metric) => ({
    name: metric.name,
    ...(metric.period !== undefined && { period: metric.period }),
    values: metric.values.map((point) => ({
      value: point.value,
      ...(point.end_time !== undefined && { endTime: point.end_time }),
    })),
    ...(metric.total_value !== undefined && { totalValue: metric.total_value.value }),
  }));
}
