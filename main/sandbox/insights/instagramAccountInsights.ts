import { invalidParameter } from '../meta/graphError';
import type { GraphCall } from '../meta/graphNode';
import { readParams } from '../meta/graphParams';
import { requireInstagramAccess } from '../instagram/instagramAccess';
import type { InstagramAccountRecord, InstagramMediaRecord } from '../world/sandboxState';
import { dayWindow, endTime, weekdayFactor } from './dailyBuckets';
import { DAY_MS, seededBetween } from './growthCurve';
import { instagramMediaTotals } from './instagramMediaModel';
import { accountMetrics, deprecatedAccountMetrics, metricTitle } from './metricCatalog';

/**
 * GET /{ig-user-id}/insights (reference 4.2): metric, period=day, since, until, metric_type
 * (time_series | total_value), breakdown. Most metrics are total_value only ("should be
 * specified with parameter metric_type=total_value"); reach and follower_count give day series.
 * At most 30 days per window; follower_count only for the last 30 days and accounts with at
 * least 100 followers. Daily values are the account's own seeded baseline plus what its published
 * media gained that day, so they agree with the media insights.
 */
const MAX_DAYS = 30;

interface DayFigures {
  reach: number;
  views: number;
  likes: number;
  comments: number;
  shares: number;
  saves: number;
  replies: number;
  total_interactions: number;
  accounts_engaged: number;
  follower_count: number;
  profile_links_taps: number;
  follows: number;
  unfollows: number;
  byProduct: Record<string, Record<string, number>>;
}

function productDimension(media: InstagramMediaRecord): string {
  if (media.productType === 'REELS') return 'REEL';
  if (media.productType === 'STORY') return 'STORY';
  return media.mediaType === 'CAROUSEL_ALBUM' ? 'CAROUSEL_CONTAINER' : 'POST';
}

function dayFigures(call: GraphCall, account: InstagramAccountRecord, day: number): DayFigures {
  const { world } = call;
  const end = Math.min(day + DAY_MS, world.clock.now());
  const pick = (label: string, min: number, max: number) => seededBetween(world.seed, min, max, 'ig-account', account.id, day, label);
  const activity = weekdayFactor(day);
  const baseReach = Math.round(account.followersCount * pick('reach', 0.02, 0.05) * activity * (end - day) / DAY_MS);
  const figures: DayFigures = {
    reach: baseReach,
    views: Math.round(baseReach * pick('views', 1.3, 1.7)),
    likes: 0,
    comments: 0,
    shares: 0,
    saves: 0,
    replies: 0,
    total_interactions: 0,
    accounts_engaged: 0,
    follower_count: Math.round(pick('followers', 2, 12) * activity),
    profile_links_taps: Math.round(pick('taps', 0, 6) * activity),
    follows: 0,
    unfollows: Math.round(pick('unfollows', 0, 3)),
    byProduct: { POST: { reach: baseReach, views: 0, likes: 0, comments: 0, shares: 0, saves: 0, total_interactions: 0 } },
  };
  figures.byProduct.POST = { ...figures.byProduct.POST, views: figures.views };
  for (const media of Object.values(world.state.instagram.media)) {
    if (media.igUserId !== account.id || media.isCarouselChild || media.timestamp >= end) continue;
    const before = instagramMediaTotals(world, media, day);
    const after = instagramMediaTotals(world, media, end);
    const gained = {
      reach: Math.round((after.reach - before.reach) * 0.9),
      views: after.views - before.views,
      likes: after.likes - before.likes,
      comments: after.comments - before.comments,
      shares: after.shares - before.shares,
      saves: after.saved - before.saved,
      total_interactions: after.totalInteractions - before.totalInteractions,
    };
    const dimension = productDimension(media);
    const bucket = (figures.byProduct[dimension] ??= { reach: 0, views: 0, likes: 0, comments: 0, shares: 0, saves: 0, total_interactions: 0 });
    for (const [key, value] of Object.entries(gained) as [keyof typeof gained, number][]) {
      figures[key] += value;
      bucket[key] = (bucket[key] ?? 0) + value;
    }
    figures.replies += after.replies - before.replies;
    figures.follows += after.follows - before.follows;
  }
  figures.follower_count += figures.follows;
  figures.follows = figures.follower_count;
  figures.accounts_engaged = Math.round(figures.total_interactions * 0.7 + figures.profile_links_taps);
  return figures;
}

