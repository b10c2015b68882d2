import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  finishPageVideoUpload,
  startPageVideoUpload,
  transferPageVideo,
  type PageVideoSession,
} from '../../../../../main/platforms/meta/facebookVideoUpload';
import { formOf, networksFor, startCannedServer, type CannedServer } from '../support/cannedServer';

let server: CannedServer;
beforeEach(async () => {
  server = await startCannedServer();
});
afterEach(() => server.close());

const VIDEO = Buffer.from('abcdefghijklmnopqrstuvwxyz'); // 26 bytes

it('runs start, transfer until the offsets meet, and finish on /{page-id}/videos', async () => {
  const { networks } = networksFor(server);
  server.reply(
    { json: { upload_session_id: '555', video_id: '777', start_offset: '0', end_offset: '10' } },
    { json: { start_offset: '10', end_offset: '26' } },
    { json: { start_offset: '26', end_offset: '26' } },
    { json: { success: true } },
  );
  const session = await startPageVideoUpload(networks.metaGraph, { pageId: '111', pageAccessToken: 'EAApage', fileSize: VIDEO.length });
  expect(session).toEqual({ pageId: '111', uploadSessionId: '555', videoId: '777', startOffset: 0, endOffset: 10 });

  const seen: PageVideoSession[] = [];
  const done = await transferPageVideo(networks.metaGraph, {
    pageAccessToken: 'EAApage',
    session,
    readChunk: async (start, end) => VIDEO.subarray(start, end),
    onProgress: (next) => seen.push(next),
  });
  expect(seen.map((s) => [s.startOffset, s.endOffset])).toEqual([
    [10, 26],
    [26, 26],
  ]);
  expect(done.startOffset).toBe(26);

  expect(
    await finishPageVideoUpload(networks.metaGraph, {
      pageAccessToken: 'EAApage',
      session: done,
      title: 'Shaping loaves',
      description: 'Our morning',
      scheduledPublishTime: new Date('2026-05-10T08:00:00Z'),
    }),
  ).toBe(true);

  expect(server.requests.every((request) => request.path === '/graph/v25.0/111/videos' && request.method === 'POST')).toBe(true);
  expect(formOf(server.requests[0]!)).toEqual({ upload_phase: 'start', file_size: '26', access_token: 'EAApage' });

  const firstTransfer = server.requests[1]!.body.toString('latin1');
  expect(firstTransfer).toMatch(/name="upload_phase"\r\n\r\ntransfer\r\n/);
  expect(firstTransfer).toMatch(/name="upload_session_id"\r\n\r\n555\r\n/);
  expect(firstTransfer).toMatch(/name="start_offset"\r\n\r\n0\r\n/);
  expect(firstTransfer).toMatch(/name="video_file_chunk"; filename="chunk"[\s\S]*\r\n\r\nabcdefghij\r\n/);
  expect(server.requests[2]!.body.toString('latin1')).toMatch(/\r\n\r\nklmnopqrstuvwxyz\r\n/);

  expect(formOf(server.requests[3]!)).toEqual({
    upload_phase: 'finish',
    upload_session_id: '555',
    title: 'Shaping loaves',
    description: 'Our morning',
    published: 'false',
    scheduled_publish_time: '1778400000',
    access_token: 'EAApage',
  });
});

it('resumes a persisted session from its offsets without starting a new one', async () => {
  const { networks } = networksFor(server);
  server.reply({ json: { start_offset: 26, end_offset: 26 } });
  const saved: PageVideoSession = { pageId: '111', uploadSessionId: '555', videoId: '777', startOffset: 10, endOffset: 26 };
  await transferPageVideo(networks.metaGraph, { pageAccessToken: 'EAApage', session: saved, readChunk: async (s, e) => VIDEO.subarray(s, e) });
  expect(server.requests).toHaveLength(1);
  expect(server.requests[0]!.body.toString('latin1')).toMatch(/name="start_offset"\r\n\r\n10\r\n/);
});
