import { describe, expect, it } from 'vitest';
import type { PostType } from '../../../../preload/contract';
import type { InsightsCallContext } from '../../../../main/insights/insightsSource';
import { createInsightsSources } from '../../../../main/insights/sources/insightsSources';
import { addDays } from '../../../../main/insights/localDates';
import { metaDayOf, metaDayStart } from '../../../../main/insights/sources/metaDays';
import { publishPagePost } from '../../../../main/platforms/meta/facebookPublishing';
import { ThrottledError } from '../../../../main/platforms/platformErrors';
import { facebookPostTotals } from '../../../../main/sandbox/insights/facebookPostModel';
import type { FacebookPostRecord } from '../../../../main/sandbox/world/sandboxState';
import { DAY, HOUR, usePlatformSandbox } from '../../platforms/support/platformSandbox';
import { memoryRefusedMetrics, modelWorld, rawGraphGet, recordRequests, sourceContext } from './sourceWorld';

/**
 * The Facebook Page source against the sandbox over HTTP, with the Page token: a post's figures
 * are the sandbox's own model at its clock (insights plus the post's comment and share counters),
 * the Page's days what the sandbox serves, recent posts its live posts with their kinds.
 */
const SEED = 'insights-source-facebook';
const ctx = usePlatformSandbox({ seed: SEED, history: { days: 60 } });
const source = createInsightsSources().facebook;

function pageContext(refused = memoryRefusedMetrics()): InsightsCallContext {
  return sourceContext(ctx, { platform: 'facebook', platformAccountId: ctx.demo.meta.pageId, loginPath: 'facebook_login' }, () => ctx.pageToken(), refused);
}

const KINDS: Record<FacebookPostRecord['kind'], PostType> = { status: 'text', link: 'link', photo: 'photo', album: 'multi_photo', video: 'video' };

function postRecord(postId: string): FacebookPostRecord {
  const post = ctx.control.state().facebook.posts[postId];
  if (!post) throw new Error(`No post ${postId} in the sandbox.`);
  return post;
}

