import { describe, expect, it } from 'vitest';
import type { LoginPath } from '../../../../preload/contract';
import type { InsightsCallContext, PostFigures } from '../../../../main/insights/insightsSource';
import { createInsightsSources } from '../../../../main/insights/sources/insightsSources';
import { addDays } from '../../../../main/insights/localDates';
import { metaDayOf, metaDayStart } from '../../../../main/insights/sources/metaDays';
import { createMediaContainer, type ContainerContent } from '../../../../main/platforms/meta/instagramPublishing';
import { ThrottledError } from '../../../../main/platforms/platformErrors';
import { instagramMediaTotals, type InstagramMediaTotals } from '../../../../main/sandbox/insights/instagramMediaModel';
import type { InstagramMediaRecord } from '../../../../main/sandbox/world/sandboxState';
import { publish } from '../../platforms/support/instagramFlow';
import { DAY, HOUR, usePlatformSandbox } from '../../platforms/support/platformSandbox';
import { memoryRefusedMetrics, modelWorld, rawGraphGet, recordRequests, sourceContext } from './sourceWorld';

/**
 * The Instagram insights source against the sandbox over HTTP, on both login paths: a post's
 * figures are the sandbox's own model at its clock, account days what the sandbox serves, recent
 * posts its media and live stories; refused and deprecated names are remembered and not asked
 * again; a young story is `{}`; a throttle is a ThrottledError.
 */
const SEED = 'insights-source-instagram';
const ctx = usePlatformSandbox({ seed: SEED, history: { days: 60 } });
const source = createInsightsSources().instagram;

function instagramContext(loginPath: LoginPath, refused = memoryRefusedMetrics()): InsightsCallContext {
  return sourceContext(
    ctx,
    { platform: 'instagram', platformAccountId: ctx.demo.instagram.accountId, loginPath },
    loginPath === 'instagram_login' ? () => ctx.instagramToken() : () => ctx.pageToken(),
    refused,
  );
}

function graphOf(loginPath: LoginPath) {
  return loginPath === 'instagram_login' ? ctx.networks.instagramGraph : ctx.networks.metaGraph;
}

/** Publishes on the account's own path, as Outpost would. */
async function published(loginPath: LoginPath, content: ContainerContent): Promise<string> {
  const graph = graphOf(loginPath);
  const accessToken = loginPath === 'instagram_login' ? ctx.instagramToken() : await ctx.pageToken();
  const igUserId = ctx.demo.instagram.accountId;
  const containerId = await createMediaContainer(graph, { igUserId, accessToken, content });
  ctx.advance(30_000);
  return publish({ graph, igUserId, accessToken }, containerId);
}

function mediaRecord(mediaId: string): InstagramMediaRecord {
  const media = ctx.control.state().instagram.media[mediaId];
  if (!media) throw new Error(`No media ${mediaId} in the sandbox.`);
  return media;
}

function modelTotals(mediaId: string): InstagramMediaTotals {
  return instagramMediaTotals(modelWorld(ctx, SEED), mediaRecord(mediaId));
}

/** The sandbox model's numbers in Outpost's names, for the metrics of each kind. */
function expectedFigures(totals: InstagramMediaTotals, kind: 'feed' | 'reel' | 'story'): PostFigures {
  const shared: PostFigures = { views: totals.views, reach: totals.reach, shares: totals.shares, interactions: totals.totalInteractions };
  if (kind === 'story') return { ...shared, replies: totals.replies, profile_activity: totals.profileActivity };
  const posted: PostFigures = { ...shared, likes: totals.likes, comments: totals.comments, saves: totals.saved };
  return kind === 'reel' ? { ...posted, avg_watch_time_ms: totals.avgWatchTimeMs } : { ...posted, profile_activity: totals.profileActivity };
}

const metricsAsked = (request: { params: Record<string, string> }) => (request.params.metric ?? '').split(',');

