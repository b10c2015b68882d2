/**
 * The insights half of the fake `window.api`: a dashboard, post histories, collection status, CSV
 * exports and slot suggestions, and the `insights.*` channels over them. fakeApi.ts spreads
 * `handlers` into its own; tests seed and read the store as `fake.insights`.
 *
 * It behaves like main where the screen depends on it: the dashboard answers the period it was
 * asked for (and the same number of days before it as the previous period), with the posts of the
 * accounts and platforms asked for; a refresh stores a measurement without a checkpoint and
 * announces insights.changed; an export's CSV lists the posts asked for.
 */
import { Temporal } from 'temporal-polyfill';
import type {
  BestTimes,
  Channel,
  EventName,
  EventPayloadOf,
  InsightPost,
  InsightPostDetail,
  InsightsCollectionStatus,
  InsightsDay,
  InsightsHeadline,
  InsightsPeriod,
  InsightsQuery,
  Result,
  SlotSuggestions,
} from '../../../preload/contract';
import { ok, type FakeHandlers } from './fakeApi';

export interface FakeInsightsStore {
  headline: InsightsHeadline;
  /** Every measured post main knows, of any period; the dashboard filters and sorts them. */
  posts: InsightPost[];
  /** The daily series for a period; by default a steady rise, day by day. */
  daily: (period: InsightsPeriod) => InsightsDay[];
  bestTimes: BestTimes;
  collection: InsightsCollectionStatus;
  /** Post histories by post id; a post without one answers NOT_FOUND. */
  details: Record<string, InsightPostDetail>;
  /** Suggestions by account id; an account without any has too little history. */
  suggestions: Record<string, SlotSuggestions>;
  now: () => Date;
}

type InsightsChannel = Extract<Channel, `insights.${string}`>;

export interface FakeInsights {
  store: FakeInsightsStore;
  handlers: Pick<FakeHandlers, InsightsChannel>;
}

export interface FakeInsightsDependencies {
  emit: <E extends EventName>(event: E, payload: EventPayloadOf<E>) => void;
}

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

export function figure(current: number | null, previous: number | null): InsightsHeadline['views'] {
  const change = current === null || previous === null ? null : current - previous;
  return { current, previous, change, changeRatio: change === null || previous === 0 || previous === null ? null : change / previous };
}

/** The bakery's last 28 days against the 28 before. */
export function bakeryHeadline(): InsightsHeadline {
  return {
    posts: figure(12, 10),
    views: figure(18400, 16000),
    reach: figure(9200, 10000),
    interactions: figure(690, 600),
    engagementRate: figure(0.075, 0.06),
    followerChange: figure(120, 0),
  };
}

/** A post of the bakery's Instagram (liveAccounts), published Wednesday 3 December 2025, 17:00 UTC. */
export function insightPost(postId: string, overrides: Partial<InsightPost> = {}): InsightPost {
  return {
    postId,
    targetId: `target-${postId}`,
    origin: 'outpost',
    accountId: 'acc-ig-page',
    accountName: 'Crumb & Co',
    platform: 'instagram',
    kind: 'feed',
    publishedAt: '2025-12-03T17:00:00.000Z',
    caption: 'Lemon drizzle is back this weekend!',
    permalink: `https://www.instagram.com/p/${postId}/`,
    thumbnailUrl: null,
    metrics: { views: 1500, reach: 1000, likes: 70, comments: 8, shares: 2, saves: 5, interactions: 85 },
    engagementRate: 0.085,
    measuredAt: '2025-12-04T17:00:00.000Z',
    ...overrides,
  };
}

/** Four posts: three on Instagram and Facebook, one on TikTok (views only). */
export function bakeryPosts(): InsightPost[] {
  return [
    insightPost('p-lemon'),
    insightPost('p-sourdough', {
      caption: 'Sourdough class on Saturday',
      publishedAt: '2025-11-28T09:00:00.000Z',
      metrics: { views: 900, reach: 600, interactions: 30 },
      engagementRate: 0.05,
    }),
    insightPost('p-hours', {
      accountId: 'acc-page',
      accountName: 'Crumb & Co Bakery',
      platform: 'facebook',
      kind: 'text',
      caption: 'Christmas opening hours',
      publishedAt: '2025-12-01T08:00:00.000Z',
      permalink: null,
      metrics: { views: 400, reach: 300, interactions: 6 },
      engagementRate: 0.02,
    }),
    insightPost('p-tiktok', {
      origin: 'imported',
      targetId: null,
      accountId: 'acc-tiktok',
      accountName: 'Crumb & Co on TikTok',
      platform: 'tiktok',
      kind: 'video',
      caption: 'Shaping a baguette',
      publishedAt: '2025-12-06T18:00:00.000Z',
      permalink: 'https://www.tiktok.com/@crumb.and.co/video/7300000000000000001',
      metrics: { views: 5000, likes: 300, comments: 20, shares: 30, interactions: 350 },
      engagementRate: 0.07,
    }),
  ];
}

/** Every cell empty but Wednesday 18:00 (3 posts, 8.5%) and Saturday 10:00 (1 post, 2%). */
export function bakeryBestTimes(overrides: Partial<BestTimes> = {}): BestTimes {
  const cells = Array.from({ length: 7 * 24 }, (_, index) => {
    const weekday = Math.floor(index / 24) + 1;
    const hour = index % 24;
    if (weekday === 3 && hour === 18) return { weekday, hour, posts: 3, engagementRate: 0.085 };
    if (weekday === 6 && hour === 10) return { weekday, hour, posts: 1, engagementRate: 0.02 };
    return { weekday, hour, posts: 0, engagementRate: null };
  });
  return { cells, postsConsidered: 24, enoughData: true, minimumPosts: 20, ...overrides };
}

