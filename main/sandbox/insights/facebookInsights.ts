import { requireAuth, grantedPermissions } from '../meta/graphAuth';
import { GraphError, invalidParameter, permissionError } from '../meta/graphError';
import type { GraphCall } from '../meta/graphNode';
import { readParams } from '../meta/graphParams';
import type { FacebookPostRecord, MetaPageRecord } from '../world/sandboxState';
import { dayWindow, endTime, weekdayFactor } from './dailyBuckets';
import { facebookPostTotals, reactionTypes } from './facebookPostModel';
import { DAY_MS, seededBetween } from './growthCurve';
import { deprecatedPageMetrics, deprecatedPostMetrics, metricTitle, pageMetrics, postMetrics } from './metricCatalog';

/**
 * GET /{page-id}/insights and /{post-id}/insights (reference 4.3): a Page token with
 * read_insights; no metric is 3001/1504028; a removed or unknown metric is "(#100) The value must
 * be a valid insights metric"; at most 90 days per since/until window. Page values per day are a
 * seeded baseline plus what the Page's posts gained that day; post values are lifetime totals of
 * the post (empty for posts that are not live).
 */
const MAX_DAYS = 90;

function requireInsightsToken(call: GraphCall, pageId: string): void {
  const auth = requireAuth(call);
  if (auth.kind !== 'page' || auth.subjectId !== pageId) throw new GraphError({ code: 190, message: '(#190) This method must be called with a Page Access Token' });
  if (!grantedPermissions(call.world, auth).has('read_insights')) throw permissionError(200, "This endpoint requires the 'read_insights' permission");
}

function requireMetrics(raw: unknown): void {
  if (raw === undefined || raw === '') {
    throw new GraphError({ code: 3001, subcode: 1504028, message: 'Invalid query', userTitle: 'No metric specified', userMessage: 'No metric was specified to be fetched.' });
  }
}

function invalidMetric(name: string, deprecated: string | undefined): GraphError {
  return invalidParameter('(#100) The value must be a valid insights metric', deprecated ? { userTitle: 'Metric removed', userMessage: deprecated } : { userMessage: `${name} is not an insights metric.` });
}

interface PageDay {
  reach: number;
  views: number;
  engagements: number;
  follows: number;
  unfollows: number;
  pageViews: number;
  videoViews: number;
  reactions: Record<string, number>;
}

function pageDay(call: GraphCall, page: MetaPageRecord, day: number): PageDay {
  const { world } = call;
  const end = Math.min(day + DAY_MS, world.clock.now());
  const fraction = Math.max(end - day, 0) / DAY_MS;
  const pick = (label: string, min: number, max: number) => seededBetween(world.seed, min, max, 'fb-page', page.id, day, label);
  const activity = weekdayFactor(day) * fraction;
  const figures: PageDay = {
    reach: Math.round(page.followersCount * pick('reach', 0.01, 0.03) * activity),
    views: 0,
    engagements: 0,
    follows: Math.round(pick('follows', 1, 8) * activity),
    unfollows: Math.round(pick('unfollows', 0, 2) * fraction),
    pageViews: Math.round(pick('page-views', 8, 40) * activity),
    videoViews: 0,
    reactions: Object.fromEntries(reactionTypes.map((type) => [type, 0])),
  };
  figures.views = Math.round(figures.reach * pick('views', 1.2, 1.5));
  for (const post of Object.values(world.state.facebook.posts)) {
    if (post.pageId !== page.id || !post.published || post.publishedAt === null || post.publishedAt >= end) continue;
    const before = facebookPostTotals(world, post, day);
    const after = facebookPostTotals(world, post, end);
    figures.reach += Math.round((after.reach - before.reach) * 0.85);
    figures.views += after.views - before.views;
    figures.engagements += after.reactionsTotal + after.comments + after.shares + after.clicks - (before.reactionsTotal + before.comments + before.shares + before.clicks);
    if (post.kind === 'video') figures.videoViews += after.views - before.views;
    for (const type of reactionTypes) figures.reactions[type] = (figures.reactions[type] ?? 0) + after.reactions[type] - before.reactions[type];
  }
  return figures;
}