function breakdownResults(metric: string, breakdown: string, figures: DayFigures[], total: number, pick: (label: string) => number): { dimension_values: string[]; value: number }[] {
  if (breakdown === 'media_product_type') {
    const sums: Record<string, number> = {};
    for (const day of figures) for (const [dimension, values] of Object.entries(day.byProduct)) sums[dimension] = (sums[dimension] ?? 0) + (values[metric] ?? 0);
    return Object.entries(sums).map(([dimension, value]) => ({ dimension_values: [dimension], value }));
  }
  if (breakdown === 'follower_type' || breakdown === 'follow_type') {
    if (metric === 'follows_and_unfollows') {
      const follows = figures.reduce((sum, day) => sum + day.follows, 0);
      return [
        { dimension_values: ['FOLLOWER'], value: follows },
        { dimension_values: ['NON_FOLLOWER'], value: total - follows },
      ];
    }
    const followers = Math.round(total * pick('follower-share'));
    return [
      { dimension_values: ['FOLLOWER'], value: followers },
      { dimension_values: ['NON_FOLLOWER'], value: total - followers },
    ];
  }
  const direction = Math.round(total * 0.45);
  const call = Math.round(total * 0.3);
  return [
    { dimension_values: ['DIRECTION'], value: direction },
    { dimension_values: ['CALL'], value: call },
    { dimension_values: ['TEXT'], value: total - direction - call },
  ];
}

export function instagramAccountInsights(call: GraphCall, account: InstagramAccountRecord): { data: Record<string, unknown>[] } {
  requireInstagramAccess(call, account, 'insights');
  const p = readParams(call.params, {
    metric: { type: 'list', required: true },
    period: { type: 'string', required: true },
    since: { type: 'int' },
    until: { type: 'int' },
    metric_type: { type: 'enum', values: ['time_series', 'total_value'] },
    breakdown: { type: 'string' },
    timeframe: { type: 'string' },
  });
  if (p.timeframe !== undefined) throw invalidParameter('(#100) timeframe is only for demographic metrics, which the sandbox does not serve');
  const metricType = (p.metric_type ?? 'time_series') as 'time_series' | 'total_value';
  const totalOnly: string[] = [];
  p.metric.forEach((name, index) => {
    const deprecated = deprecatedAccountMetrics[name];
    if (deprecated) throw invalidParameter(`(#100) ${deprecated}`, { userTitle: 'Deprecated metric' });
    const spec = accountMetrics[name];
    if (!spec) throw invalidParameter(`(#100) metric[${index}] must be one of the following values: ${Object.keys(accountMetrics).join(', ')}`);
    if (!spec.metricTypes.includes(metricType)) totalOnly.push(name);
    if (p.breakdown !== undefined && !spec.breakdowns.includes(p.breakdown)) {
      throw invalidParameter(`(#100) The breakdown ${p.breakdown} is not supported for metric ${name}`);
    }
  });
  if (totalOnly.length > 0) {
    throw invalidParameter(
      metricType === 'time_series'
        ? `(#100) The following metrics (${totalOnly.join(', ')}) should be specified with parameter metric_type=total_value`
        : `(#100) The following metrics (${totalOnly.join(', ')}) do not support metric_type=total_value`,
    );
  }
  if (p.period !== 'day') throw invalidParameter(`(#100) The period ${p.period} is not supported for these metrics; use period=day`);
  if (p.breakdown !== undefined && metricType !== 'total_value') throw invalidParameter('(#100) breakdown needs metric_type=total_value');
  const now = call.world.clock.now();
  const window = dayWindow(now, p.since, p.until, MAX_DAYS);
  if (p.metric.includes('follower_count')) {
    if (account.followersCount < 100) throw invalidParameter('(#100) follower_count is only available for accounts with at least 100 followers');
    if (window.since < now - MAX_DAYS * DAY_MS) throw invalidParameter('(#100) follower_count is only available for the last 30 days');
  }
  const figures = window.days.map((day) => dayFigures(call, account, day));
  const pick = (label: string) => seededBetween(call.world.seed, 0.55, 0.8, 'ig-account', account.id, label);
  return {
    data: p.metric.map((name) => {
      const read = (day: DayFigures) => (name === 'follows_and_unfollows' ? day.follows + day.unfollows : name === 'follower_count' ? day.follower_count : (day[name as keyof DayFigures] as number));
      const row: Record<string, unknown> = { name, period: 'day', title: metricTitle(name), description: `${metricTitle(name)} of the account.`, id: `${account.id}/insights/${name}/day` };
      if (metricType === 'time_series') {
        row.values = window.days.map((day, index) => ({ value: read(figures[index] as DayFigures), end_time: endTime(day) }));
      } else {
        const value = figures.reduce((sum, day) => sum + read(day), 0);
        row.total_value = p.breakdown === undefined ? { value } : { value, breakdowns: [{ dimension_keys: [p.breakdown], results: breakdownResults(name, p.breakdown, figures, value, pick) }] };
      }
      return row;
    }),
  };
}
