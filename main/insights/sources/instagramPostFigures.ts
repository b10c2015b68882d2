import type { PostType } from '../../../preload/contract';
import { fetchInstagramMediaInsights } from '../../platforms/meta/instagramInsights';
import { PermissionMissingError } from '../../platforms/platformErrors';
import type { InsightsCallContext, MeasuredPost, PostFigures } from '../insightsSource';
import { instagramInsightsCalls } from './instagramCalls';
import { INSTAGRAM_MEDIA_METRICS, INSTAGRAM_MEDIA_NAMES } from './instagramMetrics';
import { renamed } from './insightNumbers';
import { askWithoutRefused } from './metricRefusals';

/**
 * A post's figures now: the metrics its kind supports (instagramMetrics.ts) less the names
 * Instagram refused before for that kind. Nothing yet (an empty set, 4.1) and a story under 5
 * viewers (error 10, "Not enough viewers", 4.1 [S40]) are `{}`: no snapshot, not zeros.
 */
export async function measureInstagramPost(context: InsightsCallContext, post: MeasuredPost): Promise<PostFigures> {
  const calls = await instagramInsightsCalls(context);
  try {
    const figures = await askWithoutRefused({
      platform: 'instagram',
      kind: post.kind,
      metrics: mediaMetricsOf(post.kind),
      refusedMetrics: context.refusedMetrics,
      ask: (metrics) => fetchInstagramMediaInsights(calls.graph, { mediaId: post.platformPostId, accessToken: calls.accessToken, metrics }),
    });
    return figures === null ? {} : renamed(figures, INSTAGRAM_MEDIA_NAMES);
  } catch (error) {
    if (post.kind === 'story' && isTooFewViewers(error)) return {};
    throw error;
  }
}

function mediaMetricsOf(kind: PostType): readonly string[] {
  const metrics = INSTAGRAM_MEDIA_METRICS[kind];
  if (!metrics) throw new RangeError(`An Instagram post is not a ${kind}.`);
  return metrics;
}

/** Code 10 is the error table's "permission missing"; on a story with these words it is "under 5 viewers". */
function isTooFewViewers(error: unknown): boolean {
  return error instanceof PermissionMissingError && error.details.code === 10 && /not enough viewers/i.test(error.reason ?? '');
}
