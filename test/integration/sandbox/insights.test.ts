import { describe, expect, it } from 'vitest';
import { createManualClock, demoIds, startSandbox, type Sandbox } from '../../../main/sandbox';
import { call, START, useSandbox, type GraphErrorBody } from './sandboxHarness';

const IG = demoIds.instagramAccountId;
const PAGE = demoIds.pageId;
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
type Body = Record<string, unknown> & GraphErrorBody;
interface InsightRow {
  name: string;
  period: string;
  values?: { value: unknown; end_time?: string }[];
  total_value?: { value: number; breakdowns?: { dimension_keys: string[]; results: { dimension_values: string[]; value: number }[] }[] };
}

function graph(sandbox: Sandbox, host: 'facebook' | 'instagram' = 'facebook', token?: string) {
  const access = token ?? (host === 'facebook' ? sandbox.control.tokens.issueMetaUserToken().access_token : sandbox.control.tokens.issueInstagramToken().access_token);
  const base = host === 'facebook' ? sandbox.urls.metaGraph : sandbox.urls.instagramGraph;
  return {
    get: (path: string, query: Record<string, string> = {}) => call<Body>('GET', `${base}/v23.0${path}`, { query: { access_token: access, ...query } }),
    post: (path: string, form: Record<string, string> = {}) => call<Body>('POST', `${base}/v23.0${path}`, { form: { access_token: access, ...form } }),
  };
}

async function publishInstagram(sandbox: Sandbox, form: Record<string, string>, host: 'facebook' | 'instagram' = 'facebook'): Promise<string> {
  const api = graph(sandbox, host);
  const id = (await api.post(`/${IG}/media`, form)).body.id as string;
  sandbox.control.clock.advance(30_000);
  return (await api.post(`/${IG}/media_publish`, { creation_id: id })).body.id as string;
}

const image = (sandbox: Sandbox) => ({ image_url: `${sandbox.urls.control}/media/image.jpg?width=1080&height=1350` });
const rows = (body: Body) => body.data as InsightRow[];
const lifetime = (body: Body) => Object.fromEntries(rows(body).map((row) => [row.name, row.values?.[0]?.value as number]));

async function pageToken(sandbox: Sandbox): Promise<string> {
  const accounts = await graph(sandbox).get('/me/accounts');
  return (accounts.body.data as { access_token: string }[])[0]?.access_token ?? '';
}

