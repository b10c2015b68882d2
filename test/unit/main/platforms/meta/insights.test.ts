import { afterEach, beforeEach, expect, it } from 'vitest';
import { fetchPageInsights, fetchPagePostInsights } from '../../../../../main/platforms/meta/facebookInsights';
import { fetchInstagramAccountInsights, fetchInstagramMediaInsights } from '../../../../../main/platforms/meta/instagramInsights';
import { fetchInstagramMedia } from '../../../../../main/platforms/meta/instagramMedia';
import { PermanentError } from '../../../../../main/platforms/platformErrors';
import { networksFor, rejectionOf, startCannedServer, type CannedServer } from '../support/cannedServer';

let server: CannedServer;
beforeEach(async () => {
  server = await startCannedServer();
});
afterEach(() => server.close());

it('Instagram media insights: metric list, lifetime values', async () => {
  const { networks } = networksFor(server);
  server.reply({
    json: {
      data: [
        { name: 'views', period: 'lifetime', values: [{ value: 1520 }], title: 'Views', id: '1/insights/views/lifetime' },
        { name: 'reach', period: 'lifetime', values: [{ value: 1204 }] },
      ],
    },
  });
  const metrics = await fetchInstagramMediaInsights(networks.metaGraph, { mediaId: '1792', accessToken: 'EAA', metrics: ['views', 'reach'] });
  expect(metrics).toEqual([
    { name: 'views', period: 'lifetime', values: [{ value: 1520 }] },
    { name: 'reach', period: 'lifetime', values: [{ value: 1204 }] },
  ]);
  expect(server.requests[0]?.path).toBe('/graph/v25.0/1792/insights');
  expect(Object.fromEntries(server.requests[0]!.query)).toEqual({ metric: 'views,reach', access_token: 'EAA' });
});

it('Instagram account insights: period, metric_type, since/until in Unix seconds, total_value', async () => {
  const { networks } = networksFor(server);
  server.reply({ json: { data: [{ name: 'likes', period: 'day', total_value: { value: 88 } }] } });
  const metrics = await fetchInstagramAccountInsights(networks.instagramGraph, {
    igUserId: '1784',
    accessToken: 'IGAA',
    metrics: ['likes'],
    period: 'day',
    metricType: 'total_value',
    since: new Date('2026-05-01T00:00:00Z'),
    until: new Date('2026-05-02T00:00:00Z'),
  });
  expect(metrics).toEqual([{ name: 'likes', period: 'day', values: [], totalValue: 88 }]);
  expect(server.requests[0]?.path).toBe('/ig-graph/v25.0/1784/insights');
  expect(Object.fromEntries(server.requests[0]!.query)).toEqual({
    metric: 'likes',
    period: 'day',
    metric_type: 'total_value',
    since: '1777593600',
    until: '1777680000',
    access_token: 'IGAA',
  });
});

it('Facebook post and Page insights, including split values', async () => {
  const { networks } = networksFor(server);
  server.reply(
    { json: { data: [{ name: 'post_reactions_by_type_total', period: 'lifetime', values: [{ value: { like: 12, love: 3 } }] }] } },
    { json: { data: [{ name: 'page_daily_follows', period: 'day', values: [{ value: 4, end_time: '2026-05-02T07:00:00+0000' }] }] } },
  );
  expect(
    await fetchPagePostInsights(networks.metaGraph, { postId: '111_222', pageAccessToken: 'EAApage', metrics: ['post_reactions_by_type_total'] }),
  ).toEqual([{ name: 'post_reactions_by_type_total', period: 'lifetime', values: [{ value: { like: 12, love: 3 } }] }]);
  expect(
    await fetchPageInsights(networks.metaGraph, {
      pageId: '111',
      pageAccessToken: 'EAApage',
      metrics: ['page_daily_follows'],
      period: 'day',
      since: new Date('2026-05-01T00:00:00Z'),
    }),
  ).toEqual([{ name: 'page_daily_follows', period: 'day', values: [{ value: 4, endTime: '2026-05-02T07:00:00+0000' }] }]);
  expect(server.requests.map((r) => r.path)).toEqual(['/graph/v25.0/111_222/insights', '/graph/v25.0/111/insights']);
  expect(Object.fromEntries(server.requests[1]!.query)).toEqual({
    metric: 'page_daily_follows',
    period: 'day',
    since: '1777593600',
    access_token: 'EAApage',
  });
});

it('a deprecated metric name fails with code 100 as a PermanentError', async () => {
  const { networks } = networksFor(server);
  server.reply({ status: 400, json: { error: { code: 100, message: '(#100) The value must be a valid insights metric' } } });
  const error = await rejectionOf(() => fetchInstagramMediaInsights(networks.metaGraph, { mediaId: '1', accessToken: 'EAA', metrics: ['impressions'] }));
  expect(error).toBeInstanceOf(PermanentError);
});

it('fetches a media object’s permalink and product type', async () => {
  const { networks } = networksFor(server);
  server.reply({
    json: {
      id: '1792',
      permalink: 'https://www.instagram.com/p/abc/',
      media_type: 'IMAGE',
      media_product_type: 'FEED',
      timestamp: '2026-05-01T09:00:00+0000',
    },
  });
  expect(await fetchInstagramMedia(networks.metaGraph, { mediaId: '1792', accessToken: 'EAA' })).toEqual({
    id: '1792',
    permalink: 'https://www.instagram.com/p/abc/',
    mediaType: 'IMAGE',
    mediaProductType: 'FEED',
    timestamp: '2026-05-01T09:00:00+0000',
  });
  expect(server.requests[0]?.query.get('fields')).toBe('id,permalink,media_type,media_product_type,timestamp');
});