export function facebookPageInsights(call: GraphCall, page: MetaPageRecord): Record<string, unknown> {
  requireInsightsToken(call, page.id);
  requireMetrics(call.params.metric);
  const p = readParams(call.params, {
    metric: { type: 'list', required: true },
    period: { type: 'enum', values: ['day', 'week', 'days_28', 'lifetime'] },
    since: { type: 'int' },
    until: { type: 'int' },
    date_preset: { type: 'enum', values: ['today', 'yesterday', 'last_7d', 'last_28d', 'last_90d'] },
  });
  const period = p.period ?? 'day';
  for (const name of p.metric) {
    const periods = pageMetrics[name];
    if (!periods) throw invalidMetric(name, deprecatedPageMetrics[name]);
    if (!(periods as readonly string[]).includes(period)) throw invalidParameter(`(#100) The period ${period} is not valid for ${name}; use one of ${periods.join(', ')}`);
  }
  const now = call.world.clock.now();
  let since = p.since;
  if (p.date_preset !== undefined) {
    if (p.since !== undefined || p.until !== undefined) throw invalidParameter('(#100) Give date_preset or since/until, not both');
    const presets: Record<string, number> = { today: 0, yesterday: 1, last_7d: 7, last_28d: 28, last_90d: 89 };
    const days = presets[p.date_preset] ?? 0;
    since = Math.floor((now - days * DAY_MS) / 1000);
  }
  const window = dayWindow(now, since, p.until, MAX_DAYS);
  const span = period === 'week' ? 7 : period === 'days_28' ? 28 : 1;
  const cache = new Map<number, PageDay>();
  const dayOf = (day: number) => {
    let figures = cache.get(day);
    if (!figures) cache.set(day, (figures = pageDay(call, page, day)));
    return figures;
  };
  const trailing = (day: number, read: (figures: PageDay) => number) => {
    let sum = 0;
    for (let i = 0; i < span; i++) sum += read(dayOf(day - i * DAY_MS));
    return sum;
  };
  const followsAt = (day: number) => {
    // page_follows is the running total; walk back from today's follower count.
    let total = page.followersCount;
    for (let later = day + DAY_MS; later <= now; later += DAY_MS) total -= dayOf(later).follows - dayOf(later).unfollows;
    return total;
  };
  const valueFor = (name: string, day: number): unknown => {
    switch (name) {
      case 'page_total_media_view_unique':
        return trailing(day, (figures) => figures.reach);
      case 'page_media_view': {
        const views = trailing(day, (figures) => figures.views);
        const paid = Math.round(views * seededBetween(call.world.seed, 0, 0.06, 'fb-page-paid', page.id, day));
        return { paid, organic: views - paid };
      }
      case 'page_post_engagements':
        return trailing(day, (figures) => figures.engagements);
      case 'page_daily_follows':
      case 'page_daily_follows_unique':
        return dayOf(day).follows;
      case 'page_daily_unfollows_unique':
        return dayOf(day).unfollows;
      case 'page_follows':
        return followsAt(day);
      case 'page_views_total':
        return trailing(day, (figures) => figures.pageViews);
      case 'page_video_views':
        return trailing(day, (figures) => figures.videoViews);
      case 'page_actions_post_reactions_total':
        return Object.fromEntries(reactionTypes.map((type) => [type, trailing(day, (figures) => figures.reactions[type] ?? 0)]).filter(([, value]) => (value as number) > 0));
      default:
        return 0;
    }
  };
  return {
    data: p.metric.map((name) => ({
      name,
      period,
      values: window.days.map((day) => ({ value: valueFor(name, day), end_time: endTime(day) })),
      title: metricTitle(name),
      description: `${metricTitle(name)} (${period}).`,
      id: `${page.id}/insights/${name}/${period}`,
    })),
  };
}

export function facebookPostInsights(call: GraphCall, post: FacebookPostRecord): Record<string, unknown> {
  requireInsightsToken(call, post.pageId);
  requireMetrics(call.params.metric);
  const p = readParams(call.params, { metric: { type: 'list', required: true }, period: { type: 'enum', values: ['lifetime'] } });
  for (const name of p.metric) {
    if (!(postMetrics as readonly string[]).includes(name)) throw invalidMetric(name, deprecatedPostMetrics[name]);
  }
  // Unavailable data is an empty set, not zeros (reference 4.1 says so for Instagram; Pages behave alike).
  if (!post.published) return { data: [] };
  const totals = facebookPostTotals(call.world, post);
  const valueFor = (name: string): unknown => {
    if (name === 'post_total_media_view_unique') return totals.reach;
    if (name === 'post_media_view') return totals.views;
    if (name === 'post_reactions_by_type_total') return Object.fromEntries(Object.entries(totals.reactions).filter(([, value]) => value > 0));
    if (name === 'post_clicks') return totals.clicks;
    if (name === 'post_clicks_by_type') return Object.fromEntries(Object.entries(totals.clicksByType).filter(([, value]) => value > 0));
    if (name === 'post_video_views') return post.kind === 'video' ? totals.views : 0;
    const reaction = /^post_reactions_(\w+)_total$/.exec(name)?.[1];
    return reaction ? (totals.reactions[reaction as keyof typeof totals.reactions] ?? 0) : 0;
  };
  return {
    data: p.metric.map((name) => ({
      name,
      period: 'lifetime',
      values: [{ value: valueFor(name) }],
      title: metricTitle(name),
      description: `${metricTitle(name)} of this post.`,
      id: `${post.id}/insights/${name}/lifetime`,
    })),
  };
}
