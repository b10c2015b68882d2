import type { Platform, PostType } from '../../../preload/contract';
import { PermanentError } from '../../platforms/platformErrors';
import type { RefusedMetrics } from '../insightsSource';

/**
 * One unknown metric name fails the whole insights call with code 100 (4.1 [S48] [S62]), so a
 * name the platform refuses is remembered, dropped and the call made again without it. The
 * platform's words say which name and why:
 *  - "(#100) The Media Insights API does not support the X metric for this media product type."
 *    (Instagram: not for this kind of post);
 *  - "X is deprecated …", "X was deprecated …", "X was removed …" (a name that is gone, 4.1 and
 *    4.3; Facebook puts its words in `error_user_msg`, which is the error's `reason`);
 *  - "X is not an insights metric." (Facebook: a name it does not know).
 */
export interface MetricRefusal {
  metric: string;
  deprecated: boolean;
  /** The platform's own words. */
  reason: string;
}

const REFUSAL_WORDINGS: readonly { pattern: RegExp; deprecated: boolean }[] = [
  { pattern: /does not support the (\w+) metric/i, deprecated: false },
  { pattern: /^(?:\(#\d+\)\s*)?(\w+) (?:is|was) (?:deprecated|removed)\b/i, deprecated: true },
  { pattern: /^(?:\(#\d+\)\s*)?(\w+) is not an insights metric/i, deprecated: false },
];

/** The refusal of one of `asked` in a failed call, or null when the failure is something else. */
export function metricRefusalIn(error: unknown, asked: readonly string[]): MetricRefusal | null {
  if (!(error instanceof PermanentError) || error.details.code !== 100 || error.reason === undefined) return null;
  const reason = error.reason;
  for (const { pattern, deprecated } of REFUSAL_WORDINGS) {
    const metric = pattern.exec(reason)?.[1];
    if (metric !== undefined && asked.includes(metric)) return { metric, deprecated, reason };
  }
  return null;
}

/**
 * Asks for `metrics` less those refused before for this kind of post; each refusal is remembered
 * and the call made again without the name, at most once per name. Null when nothing is left to
 * ask. Any other failure is the caller's.
 */
export async function askWithoutRefused<T>(request: {
  platform: Platform;
  kind: PostType;
  metrics: readonly string[];
  refusedMetrics: RefusedMetrics;
  ask: (metrics: readonly string[]) => Promise<T>;
}): Promise<T | null> {
  const refused = request.refusedMetrics.refused(request.platform, request.kind);
  let asked = request.metrics.filter((metric) => !refused.has(metric));
  while (asked.length > 0) {
    try {
      return await request.ask(asked);
    } catch (error) {
      const refusal = metricRefusalIn(error, asked);
      if (!refusal) throw error;
      request.refusedMetrics.remember({ platform: request.platform, kind: request.kind, ...refusal });
      asked = asked.filter((metric) => metric !== refusal.metric);
    }
  }
  return null;
}
