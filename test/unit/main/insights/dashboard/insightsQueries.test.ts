import type { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InsightsDashboard, InsightPostDetail, type AccountDayMetric, type InsightCheckpoint, type InsightMetric, type InsightsCollectionStatus } from '../../../../../preload/contract';
import { createSilentLogger } from '../../../../../main/diagnostics/logger';
import { DomainError } from '../../../../../main/errors/domainError';
import { createInsightsQueries, type InsightsQueries } from '../../../../../main/insights/dashboard/insightsQueries';
import { openOutpostDatabase, type OpenedDatabase } from '../../../../../main/store/database';
import { useTempDirectory } from '../../../../support/useTempDirectory';

const COLLECTION: InsightsCollectionStatus = { running: false, lastRunAt: null, nextDailyRunAt: null, pendingMeasurements: 0, problems: [] };
/** Berlin is UTC+2 all through these days (the change is on 25 October). */
const PERIOD = { from: '2026-10-01', to: '2026-10-07' };
const QUERY = { period: PERIOD };

interface Seed {
  id: string;
  account: 'ig' | 'tt';
  kind: string;
  publishedAt: string;
  caption?: string;
  thumbnail?: string;
  nextDueAt?: string;
  snapshots: { at: string; checkpoint: InsightCheckpoint | null; values: Partial<Record<InsightMetric, number>> }[];
}

/**
 * The history the answers below are worked out from (owner in Europe/Berlin):
 *  - p1 Instagram feed, Fri 2 Oct 10:00: 1h then 24h; latest views 300, reach 200, interactions 10, likes 8: rate 0.05.
 *  - p2 TikTok video, Tue 6 Oct 23:30: the 24h measurement lost interactions, so the 1h value (30)
 *    stays: views 2000, interactions 30: rate 0.015 (views stand in for reach).
 *  - p3 Instagram reel, Thu 1 Oct 00:30 (30 Sep 22:30 UTC): in the period; reach 100, views 150, interactions 20: rate 0.2.
 *  - p4 Instagram feed, Wed 30 Sep 23:30: the previous period; views 600, reach 500, interactions 10: rate 0.02.
 *  - p5 Instagram feed, Thu 8 Oct 00:00: after the period; reach 1000, interactions 1000: rate 1.
 *  - p6 Instagram feed, Sun 4 Oct 12:00, never measured.
 */
const POSTS: Seed[] = [
  {
    id: 'p1',
    account: 'ig',
    kind: 'feed',
    publishedAt: '2026-10-02T08:00:00.000Z',
    caption: '=1+1, "fresh" bread',
    thumbnail: 'media-1',
    snapshots: [
      { at: '2026-10-02T09:00:00.000Z', checkpoint: '1h', values: { views: 100, reach: 80, interactions: 4 } },
      { at: '2026-10-03T08:00:00.000Z', checkpoint: '24h', values: { views: 300, reach: 200, interactions: 10, likes: 8 } },
    ],
  },
  {
    id: 'p2',
    account: 'tt',
    kind: 'video',
    publishedAt: '2026-10-06T21:30:00.000Z',
    nextDueAt: '2026-10-09T21:30:00.000Z',
    snapshots: [
      { at: '2026-10-06T22:30:00.000Z', checkpoint: '1h', values: { views: 1000, interactions: 30, likes: 20 } },
      { at: '2026-10-07T21:30:00.000Z', checkpoint: '24h', values: { views: 2000, likes: 50 } },
    ],
  },
  { id: 'p3', account: 'ig', kind: 'reel', publishedAt: '2026-09-30T22:30:00.000Z', snapshots: [{ at: '2026-10-01T22:30:00.000Z', checkpoint: '24h', values: { reach: 100, views: 150, interactions: 20 } }] },
  { id: 'p4', account: 'ig', kind: 'feed', publishedAt: '2026-09-30T21:30:00.000Z', snapshots: [{ at: '2026-10-01T21:30:00.000Z', checkpoint: '24h', values: { views: 600, reach: 500, interactions: 10 } }] },
  { id: 'p5', account: 'ig', kind: 'feed', publishedAt: '2026-10-07T22:00:00.000Z', snapshots: [{ at: '2026-10-08T22:00:00.000Z', checkpoint: null, values: { reach: 1000, interactions: 1000 } }] },
  { id: 'p6', account: 'ig', kind: 'feed', publishedAt: '2026-10-04T10:00:00.000Z', snapshots: [] },
];