export function idleCollection(overrides: Partial<InsightsCollectionStatus> = {}): InsightsCollectionStatus {
  return {
    running: false,
    lastRunAt: '2025-12-09T02:00:00.000Z',
    nextDailyRunAt: '2025-12-10T02:00:00.000Z',
    pendingMeasurements: 0,
    problems: [],
    ...overrides,
  };
}

/** Each day of a period: views rise by 10 a day from 100, reach is half, followers grow by 2 from 1,000. */
export function steadyDaily(period: InsightsPeriod): InsightsDay[] {
  const days: InsightsDay[] = [];
  let day = Temporal.PlainDate.from(period.from);
  for (let index = 0; Temporal.PlainDate.compare(day, Temporal.PlainDate.from(period.to)) <= 0; index++, day = day.add({ days: 1 })) {
    days.push({ day: day.toString(), views: 100 + index * 10, reach: 50 + index * 5, interactions: 5 + index, followers: 1000 + index * 2, followerChange: 2 });
  }
  return days;
}

/** The lemon post's history: four checkpoints, then the next one due. */
export function lemonDetail(): InsightPostDetail {
  return {
    post: insightPost('p-lemon'),
    history: [
      { at: '2025-12-03T18:00:00.000Z', checkpoint: '1h', values: { views: 200, reach: 150, likes: 12, interactions: 14 } },
      { at: '2025-12-04T17:00:00.000Z', checkpoint: '24h', values: { views: 1100, reach: 800, likes: 55, interactions: 66 } },
      { at: '2025-12-06T17:00:00.000Z', checkpoint: '72h', values: { views: 1500, reach: 1000, likes: 70, interactions: 85 } },
    ],
    nextMeasurementAt: '2025-12-10T17:00:00.000Z',
    notAvailable: ['Instagram does not give shares for this kind of post.'],
  };
}

function previousOf(period: InsightsPeriod): InsightsPeriod {
  const from = Temporal.PlainDate.from(period.from);
  const days = from.until(Temporal.PlainDate.from(period.to)).days + 1;
  return { from: from.subtract({ days }).toString(), to: from.subtract({ days: 1 }).toString() };
}

function matches(post: InsightPost, { period, accountIds, platforms }: InsightsQuery, timeZone: string): boolean {
  const day = Temporal.Instant.from(post.publishedAt).toZonedDateTimeISO(timeZone).toPlainDate().toString();
  return (
    day >= period.from && day <= period.to && (!accountIds || accountIds.includes(post.accountId)) && (!platforms || platforms.includes(post.platform))
  );
}

const byRate = (a: InsightPost, b: InsightPost) => (b.engagementRate ?? -1) - (a.engagementRate ?? -1);

const notFound: Result<never> = { ok: false, code: 'NOT_FOUND', message: 'Outpost has no figures for that post.' };

export function createFakeInsights({ emit, timeZone }: FakeInsightsDependencies & { timeZone: () => string }): FakeInsights {
  const store: FakeInsightsStore = {
    headline: bakeryHeadline(),
    posts: bakeryPosts(),
    daily: steadyDaily,
    bestTimes: bakeryBestTimes(),
    collection: idleCollection(),
    details: { 'p-lemon': lemonDetail() },
    suggestions: {},
    now: () => new Date(),
  };

  const postsOf = (query: InsightsQuery) => store.posts.filter((post) => matches(post, query, timeZone())).sort(byRate);

  const handlers: FakeInsights['handlers'] = {
    'insights.dashboard': (query) => {
      const posts = postsOf(query);
      return ok({
        period: query.period,
        previousPeriod: previousOf(query.period),
        timezone: timeZone(),
        headline: store.headline,
        daily: store.daily(query.period),
        postsByEngagement: posts.slice(0, 20),
        topPosts: posts.slice(0, 5),
        bottomPosts: posts.slice(-5).reverse(),
        bestTimes: store.bestTimes,
        collection: store.collection,
      });
    },
    'insights.post': ({ postId }) => {
      const detail = store.details[postId];
      return detail ? ok(detail) : notFound;
    },
    'insights.refreshPost': ({ postId }) => {
      const detail = store.details[postId];
      if (!detail) return notFound;
      const last = detail.history.at(-1)?.values ?? {};
      const measured = { at: store.now().toISOString(), checkpoint: null, values: { ...last, views: (last.views ?? 0) + 10 } };
      store.details[postId] = { ...detail, history: [...detail.history, measured] };
      emit('insights.changed', store.collection);
      return ok(store.details[postId]);
    },
    'insights.refreshAccount': () => {
      store.collection = { ...store.collection, lastRunAt: store.now().toISOString() };
      emit('insights.changed', store.collection);
      return ok(store.collection);
    },
    'insights.status': () => ok(store.collection),
    'insights.exportCsv': ({ kind, query }) => {
      const name = `outpost-${kind}-${query.period.from}-to-${query.period.to}.csv`;
      if (kind === 'daily') {
        const rows = store.daily(query.period).map((day) => `${day.day},${day.views ?? ''},${day.reach ?? ''},${day.followers ?? ''}`);
        return ok({ fileName: name, csv: ['day,views,reach,followers', ...rows].join('\n') });
      }
      const rows = postsOf(query).map((post) => `${post.postId},${post.accountName},${post.publishedAt},${post.metrics.views ?? ''}`);
      return ok({ fileName: name, csv: ['post,account,published,views', ...rows].join('\n') });
    },
    'insights.suggestSlots': ({ accountId }) => ok(store.suggestions[accountId] ?? { accountId, slots: [], enoughData: false }),
  };

  return { store, handlers };
}
