import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  containerParameters,
  createMediaContainer,
  fetchContainerStatus,
  fetchPublishingLimit,
  publishMediaContainer,
  type ContainerContent,
} from '../../../../../main/platforms/meta/instagramPublishing';
import { MediaRejectedError } from '../../../../../main/platforms/platformErrors';
import { formOf, networksFor, rejectionOf, startCannedServer, type CannedServer } from '../support/cannedServer';

let server: CannedServer;
beforeEach(async () => {
  server = await startCannedServer();
});
afterEach(() => server.close());

describe('containerParameters (reference 2.1)', () => {
  const cases: [string, ContainerContent, Record<string, unknown>][] = [
    [
      'feed image: no media_type',
      { kind: 'image', imageUrl: 'https://h/a.jpg', caption: 'Croissants', altText: 'A tray' },
      { image_url: 'https://h/a.jpg', caption: 'Croissants', alt_text: 'A tray' },
    ],
    ['carousel image child', { kind: 'carouselImage', imageUrl: 'https://h/b.jpg' }, { image_url: 'https://h/b.jpg', is_carousel_item: true }],
    [
      'carousel video child: legacy VIDEO type',
      { kind: 'carouselVideo', videoUrl: 'https://h/c.mp4' },
      { media_type: 'VIDEO', video_url: 'https://h/c.mp4', is_carousel_item: true },
    ],
    [
      'carousel: children comma-joined',
      { kind: 'carousel', childContainerIds: ['1', '2', '3'], caption: 'Three' },
      { media_type: 'CAROUSEL', children: '1,2,3', caption: 'Three' },
    ],
    [
      'reel',
      { kind: 'reel', videoUrl: 'https://h/r.mp4', caption: 'Dough', shareToFeed: true, coverUrl: 'https://h/c.jpg', thumbOffsetMs: 1500 },
      { media_type: 'REELS', video_url: 'https://h/r.mp4', caption: 'Dough', share_to_feed: true, cover_url: 'https://h/c.jpg', thumb_offset: 1500 },
    ],
    ['image story', { kind: 'imageStory', imageUrl: 'https://h/s.jpg' }, { media_type: 'STORIES', image_url: 'https://h/s.jpg' }],
    ['video story', { kind: 'videoStory', videoUrl: 'https://h/s.mp4' }, { media_type: 'STORIES', video_url: 'https://h/s.mp4' }],
  ];
  it.each(cases)('%s', (_name, content, expected) => {
    const defined = Object.fromEntries(Object.entries(containerParameters(content)).filter(([, v]) => v !== undefined));
    expect(defined).toEqual(expected);
  });
});

it('POST /{ig-user-id}/media with the parameters as a form body → the container id', async () => {
  const { networks } = networksFor(server);
  server.reply({ json: { id: '17889615691921648' } });
  const id = await createMediaContainer(networks.metaGraph, {
    igUserId: '17841400000000001',
    accessToken: 'EAAuser',
    content: { kind: 'image', imageUrl: 'https://h/a.jpg', caption: 'Croissants' },
  });
  expect(id).toBe('17889615691921648');
  const [request] = server.requests;
  expect(`${request?.method} ${request?.path}`).toBe('POST /graph/v25.0/17841400000000001/media');
  expect(request?.headers['content-type']).toContain('application/x-www-form-urlencoded');
  expect(formOf(request!)).toEqual({ image_url: 'https://h/a.jpg', caption: 'Croissants', access_token: 'EAAuser' });
  expect([...request!.query]).toEqual([]);
});

it('works the same on graph.instagram.com (Instagram Login path)', async () => {
  const { networks } = networksFor(server);
  server.reply({ json: { id: '1' } });
  await createMediaContainer(networks.instagramGraph, { igUserId: '9', accessToken: 'IGAA', content: { kind: 'imageStory', imageUrl: 'https://h/s.jpg' } });
  expect(server.requests[0]?.path).toBe('/ig-graph/v25.0/9/media');
});

it('a rejected image surfaces as MediaRejectedError with Instagram’s reason', async () => {
  const { networks } = networksFor(server);
  server.reply({
    status: 400,
    json: { error: { message: 'The aspect ratio is not supported.', code: 36003, error_subcode: 2207009, fbtrace_id: 'T' } },
  });
  const error = await rejectionOf(() =>
    createMediaContainer(networks.metaGraph, { igUserId: '1', accessToken: 'EAA', content: { kind: 'image', imageUrl: 'https://h/wide.jpg' } }),
  );
  expect(error).toBeInstanceOf(MediaRejectedError);
  expect(error).toMatchObject({ reason: 'The aspect ratio is not supported.', needsNewContainer: true });
});

describe('fetchContainerStatus', () => {
  it('reads status_code and status', async () => {
    const { networks } = networksFor(server);
    server.reply({ json: { status_code: 'IN_PROGRESS', status: 'In Progress', id: '1' } });
    expect(await fetchContainerStatus(networks.metaGraph, { containerId: '1', accessToken: 'EAA' })).toEqual({
      statusCode: 'IN_PROGRESS',
      status: 'In Progress',
    });
    expect(Object.fromEntries(server.requests[0]!.query)).toEqual({ fields: 'status_code,status', access_token: 'EAA' });
  });

  it('reads the error subcode an ERROR status names', async () => {
    const { networks } = networksFor(server);
    server.reply({ json: { status_code: 'ERROR', status: 'Error: Media upload has failed with error code 2207026' } });
    expect(await fetchContainerStatus(networks.metaGraph, { containerId: '1', accessToken: 'EAA' })).toMatchObject({
      statusCode: 'ERROR',
      errorSubcode: 2207026,
    });
  });

  it('treats an unknown status_code as an unreadable answer', async () => {
    const { networks } = networksFor(server);
    server.reply({ json: { status_code: 'DONE' } });
    const error = await rejectionOf(() => fetchContainerStatus(networks.metaGraph, { containerId: '1', accessToken: 'EAA' }));
    expect(error).toMatchObject({ details: { transport: 'unreadable_response' } });
  });
});

it('POST /{ig-user-id}/media_publish with creation_id → the media id', async () => {
  const { networks } = networksFor(server);
  server.reply({ json: { id: '17920238422030506' } });
  expect(await publishMediaContainer(networks.metaGraph, { igUserId: '17841400000000001', accessToken: 'EAA', containerId: '178896' })).toBe(
    '17920238422030506',
  );
  expect(server.requests[0]?.path).toBe('/graph/v25.0/17841400000000001/media_publish');
  expect(formOf(server.requests[0]!)).toEqual({ creation_id: '178896', access_token: 'EAA' });
});

it('GET content_publishing_limit with fields=quota_usage,config and since in Unix seconds', async () => {
  const { networks } = networksFor(server);
  server.reply({ json: { data: [{ quota_usage: 2, config: { quota_total: 50, quota_duration: 86400 } }] } });
  const limit = await fetchPublishingLimit(networks.metaGraph, {
    igUserId: '17841400000000001',
    accessToken: 'EAA',
    since: new Date('2026-05-03T10:00:00Z'),
  });
  expect(limit).toEqual({ quotaUsage: 2, quotaTotal: 50, quotaDurationSeconds: 86400 });
  expect(server.requests[0]?.path).toBe('/graph/v25.0/17841400000000001/content_publishing_limit');
  expect(Object.fromEntries(server.requests[0]!.query)).toEqual({ fields: 'quota_usage,config', since: '1777802400', access_token: 'EAA' });
});
