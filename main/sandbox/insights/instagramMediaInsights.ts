import { GraphError, invalidParameter } from '../meta/graphError';
import type { GraphCall } from '../meta/graphNode';
import { readParams } from '../meta/graphParams';
import { requireInstagramAccess } from '../instagram/instagramAccess';
import type { InstagramMediaRecord } from '../world/sandboxState';
import { DAY_MS } from './growthCurve';
import { instagramMediaTotals, type InstagramMediaTotals } from './instagramMediaModel';
import { allMediaMetrics, deprecatedMediaMetrics, facebookLoginOnlyMediaMetrics, mediaMetricsByProduct, metricTitle } from './metricCatalog';

/**
 * GET /{ig-media-id}/insights?metric=… (reference 4.1), on both hosts with the insights
 * permission. One bad name fails the whole call: a deprecated one (impressions, plays, video_views …)
 * or one the media's product type does not support, with "(#100) The Media Insights API does not
 * support the X metric for this media product type." total_likes/total_comments/total_views exist
 * only on graph.facebook.com. Stories: under 5 viewers is error 10, after 24 h the set is empty.
 * Carousel children have no insights. A metric withdrawn by the control API
 * (`faults.withdrawMetric`) is refused with the same words, as a platform change would be.
 */
const valueOf: Record<string, (totals: InstagramMediaTotals) => number> = {
  views: (t) => t.views,
  reach: (t) => t.reach,
  likes: (t) => t.likes,
  comments: (t) => t.comments,
  saved: (t) => t.saved,
  shares: (t) => t.shares,
  replies: (t) => t.replies,
  total_interactions: (t) => t.totalInteractions,
  profile_activity: (t) => t.profileActivity,
  navigation: (t) => t.navigation,
  reposts: (t) => t.reposts,
  ig_reels_avg_watch_time: (t) => t.avgWatchTimeMs,
  ig_reels_video_view_total_time: (t) => t.totalWatchTimeMs,
  reels_skip_rate: (t) => t.skipRate,
  crossposted_views: (t) => t.crosspostedViews,
  facebook_views: (t) => t.facebookViews,
  total_likes: (t) => Math.round(t.likes * t.promotedFactor),
  total_comments: (t) => Math.round(t.comments * t.promotedFactor),
  total_views: (t) => Math.round(t.views * t.promotedFactor),
};

const notSupported = (name: string) => invalidParameter(`(#100) The Media Insights API does not support the ${name} metric for this media product type.`);

export function instagramMediaInsights(call: GraphCall, media: InstagramMediaRecord): { data: Record<string, unknown>[] } {
  const account = call.world.state.instagram.accounts[media.igUserId];
  if (!account) throw invalidParameter('(#100) The account of this media no longer exists');
  requireInstagramAccess(call, account, 'insights');
  const p = readParams(call.params, {
    metric: { type: 'list', required: true },
    period: { type: 'enum', values: ['lifetime'] },
    breakdown: { type: 'enum', values: ['story_navigation_action_type'] },
  });
  if (media.isCarouselChild) throw invalidParameter('(#100) Insights are not available for the children of a carousel album');
  const supported = mediaMetricsByProduct[media.productType];
  p.metric.forEach((name, index) => {
    const deprecated = deprecatedMediaMetrics[name];
    if (deprecated) throw invalidParameter(`(#100) ${deprecated}`, { userTitle: 'Deprecated metric' });
    if (!allMediaMetrics.includes(name)) throw invalidParameter(`(#100) metric[${index}] must be one of the following values: ${allMediaMetrics.join(', ')}`);
    const withdrawn = call.faults.metricWithdrawal(name, media.productType);
    if (withdrawn?.deprecated) throw invalidParameter(`(#100) ${name} is deprecated for all versions`, { userTitle: 'Deprecated metric' });
    if (withdrawn) throw notSupported(name);
    if (!supported.includes(name) || (call.host === 'instagram' && facebookLoginOnlyMediaMetrics.has(name))) throw notSupported(name);
  });
  if (p.breakdown !== undefined && (media.productType !== 'STORY' || !p.metric.every((name) => name === 'navigation'))) {
    throw invalidParameter('(#100) The story_navigation_action_type breakdown is only for the navigation metric of a story');
  }
  const now = call.world.clock.now();
  if (media.productType === 'STORY' && now - media.timestamp > DAY_MS) return { data: [] };
  const totals = instagramMediaTotals(call.world, media);
  if (media.productType === 'STORY' && totals.reach < 5) {
    throw new GraphError({ code: 10, message: '(#10) Not enough viewers for the media to show insights', userTitle: 'Not enough viewers' });
  }
  return {
    data: p.metric.map((name) => {
      const value = valueOf[name]?.(totals) ?? 0;
      const row: Record<string, unknown> = { name, period: 'lifetime', values: [{ value }], title: metricTitle(name), description: `${metricTitle(name)} of this media.`, id: `${media.id}/insights/${name}/lifetime` };
      if (p.breakdown) {
        const forward = Math.round(value * 0.72);
        const back = Math.round(value * 0.12);
        const exited = Math.round(value * 0.1);
        row.total_value = {
          value,
          breakdowns: [
            {
              dimension_keys: ['story_navigation_action_type'],
              results: [
                { dimension_values: ['tap_forward'], value: forward },
                { dimension_values: ['tap_back'], value: back },
                { dimension_values: ['tap_exit'], value: exited },
                { dimension_values: ['swipe_forward'], value: Math.max(value - forward - back - exited, 0) },
              ],
            },
          ],
        };
      }
      return row;
    }),
  };
}