/**
 * Account days: Instagram reports daily follower changes (3 and -1 in the period, 5 in the one
 * before); TikTok only its follower count (500 the day before the period, 540 on its last counted day).
 */
const DAYS: [account: 'ig' | 'tt', day: string, metric: AccountDayMetric, value: number][] = [
  ['ig', '2026-09-23', 'followers', 1000],
  ['ig', '2026-09-25', 'follower_change', 5],
  ['ig', '2026-10-01', 'follower_change', 3],
  ['ig', '2026-10-01', 'views', 100],
  ['tt', '2026-10-01', 'views', 50],
  ['ig', '2026-10-05', 'follower_change', -1],
  ['ig', '2026-10-07', 'followers', 1007],
  ['tt', '2026-09-30', 'followers', 500],
  ['tt', '2026-10-06', 'followers', 540],
  ['tt', '2026-10-08', 'followers', 999],
];

function seed(db: DatabaseSync): void {
  const account = db.prepare("INSERT INTO accounts (id, platform, display_name, is_demo, created_at) VALUES (?, ?, ?, 1, '2026-01-01T00:00:00.000Z')");
  account.run('ig', 'instagram', 'rosies.bakery');
  account.run('tt', 'tiktok', 'Rosie on TikTok');
  const post = db.prepare(`INSERT INTO insight_posts (id, account_id, platform, platform_post_id, origin, kind, published_at, caption, permalink, thumbnail_media_id, next_due_at)
    VALUES (?, ?, ?, ?, 'imported', ?, ?, ?, ?, ?, ?)`);
  const snapshot = db.prepare('INSERT INTO insight_snapshots (post_id, taken_at, checkpoint, metric, value) VALUES (?, ?, ?, ?, ?)');
  for (const entry of POSTS) {
    const platform = entry.account === 'ig' ? 'instagram' : 'tiktok';
    post.run(entry.id, entry.account, platform, `platform-${entry.id}`, entry.kind, entry.publishedAt, entry.caption ?? `Post ${entry.id}`, `https://example.com/${entry.id}`, entry.thumbnail ?? null, entry.nextDueAt ?? null);
    for (const { at, checkpoint, values } of entry.snapshots) {
      for (const [metric, value] of Object.entries(values)) snapshot.run(entry.id, at, checkpoint, metric, value);
    }
  }
  const day = db.prepare("INSERT INTO account_insight_days (account_id, day, metric, value, collected_at) VALUES (?, ?, ?, ?, '2026-10-09T01:00:00.000Z')");
  for (const [accountId, date, metric, value] of DAYS) day.run(accountId, date, metric, value);
}