describe('Facebook Page source', () => {
  it('measurePost: reach, views, reactions, clicks, comments, shares and interactions are the sandbox’s numbers', async () => {
    const postId = await publishPagePost(ctx.networks.metaGraph, { pageId: ctx.demo.meta.pageId, pageAccessToken: await ctx.pageToken(), message: 'Rye is back' });
    ctx.advance(2 * DAY);
    const history = Object.values(ctx.control.state().facebook.posts).filter((post) => post.kind !== 'status').slice(0, 3);
    for (const record of [postRecord(postId), ...history]) {
      const totals = facebookPostTotals(modelWorld(ctx, SEED), record);
      const figures = await source.measurePost(pageContext(), { platformPostId: record.id, kind: KINDS[record.kind], publishedAt: ctx.now() });
      expect(figures, record.kind).toEqual({
        reach: totals.reach,
        views: totals.views,
        likes: totals.reactionsTotal,
        clicks: totals.clicks,
        comments: totals.comments,
        shares: totals.shares,
        interactions: totals.reactionsTotal + totals.comments + totals.shares,
      });
    }
  });

  it('measurePost: a post not out yet has nothing: {}', async () => {
    const pageAccessToken = await ctx.pageToken();
    const postId = await publishPagePost(ctx.networks.metaGraph, {
      pageId: ctx.demo.meta.pageId,
      pageAccessToken,
      message: 'Tomorrow’s special',
      scheduledPublishTime: new Date(ctx.now().getTime() + 2 * DAY),
    });
    expect(await source.measurePost(pageContext(), { platformPostId: postId, kind: 'text', publishedAt: ctx.now() })).toEqual({});
  });

  it('recentPosts: the Page’s live posts, newest first, with their kinds', async () => {
    const found = await source.recentPosts(pageContext());
    const live = Object.values(ctx.control.state().facebook.posts)
      .filter((post) => post.published && post.publishedAt !== null)
      .sort((a, b) => (b.publishedAt ?? 0) - (a.publishedAt ?? 0))
      .slice(0, 50);
    expect(found.map((post) => [post.platformPostId, post.kind, post.publishedAt.getTime(), post.caption])).toEqual(
      live.map((post) => [post.id, KINDS[post.kind], Math.floor((post.publishedAt ?? 0) / 1000) * 1000, post.message]),
    );
    expect(new Set(found.map((post) => post.kind))).toEqual(new Set(['text', 'link', 'photo']));
    for (const post of found) expect(post.permalink).toMatch(/^https:\/\/www\.facebook\.com\//);
  });

  it('accountDays: the Page’s days as the sandbox serves them, 90 days per call; followers today from followers_count', async () => {
    const sent = recordRequests(ctx.networks.metaGraph);
    const today = metaDayOf(ctx.now());
    const since = addDays(today, -99);
    const days = await source.accountDays(pageContext(), { since, until: today });
    expect(days.map((day) => day.day)).toEqual(Array.from({ length: 100 }, (_, index) => addDays(since, index)));
    const insightCalls = sent.filter((request) => request.url.endsWith('/insights'));
    expect(insightCalls).toHaveLength(2);

    const seconds = (day: string) => Math.floor(metaDayStart(day).getTime() / 1000);
    type Series = { data: { name: string; values: { value: number | Record<string, number>; end_time: string }[] }[] };
    const readWindow = async (from: string, to: string) =>
      rawGraphGet<Series>(ctx, 'metaGraph', `${ctx.demo.meta.pageId}/insights`, {
        metric: 'page_total_media_view_unique,page_media_view,page_post_engagements,page_daily_follows_unique,page_daily_unfollows_unique,page_follows',
        period: 'day',
        since: seconds(from),
        until: Math.min(seconds(addDays(to, 1)) - 1, Math.floor(ctx.now().getTime() / 1000)),
        access_token: await ctx.pageToken(),
      });
    const windows = [await readWindow(since, addDays(since, 89)), await readWindow(addDays(since, 90), today)];
    const valuesOf = (name: string) =>
      windows.flatMap((window) => window.data.find((metric) => metric.name === name)?.values.map((point) => point.value) ?? []);
    const sum = (value: number | Record<string, number> | undefined) => (typeof value === 'object' ? Object.values(value).reduce((a, b) => a + b, 0) : value);
    const follows = valuesOf('page_daily_follows_unique');
    const unfollows = valuesOf('page_daily_unfollows_unique');
    const followers = valuesOf('page_follows');
    followers[followers.length - 1] = ctx.control.state().meta.pages[ctx.demo.meta.pageId]?.followersCount ?? NaN;
    expect(days.map((day) => day.values)).toEqual(
      valuesOf('page_total_media_view_unique').map((reach, index) => ({
        reach,
        views: sum(valuesOf('page_media_view')[index]),
        interactions: valuesOf('page_post_engagements')[index],
        followers: followers[index],
        follower_change: (follows[index] as number) - (unfollows[index] as number),
      })),
    );
  });

  it('a throttle answer surfaces as ThrottledError with the time to try again', async () => {
    ctx.control.faults.inject({ kind: 'throttle', code: 32, match: { pathIncludes: '/insights' } });
    const today = metaDayOf(ctx.now());
    const error = await ctx.failure(source.accountDays(pageContext(), { since: addDays(today, -1), until: today }), ThrottledError);
    expect(error.retryAfter.getTime()).toBeGreaterThan(ctx.now().getTime());
  });

  it('each post is measured again after an hour with grown numbers', async () => {
    const postId = await publishPagePost(ctx.networks.metaGraph, { pageId: ctx.demo.meta.pageId, pageAccessToken: await ctx.pageToken(), message: 'Croissants at 7' });
    ctx.advance(HOUR);
    const post = { platformPostId: postId, kind: 'text' as const, publishedAt: ctx.now() };
    const early = await source.measurePost(pageContext(), post);
    ctx.advance(DAY);
    const later = await source.measurePost(pageContext(), post);
    expect(later.reach).toBeGreaterThan(early.reach ?? Infinity);
  });
});