describe.each<LoginPath>(['facebook_login', 'instagram_login'])('Instagram (%s)', (loginPath) => {
  it('measurePost: a feed photo, a carousel and a reel give exactly the sandbox’s numbers', async () => {
    const photo = await published(loginPath, { kind: 'image', imageUrl: ctx.mediaUrl('image.jpg') });
    const reel = await published(loginPath, { kind: 'reel', videoUrl: ctx.mediaUrl('video.mp4', { duration_ms: 20_000 }) });
    ctx.advance(26 * HOUR);
    const context = instagramContext(loginPath);
    const at = (id: string) => ({ platformPostId: id, publishedAt: ctx.now() });
    expect(await source.measurePost(context, { ...at(photo), kind: 'feed' })).toEqual(expectedFigures(modelTotals(photo), 'feed'));
    expect(await source.measurePost(context, { ...at(reel), kind: 'reel' })).toEqual(expectedFigures(modelTotals(reel), 'reel'));
    const carousel = Object.values(ctx.control.state().instagram.media).find((media) => media.mediaType === 'CAROUSEL_ALBUM');
    if (!carousel) throw new Error('The demo history has no carousel.');
    expect(await source.measurePost(context, { ...at(carousel.id), kind: 'carousel' })).toEqual(expectedFigures(modelTotals(carousel.id), 'feed'));
  });

  it('measurePost: a story under 5 viewers is {}, then its numbers, then {} after its 24 hours', async () => {
    const story = await published(loginPath, { kind: 'imageStory', imageUrl: ctx.mediaUrl('image.jpg', { width: 1080, height: 1920 }) });
    const post = { platformPostId: story, kind: 'story' as const, publishedAt: ctx.now() };
    const context = instagramContext(loginPath);
    expect(modelTotals(story).reach).toBeLessThan(5);
    expect(await source.measurePost(context, post)).toEqual({});
    ctx.advance(3 * HOUR);
    expect(modelTotals(story).reach).toBeGreaterThanOrEqual(5);
    expect(await source.measurePost(context, post)).toEqual(expectedFigures(modelTotals(story), 'story'));
    ctx.advance(DAY);
    expect(await source.measurePost(context, post)).toEqual({});
  });

  it('recentPosts: the media page and the live stories, newest first, with their kinds', async () => {
    const story = await published(loginPath, { kind: 'imageStory', imageUrl: ctx.mediaUrl('image.jpg', { width: 1080, height: 1920 }) });
    const found = await source.recentPosts(instagramContext(loginPath));
    const state = ctx.control.state();
    const listed = Object.values(state.instagram.media)
      .filter((media) => !media.isCarouselChild && (media.productType !== 'STORY' || media.timestamp > ctx.now().getTime() - DAY))
      .sort((a, b) => b.timestamp - a.timestamp)
      .slice(0, 50);
    const kindOf = (media: InstagramMediaRecord) =>
      media.productType === 'STORY' ? 'story' : media.productType === 'REELS' ? 'reel' : media.mediaType === 'CAROUSEL_ALBUM' ? 'carousel' : 'feed';
    expect(found.map((post) => [post.platformPostId, post.kind, post.publishedAt.getTime(), post.caption])).toEqual(
      listed.map((media) => [media.id, kindOf(media), Math.floor(media.timestamp / 1000) * 1000, media.caption]),
    );
    expect(found[0]?.platformPostId).toBe(story);
    expect(new Set(found.map((post) => post.kind))).toEqual(new Set(['feed', 'carousel', 'reel', 'story']));
    for (const post of found) expect(post.permalink).toMatch(/^https:\/\/www\.instagram\.com\//);
  });

  it('accountDays: reach, follower change, views, interactions and profile taps per day as the sandbox serves them; followers walked back from today', async () => {
    const context = instagramContext(loginPath);
    const today = metaDayOf(ctx.now());
    const since = addDays(today, -6);
    const days = await source.accountDays(context, { since, until: today });
    expect(days.map((day) => day.day)).toEqual(Array.from({ length: 7 }, (_, index) => addDays(since, index)));

    const host = loginPath === 'instagram_login' ? 'instagramGraph' : 'metaGraph';
    const access_token = loginPath === 'instagram_login' ? ctx.instagramToken() : await ctx.pageToken();
    const igUserId = ctx.demo.instagram.accountId;
    const seconds = (day: string) => Math.floor(metaDayStart(day).getTime() / 1000);
    type Series = { data: { name: string; values: { value: number; end_time: string }[] }[] };
    const series = await rawGraphGet<Series>(ctx, host, `${igUserId}/insights`, {
      metric: 'reach,follower_count', period: 'day', since: seconds(since), until: Math.floor(ctx.now().getTime() / 1000), access_token,
    });
    const seriesOf = (name: string) => series.data.find((metric) => metric.name === name)?.values.map((point) => point.value);
    expect(days.map((day) => day.values.reach)).toEqual(seriesOf('reach'));
    expect(days.map((day) => day.values.follower_change)).toEqual(seriesOf('follower_count'));

    for (const day of days) {
      type Totals = { data: { name: string; total_value: { value: number } }[] };
      const totals = await rawGraphGet<Totals>(ctx, host, `${igUserId}/insights`, {
        metric: 'views,total_interactions,profile_links_taps', metric_type: 'total_value', period: 'day',
        since: seconds(day.day), until: Math.min(seconds(addDays(day.day, 1)) - 1, Math.floor(ctx.now().getTime() / 1000)), access_token,
      });
      const total = (name: string) => totals.data.find((metric) => metric.name === name)?.total_value.value;
      expect(day.values, day.day).toMatchObject({ views: total('views'), interactions: total('total_interactions'), profile_activity: total('profile_links_taps') });
    }

    const followersNow = ctx.control.state().instagram.accounts[igUserId]?.followersCount;
    expect(days.at(-1)?.values.followers).toBe(followersNow);
    for (let index = days.length - 2; index >= 0; index--) {
      const later = days[index + 1]?.values;
      expect(days[index]?.values.followers).toBe((later?.followers ?? NaN) - (later?.follower_change ?? NaN));
    }
  });

  it('accountDays: days older than Instagram’s 30 are not asked', async () => {
    const sent = recordRequests(graphOf(loginPath));
    const today = metaDayOf(ctx.now());
    const days = await source.accountDays(instagramContext(loginPath), { since: addDays(today, -45), until: today });
    expect(days[0]?.day).toBe(addDays(today, -29));
    expect(days).toHaveLength(30);
    // The followers read, one series, and one total per day.
    expect(sent.filter((request) => request.url.endsWith('/insights'))).toHaveLength(31);
  });
});

describe('Instagram metrics the platform refuses', () => {
  it('a metric no longer supported for a product type is remembered, dropped from this call and never asked again', async () => {
    const photo = await published('facebook_login', { kind: 'image', imageUrl: ctx.mediaUrl('image.jpg') });
    ctx.advance(DAY);
    ctx.control.faults.withdrawMetric({ metric: 'profile_activity', productType: 'FEED' });
    const refused = memoryRefusedMetrics();
    const context = instagramContext('facebook_login', refused);
    const sent = recordRequests(ctx.networks.metaGraph);
    const post = { platformPostId: photo, kind: 'feed' as const, publishedAt: ctx.now() };

    const { profile_activity: _dropped, ...rest } = expectedFigures(modelTotals(photo), 'feed');
    expect(await source.measurePost(context, post)).toEqual(rest);
    expect(refused.remembered).toEqual([
      { platform: 'instagram', kind: 'feed', metric: 'profile_activity', deprecated: false, reason: expect.stringMatching(/does not support the profile_activity metric for this media product type/) },
    ]);
    const insightCalls = () => sent.filter((request) => request.url.endsWith('/insights'));
    expect(insightCalls().map(metricsAsked).map((metrics) => metrics.includes('profile_activity'))).toEqual([true, false]);

    ctx.control.faults.clear();
    await source.measurePost(context, post);
    expect(insightCalls()).toHaveLength(3);
    expect(metricsAsked(insightCalls()[2] ?? { params: {} })).not.toContain('profile_activity');
    expect(refused.remembered).toHaveLength(1);
  });

  it('a deprecated name is remembered as deprecated, with the platform’s words', async () => {
    const reel = await published('instagram_login', { kind: 'reel', videoUrl: ctx.mediaUrl('video.mp4', { duration_ms: 12_000 }) });
    ctx.advance(DAY);
    // Through the HTTP control endpoint this time, as demo mode and a person would.
    const withdrawal = await fetch(`${ctx.sandbox.urls.control}/faults/withdraw-metric`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ metric: 'saved', deprecated: true }),
    });
    expect(withdrawal.status).toBe(200);
    const refused = memoryRefusedMetrics();
    const figures = await source.measurePost(instagramContext('instagram_login', refused), { platformPostId: reel, kind: 'reel', publishedAt: ctx.now() });
    expect(figures).not.toHaveProperty('saves');
    expect(figures.reach).toBe(modelTotals(reel).reach);
    expect(refused.remembered).toEqual([{ platform: 'instagram', kind: 'reel', metric: 'saved', deprecated: true, reason: expect.stringMatching(/saved is deprecated/) }]);
  });

  it('every metric of a kind refused: {} without a call', async () => {
    const refused = memoryRefusedMetrics();
    for (const metric of ['views', 'reach', 'replies', 'shares', 'total_interactions', 'profile_activity']) {
      refused.remember({ platform: 'instagram', kind: 'story', metric, reason: 'test', deprecated: false });
    }
    const sent = recordRequests(ctx.networks.metaGraph);
    expect(await source.measurePost(instagramContext('facebook_login', refused), { platformPostId: '1', kind: 'story', publishedAt: ctx.now() })).toEqual({});
    expect(sent.filter((request) => request.url.endsWith('/insights'))).toEqual([]);
  });
});

describe('Instagram throttling', () => {
  it('a throttle answer surfaces as ThrottledError with the time to try again', async () => {
    const photo = await published('facebook_login', { kind: 'image', imageUrl: ctx.mediaUrl('image.jpg') });
    ctx.control.faults.inject({ kind: 'throttle', code: 80002, match: { pathIncludes: '/insights' } });
    const error = await ctx.failure(source.measurePost(instagramContext('facebook_login'), { platformPostId: photo, kind: 'feed', publishedAt: ctx.now() }), ThrottledError);
    expect(error.retryAfter.getTime()).toBeGreaterThan(ctx.now().getTime());
  });
});