describe('Instagram media insights (reference 4.1)', () => {
  const ctx = useSandbox();
  const FEED = 'views,reach,likes,comments,saved,shares,total_interactions';

  it('values start at zero, grow over time and hang together', async () => {
    const media = await publishInstagram(ctx.sandbox, image(ctx.sandbox));
    const api = graph(ctx.sandbox);
    const first = lifetime((await api.get(`/${media}/insights`, { metric: FEED })).body);
    expect(first.views).toBe(0);
    const seen: Record<string, number>[] = [];
    for (const hours of [2, 10, 48]) {
      ctx.sandbox.control.clock.advance(hours * HOUR);
      const result = await api.get(`/${media}/insights`, { metric: FEED });
      expect(rows(result.body)[0]).toMatchObject({ name: 'views', period: 'lifetime', id: `${media}/insights/views/lifetime` });
      seen.push(lifetime(result.body));
    }
    for (const [earlier, later] of [
      [seen[0], seen[1]],
      [seen[1], seen[2]],
    ] as [Record<string, number>, Record<string, number>][]) {
      for (const name of Object.keys(later)) expect(later[name]).toBeGreaterThanOrEqual(earlier[name] ?? 0);
    }
    const last = seen[2] as Record<string, number>;
    expect(last.reach).toBeGreaterThan(100);
    expect(last.views).toBeGreaterThan(last.reach ?? 0);
    expect(last.total_interactions).toBe((last.likes ?? 0) + (last.comments ?? 0) + (last.saved ?? 0) + (last.shares ?? 0));
    const fields = await api.get(`/${media}`, { fields: 'like_count,comments_count' });
    expect(fields.body).toMatchObject({ like_count: last.likes, comments_count: last.comments });
  });

  it('gives the same values for the same seed and different ones for another seed', async () => {
    const run = async (seed: string) => {
      const sandbox = await startSandbox({ seed, clock: createManualClock(START) });
      try {
        const media = await publishInstagram(sandbox, image(sandbox));
        sandbox.control.clock.advance(DAY);
        return lifetime((await graph(sandbox).get(`/${media}/insights`, { metric: 'views,reach,likes' })).body);
      } finally {
        await sandbox.close();
      }
    };
    const a = await run('bakery');
    expect(await run('bakery')).toEqual(a);
    expect(await run('salon')).not.toEqual(a);
  });

  it.each([
    ['impressions', 'deprecated since v22.0'],
    ['plays', 'use views'],
    ['video_views', 'deprecated since v21.0'],
    ['taps_forward', 'removed in v18.0'],
  ])('refuses the deprecated metric %s with code 100', async (metric, message) => {
    const media = await publishInstagram(ctx.sandbox, image(ctx.sandbox));
    const result = await graph(ctx.sandbox).get(`/${media}/insights`, { metric: `reach,${metric}` });
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe(100);
    expect(result.body.error.message).toContain(message);
  });

  it('refuses unknown metrics, metrics of another product type, and total_* on graph.instagram.com', async () => {
    const media = await publishInstagram(ctx.sandbox, image(ctx.sandbox));
    const api = graph(ctx.sandbox);
    expect((await api.get(`/${media}/insights`, { metric: 'croissants' })).body.error.message).toMatch(/^\(#100\) metric\[0\] must be one of the following values: /);
    expect((await api.get(`/${media}/insights`, { metric: 'ig_reels_avg_watch_time' })).body.error.message).toBe(
      '(#100) The Media Insights API does not support the ig_reels_avg_watch_time metric for this media product type.',
    );
    expect((await api.get(`/${media}/insights`, { metric: 'total_likes' })).status).toBe(200);
    expect((await graph(ctx.sandbox, 'instagram').get(`/${media}/insights`, { metric: 'total_likes' })).body.error.code).toBe(100);
    expect((await api.get(`/${media}/insights`)).body.error.message).toBe('(#100) The parameter metric is required');
    expect((await api.get(`/${media}/insights`, { metric: 'reach', period: 'day' })).body.error.code).toBe(100);
    expect((await api.get(`/${media}/insights`, { metrics: 'reach' })).body.error.message).toContain('metrics');
  });

  it('serves reel metrics, including watch times in milliseconds', async () => {
    const media = await publishInstagram(ctx.sandbox, { media_type: 'REELS', video_url: `${ctx.sandbox.urls.control}/media/video.mp4?duration_ms=20000` });
    ctx.sandbox.control.clock.advance(DAY);
    const values = lifetime((await graph(ctx.sandbox).get(`/${media}/insights`, { metric: 'views,ig_reels_avg_watch_time,ig_reels_video_view_total_time' })).body);
    expect(values.ig_reels_avg_watch_time).toBeGreaterThan(1_000);
    expect(values.ig_reels_avg_watch_time).toBeLessThan(20_000);
    expect(values.ig_reels_video_view_total_time).toBe((values.ig_reels_avg_watch_time ?? 0) * (values.views ?? 0));
  });

  it('stories: error 10 under 5 viewers, data later, an empty set after 24 hours', async () => {
    const media = await publishInstagram(ctx.sandbox, { media_type: 'STORIES', ...image(ctx.sandbox) });
    const api = graph(ctx.sandbox);
    const early = await api.get(`/${media}/insights`, { metric: 'reach,replies,navigation' });
    expect(early.body.error).toMatchObject({ code: 10, message: '(#10) Not enough viewers for the media to show insights' });
    ctx.sandbox.control.clock.advance(6 * HOUR);
    expect(lifetime((await api.get(`/${media}/insights`, { metric: 'reach,replies' })).body).reach).toBeGreaterThan(5);
    const breakdown = await api.get(`/${media}/insights`, { metric: 'navigation', breakdown: 'story_navigation_action_type' });
    const navigation = rows(breakdown.body)[0]?.total_value;
    expect(navigation?.breakdowns?.[0]?.results.reduce((sum, item) => sum + item.value, 0)).toBe(navigation?.value);
    ctx.sandbox.control.clock.advance(DAY);
    expect((await api.get(`/${media}/insights`, { metric: 'reach' })).body).toEqual({ data: [] });
  });

  it('has no insights for carousel children and needs instagram_manage_insights', async () => {
    const api = graph(ctx.sandbox);
    const children: string[] = [];
    for (let i = 0; i < 2; i++) children.push((await api.post(`/${IG}/media`, { ...image(ctx.sandbox), is_carousel_item: 'true' })).body.id as string);
    ctx.sandbox.control.clock.advance(5_000);
    const album = await publishInstagram(ctx.sandbox, { media_type: 'CAROUSEL', children: children.join(',') });
    const child = ((await api.get(`/${album}`, { fields: 'children' })).body.children as { data: { id: string }[] }).data[0]?.id ?? '';
    expect((await api.get(`/${child}/insights`, { metric: 'reach' })).body.error.code).toBe(100);
    const limited = ctx.sandbox.control.tokens.issueMetaUserToken().access_token;
    await call('DELETE', `${ctx.sandbox.urls.metaGraph}/v23.0/me/permissions/instagram_manage_insights`, { query: { access_token: limited } });
    expect((await graph(ctx.sandbox, 'facebook', limited).get(`/${album}/insights`, { metric: 'reach' })).body.error.code).toBe(10);
  });
});

describe('Instagram account insights (reference 4.2)', () => {
  const ctx = useSandbox();
  const since = (daysAgo: number) => String(Math.floor((START - daysAgo * DAY) / 1000));

  it('gives day series for reach and follower_count', async () => {
    const result = await graph(ctx.sandbox, 'instagram').get(`/${IG}/insights`, { metric: 'reach,follower_count', period: 'day', since: since(7), until: since(0) });
    const [reach, followers] = rows(result.body);
    expect(reach?.values).toHaveLength(8);
    expect(reach?.values?.[0]?.end_time).toMatch(/T08:00:00\+0000$/);
    for (const item of reach?.values ?? []) expect(item.value as number).toBeGreaterThanOrEqual(0);
    expect((followers?.values ?? []).some((item) => (item.value as number) > 0)).toBe(true);
  });

  it('asks for metric_type=total_value for total-only metrics, and breaks them down', async () => {
    const api = graph(ctx.sandbox);
    expect((await api.get(`/${IG}/insights`, { metric: 'views,likes', period: 'day' })).body.error.message).toBe(
      '(#100) The following metrics (views, likes) should be specified with parameter metric_type=total_value',
    );
    await publishInstagram(ctx.sandbox, image(ctx.sandbox));
    await publishInstagram(ctx.sandbox, { media_type: 'REELS', video_url: `${ctx.sandbox.urls.control}/media/video.mp4` });
    ctx.sandbox.control.clock.advance(2 * DAY);
    const result = await api.get(`/${IG}/insights`, { metric: 'views', period: 'day', metric_type: 'total_value', breakdown: 'media_product_type', since: since(0) });
    const total = rows(result.body)[0]?.total_value;
    const results = total?.breakdowns?.[0]?.results ?? [];
    expect(results.map((item) => item.dimension_values[0]).sort()).toEqual(['POST', 'REEL']);
    expect(results.reduce((sum, item) => sum + item.value, 0)).toBe(total?.value);
    expect(total?.value).toBeGreaterThan(0);
  });

  it.each([
    [{ metric: 'impressions', period: 'day' }, 'deprecated since v22.0'],
    [{ metric: 'profile_views', period: 'day' }, 'profile_views was deprecated'],
    [{ metric: 'website_clicks', period: 'day', metric_type: 'total_value' }, 'profile_links_taps'],
    [{ metric: 'reach', period: 'week' }, 'period week'],
    [{ metric: 'reach', period: 'day', since: String(Math.floor((START - 31 * DAY) / 1000)) }, 'more than 30 days'],
    [{ metric: 'reach', period: 'day', metric_type: 'total_value', breakdown: 'contact_button_type' }, 'breakdown contact_button_type'],
    [{ metric: 'reach', periode: 'day' }, 'periode'],
  ])('refuses %j', async (query, message) => {
    const result = await graph(ctx.sandbox).get(`/${IG}/insights`, query as Record<string, string>);
    expect(result.body.error.code).toBe(100);
    expect(result.body.error.message).toContain(message);
  });
});

describe('Facebook Page and post insights (reference 4.3)', () => {
  const ctx = useSandbox();
  const unix = (ms: number) => String(Math.floor(ms / 1000));

  it('gives day values with the current metric names, page_media_view split paid/organic, page_follows ending at the follower count', async () => {
    const token = await pageToken(ctx.sandbox);
    const api = graph(ctx.sandbox, 'facebook', token);
    const result = await api.get(`/${PAGE}/insights`, { metric: 'page_total_media_view_unique,page_media_view,page_follows', period: 'day', since: unix(START - 6 * DAY), until: unix(START) });
    const [reach, views, follows] = rows(result.body);
    expect(reach).toMatchObject({ name: 'page_total_media_view_unique', period: 'day' });
    expect(reach?.values).toHaveLength(7);
    expect(views?.values?.[0]?.value).toEqual({ paid: expect.any(Number), organic: expect.any(Number) });
    expect(follows?.values?.at(-1)?.value).toBe(2107);
    expect(follows?.values?.[0]?.value as number).toBeLessThan(2107);
  });

  it('counts what the Page posts gained: the same seed with one post more shows more engagement', async () => {
    const engagements = async (withPost: boolean) => {
      const sandbox = await startSandbox({ seed: 'page', clock: createManualClock(START) });
      try {
        const token = await pageToken(sandbox);
        const api = graph(sandbox, 'facebook', token);
        if (withPost) await api.post(`/${PAGE}/feed`, { message: 'Hot cross buns today' });
        sandbox.control.clock.advance(DAY);
        const result = await api.get(`/${PAGE}/insights`, { metric: 'page_post_engagements', period: 'day', since: unix(START), until: unix(START + DAY) });
        return (rows(result.body)[0]?.values ?? []).reduce((sum, item) => sum + (item.value as number), 0);
      } finally {
        await sandbox.close();
      }
    };
    expect(await engagements(true)).toBeGreaterThan(await engagements(false));
  });

  it.each([
    ['page_fans', 'page_follows'],
    ['page_impressions_unique', 'page_total_media_view_unique'],
    ['page_engaged_users', '2024-03-14'],
    ['page_posts_impressions', 'impressions became views'],
  ])('refuses the removed metric %s', async (metric, hint) => {
    const api = graph(ctx.sandbox, 'facebook', await pageToken(ctx.sandbox));
    const result = await api.get(`/${PAGE}/insights`, { metric, period: 'day' });
    expect(result.body.error).toMatchObject({ code: 100, message: '(#100) The value must be a valid insights metric' });
    expect(result.body.error.error_user_msg).toContain(hint);
  });

  it('refuses a missing metric (3001/1504028), a user token, a 91-day window', async () => {
    const api = graph(ctx.sandbox, 'facebook', await pageToken(ctx.sandbox));
    expect((await api.get(`/${PAGE}/insights`, { period: 'day' })).body.error).toMatchObject({ code: 3001, error_subcode: 1504028 });
    const asUser = await graph(ctx.sandbox).get(`/${PAGE}/insights`, { metric: 'page_follows' });
    expect(asUser.body.error).toMatchObject({ code: 190, message: '(#190) This method must be called with a Page Access Token' });
    const long = await api.get(`/${PAGE}/insights`, { metric: 'page_follows', since: unix(START - 91 * DAY), until: unix(START) });
    expect(long.body.error.message).toContain('more than 90 days');
  });

  it('post insights grow after publishing; a scheduled post has none yet', async () => {
    const api = graph(ctx.sandbox, 'facebook', await pageToken(ctx.sandbox));
    const post = (await api.post(`/${PAGE}/feed`, { message: 'Sourdough class on Sunday', link: 'https://rosiesbakery.example/class' })).body.id as string;
    const metric = 'post_total_media_view_unique,post_reactions_by_type_total,post_clicks_by_type,post_clicks';
    ctx.sandbox.control.clock.advance(2 * DAY);
    const values = lifetime((await api.get(`/${post}/insights`, { metric })).body) as Record<string, unknown>;
    expect(values.post_total_media_view_unique as number).toBeGreaterThan(0);
    expect(Object.keys(values.post_reactions_by_type_total as object).every((key) => ['like', 'love', 'wow', 'haha', 'sorry', 'anger'].includes(key))).toBe(true);
    const clicks = values.post_clicks_by_type as Record<string, number>;
    expect(Object.values(clicks).reduce((sum, value) => sum + value, 0)).toBe(values.post_clicks);
    expect(clicks['link clicks']).toBeGreaterThan(0);
    expect((await api.get(`/${post}/insights`, { metric: 'post_impressions_unique' })).body.error.code).toBe(100);
    const scheduled = (await api.post(`/${PAGE}/feed`, { message: 'later', published: 'false', scheduled_publish_time: unix(ctx.sandbox.control.clock.now() + 2 * HOUR) })).body.id as string;
    expect((await api.get(`/${scheduled}/insights`, { metric: 'post_clicks' })).body).toEqual({ data: [] });
  });
});