describe('insights queries', () => {
  const directory = useTempDirectory('insights-queries');
  let opened: OpenedDatabase | undefined;
  afterEach(() => opened?.close());

  function open(timeZone = 'Europe/Berlin'): InsightsQueries {
    opened = openOutpostDatabase({ file: join(directory(), 'outpost.db'), logger: createSilentLogger() });
    seed(opened.db);
    return createInsightsQueries({ db: opened.db, timezone: () => timeZone, thumbnailUrl: (id) => `outpost-media://thumbnail/${id}` });
  }

  const ids = (posts: readonly { postId: string }[]) => posts.map((post) => post.postId);

  it('gives the headline of the period against the previous one', () => {
    const dashboard = open().dashboard(QUERY, COLLECTION);
    expect(InsightsDashboard.parse(dashboard)).toEqual(dashboard);
    expect(dashboard.period).toEqual(PERIOD);
    expect(dashboard.previousPeriod).toEqual({ from: '2026-09-24', to: '2026-09-30' });
    expect(dashboard.timezone).toBe('Europe/Berlin');
    expect(dashboard.collection).toBe(COLLECTION);
    const { headline } = dashboard;
    // p1, p2, p3 and p6 against p4.
    expect(headline.posts).toEqual({ current: 4, previous: 1, change: 3, changeRatio: 3 });
    expect(headline.views).toEqual({ current: 300 + 2000 + 150, previous: 600, change: 1850, changeRatio: 1850 / 600 });
    expect(headline.reach).toEqual({ current: 300, previous: 500, change: -200, changeRatio: -0.4 });
    expect(headline.interactions).toEqual({ current: 60, previous: 10, change: 50, changeRatio: 5 });
    // (10 + 30 + 20) / (200 + 2000 + 100), TikTok's views standing in for its reach.
    expect(headline.engagementRate.current).toBe(60 / 2300);
    expect(headline.engagementRate.previous).toBe(0.02);
    // Instagram 3 - 1, TikTok 540 - 500; before: Instagram 5, TikTok unknown (no count before).
    expect(headline.followerChange).toEqual({ current: 42, previous: 5, change: 37, changeRatio: 7.4 });
  });

  it('gives every day of the period, summed over the accounts', () => {
    const { daily } = open().dashboard(QUERY, COLLECTION);
    expect(daily.map((day) => day.day)).toEqual(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']);
    expect(daily[0]).toEqual({ day: '2026-10-01', views: 150, reach: null, interactions: null, followers: null, followerChange: 3 });
    expect(daily[5]).toEqual({ day: '2026-10-06', views: null, reach: null, interactions: null, followers: 540, followerChange: null });
    expect(daily[6]?.followers).toBe(1007);
  });

  it("ranks the period's posts with their latest figures", () => {
    const dashboard = open().dashboard(QUERY, COLLECTION);
    expect(ids(dashboard.postsByEngagement)).toEqual(['p3', 'p1', 'p2']);
    expect(ids(dashboard.topPosts)).toEqual(['p3', 'p1', 'p2']);
    expect(dashboard.bottomPosts).toEqual([]);
    expect(dashboard.postsByEngagement[1]).toEqual({
      postId: 'p1',
      targetId: null,
      origin: 'imported',
      accountId: 'ig',
      accountName: 'rosies.bakery',
      platform: 'instagram',
      kind: 'feed',
      publishedAt: '2026-10-02T08:00:00.000Z',
      caption: '=1+1, "fresh" bread',
      permalink: 'https://example.com/p1',
      thumbnailUrl: 'outpost-media://thumbnail/media-1',
      metrics: { views: 300, reach: 200, interactions: 10, likes: 8 },
      engagementRate: 0.05,
      measuredAt: '2026-10-03T08:00:00.000Z',
    });
    expect(dashboard.postsByEngagement[2]).toMatchObject({ metrics: { views: 2000, interactions: 30, likes: 50 }, engagementRate: 0.015, thumbnailUrl: null });
  });

  it("places the whole history in the owner's weekday-hours", () => {
    const { bestTimes } = open().dashboard(QUERY, COLLECTION);
    const cell = (weekday: number, hour: number) => bestTimes.cells[(weekday - 1) * 24 + hour];
    // Thursday 00:xx holds p3 (0.2) and p5 (1, outside the period but in the history).
    expect(cell(4, 0)?.posts).toBe(2);
    expect(cell(4, 0)?.engagementRate).toBeCloseTo(0.6, 12);
    expect(cell(5, 10)).toEqual({ weekday: 5, hour: 10, posts: 1, engagementRate: 0.05 });
    expect(cell(2, 23)).toMatchObject({ posts: 1, engagementRate: 0.015 });
    expect(cell(3, 23)).toMatchObject({ posts: 1, engagementRate: 0.02 });
    // p6 has no rate, so it tells nothing about its hour.
    expect(cell(7, 12)?.posts).toBe(0);
    expect(bestTimes).toMatchObject({ postsConsidered: 5, enoughData: false });
  });

  it('keeps to the accounts and platforms asked for', () => {
    const queries = open();
    const tiktok = queries.dashboard({ ...QUERY, platforms: ['tiktok'] }, COLLECTION);
    expect(tiktok.headline.posts).toEqual({ current: 1, previous: 0, change: 1, changeRatio: null });
    expect(tiktok.headline.followerChange.current).toBe(40);
    expect(tiktok.daily[0]?.views).toBe(50);
    expect(tiktok.bestTimes.postsConsidered).toBe(1);
    const instagram = queries.dashboard({ ...QUERY, accountIds: ['ig'] }, COLLECTION);
    expect(ids(instagram.postsByEngagement)).toEqual(['p3', 'p1']);
    expect(instagram.headline.followerChange.current).toBe(2);
    expect(instagram.daily[0]?.views).toBe(100);
  });

  it("counts a post in the period its time falls in on the owner's calendar", () => {
    // In New York (UTC-4) p3 (30 Sep 18:30) is in the previous period and p5 (7 Oct 18:00) in this one.
    const dashboard = open('America/New_York').dashboard(QUERY, COLLECTION);
    expect(ids(dashboard.postsByEngagement)).toEqual(['p5', 'p1', 'p2']);
    expect(dashboard.headline.posts.previous).toBe(2);
  });

  it("gives a post's measurements, oldest first, with what its platform never reports", () => {
    const queries = open();
    const detail = queries.post('p2');
    expect(InsightPostDetail.parse(detail)).toEqual(detail);
    expect(detail.post).toMatchObject({ postId: 'p2', accountName: 'Rosie on TikTok', metrics: { views: 2000, interactions: 30, likes: 50 } });
    expect(detail.history).toEqual([
      { at: '2026-10-06T22:30:00.000Z', checkpoint: '1h', values: { views: 1000, interactions: 30, likes: 20 } },
      { at: '2026-10-07T21:30:00.000Z', checkpoint: '24h', values: { views: 2000, likes: 50 } },
    ]);
    expect(detail.nextMeasurementAt).toBe('2026-10-09T21:30:00.000Z');
    expect(detail.notAvailable[0]).toBe('TikTok does not report reach; views stand in for it.');
    expect(queries.post('p6')).toMatchObject({ history: [], nextMeasurementAt: null, post: { metrics: {}, engagementRate: null, measuredAt: null } });
  });

  it('says a post it does not hold is not found', () => {
    const queries = open();
    expect(() => queries.post('nope')).toThrow(DomainError);
    expect(() => queries.post('nope')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it("exports the period's posts and the accounts' days as CSV", () => {
    const queries = open();
    const posts = queries.exportCsv('posts', QUERY);
    expect(posts.fileName).toBe('outpost-posts-2026-10-01-to-2026-10-07.csv');
    const lines = posts.csv.split('\r\n');
    expect(lines).toHaveLength(1 + 4 + 1);
    expect(lines[0]).toMatch(/^account,platform,kind,published_at,caption,permalink,views,/);
    expect(lines.slice(1, 5).map((line) => line.split(',')[3])).toEqual([
      '2026-10-01T00:30:00+02:00',
      '2026-10-02T10:00:00+02:00',
      '2026-10-04T12:00:00+02:00',
      '2026-10-06T23:30:00+02:00',
    ]);
    expect(lines[2]).toBe(
      'rosies.bakery,instagram,feed,2026-10-02T10:00:00+02:00,"\'=1+1, ""fresh"" bread",https://example.com/p1,300,200,8,,,,,10,,,,0.05,2026-10-03T10:00:00+02:00',
    );
    const daily = queries.exportCsv('daily', { ...QUERY, accountIds: ['tt'] });
    expect(daily.fileName).toBe('outpost-daily-2026-10-01-to-2026-10-07.csv');
    expect(daily.csv.split('\r\n').slice(1)).toEqual(['2026-10-01,Rosie on TikTok,tiktok,,,,50,,,,', '2026-10-06,Rosie on TikTok,tiktok,540,,,,,,,', '']);
  });

  it("suggests an account's best hours with its history", () => {
    const queries = open();
    // Instagram: Thursday 00:00 holds two posts (p3, p5); every other hour one.
    expect(queries.suggestSlots('ig')).toEqual({ accountId: 'ig', slots: [{ weekday: 4, time: '00:00', posts: 2, engagementRate: 0.6 }], enoughData: false });
    expect(queries.suggestSlots('tt')).toEqual({ accountId: 'tt', slots: [], enoughData: false });
  });
});
