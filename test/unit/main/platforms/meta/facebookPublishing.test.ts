import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  deletePagePost,
  editPagePost,
  fetchLargestPhotoUrl,
  publishPagePost,
  uploadPagePhotoFile,
  uploadPagePhotoFromUrl,
} from '../../../../../main/platforms/meta/facebookPublishing';
import { formOf, networksFor, startCannedServer, type CannedServer } from '../support/cannedServer';

let server: CannedServer;
beforeEach(async () => {
  server = await startCannedServer();
});
afterEach(() => server.close());

it('POST /{page-id}/feed with message and link', async () => {
  const { networks } = networksFor(server);
  server.reply({ json: { id: '111_222' } });
  const id = await publishPagePost(networks.metaGraph, {
    pageId: '111',
    pageAccessToken: 'EAApage',
    message: 'Open Sunday',
    link: 'https://bakery.example/hours',
  });
  expect(id).toBe('111_222');
  expect(`${server.requests[0]?.method} ${server.requests[0]?.path}`).toBe('POST /graph/v25.0/111/feed');
  expect(formOf(server.requests[0]!)).toEqual({ message: 'Open Sunday', link: 'https://bakery.example/hours', access_token: 'EAApage' });
});

it('a multi-photo post attaches media_fbid objects as a JSON array, and scheduling sets published=false', async () => {
  const { networks } = networksFor(server);
  server.reply({ json: { id: '111_333' } });
  await publishPagePost(networks.metaGraph, {
    pageId: '111',
    pageAccessToken: 'EAApage',
    message: 'Weekend specials',
    attachedPhotoIds: ['901', '902'],
    scheduledPublishTime: new Date('2026-05-10T08:00:00Z'),
  });
  const form = formOf(server.requests[0]!);
  expect(JSON.parse(form.attached_media!)).toEqual([{ media_fbid: '901' }, { media_fbid: '902' }]);
  expect(form).toMatchObject({ published: 'false', scheduled_publish_time: '1778400000' });
});

it('uploads an unpublished photo by URL', async () => {
  const { networks } = networksFor(server);
  server.reply({ json: { id: '901' } });
  expect(
    await uploadPagePhotoFromUrl(networks.metaGraph, { pageId: '111', pageAccessToken: 'EAApage', imageUrl: 'https://h/a.jpg', published: false }),
  ).toEqual({ id: '901' });
  expect(server.requests[0]?.path).toBe('/graph/v25.0/111/photos');
  expect(formOf(server.requests[0]!)).toEqual({ url: 'https://h/a.jpg', published: 'false', access_token: 'EAApage' });
});

it('uploads a photo from disk as multipart `source`, with its post id when published', async () => {
  const { networks } = networksFor(server);
  server.reply({ json: { id: '902', post_id: '111_444' } });
  const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
  const photo = await uploadPagePhotoFile(networks.metaGraph, {
    pageId: '111',
    pageAccessToken: 'EAApage',
    bytes,
    fileName: 'bread.jpg',
    contentType: 'image/jpeg',
    caption: 'Sourdough',
  });
  expect(photo).toEqual({ id: '902', postId: '111_444' });
  const request = server.requests[0]!;
  expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
  const body = request.body.toString('latin1');
  expect(body).toContain('name="source"; filename="bread.jpg"');
  expect(body).toContain('Content-Type: image/jpeg');
  expect(body).toContain(bytes.toString('latin1'));
  expect(body).toMatch(/name="caption"\r\n\r\nSourdough\r\n/);
  expect(body).toMatch(/name="access_token"\r\n\r\nEAApage\r\n/);
});

it('picks the largest rendition of an uploaded photo', async () => {
  const { networks } = networksFor(server);
  server.reply({
    json: {
      images: [
        { source: 'https://fbcdn/s.jpg', width: 320, height: 320 },
        { source: 'https://fbcdn/l.jpg', width: 1440, height: 1440 },
        { source: 'https://fbcdn/m.jpg', width: 720, height: 720 },
      ],
    },
  });
  expect(await fetchLargestPhotoUrl(networks.metaGraph, { photoId: '901', pageAccessToken: 'EAApage' })).toBe('https://fbcdn/l.jpg');
  expect(server.requests[0]?.query.get('fields')).toBe('images');
});

it('edits a post with POST /{post-id} and deletes it with DELETE /{post-id}', async () => {
  const { networks } = networksFor(server);
  server.reply({ json: { success: true } }, { json: { success: true } });
  expect(await editPagePost(networks.metaGraph, { postId: '111_222', pageAccessToken: 'EAApage', message: 'Open Sunday 8-2' })).toBe(true);
  expect(await deletePagePost(networks.metaGraph, { postId: '111_222', pageAccessToken: 'EAApage' })).toBe(true);
  expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /graph/v25.0/111_222', 'DELETE /graph/v25.0/111_222']);
  expect(formOf(server.requests[0]!)).toEqual({ message: 'Open Sunday 8-2', access_token: 'EAApage' });
  expect(server.requests[1]?.query.get('access_token')).toBe('EAApage');
});
