import { Readable } from 'node:stream';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  createResumableVideoContainer,
  fetchUploadedByteCount,
  uploadVideoBytes,
  uploadVideoResumably,
} from '../../../../../main/platforms/meta/resumableUpload';
import { PermanentError, TransientError } from '../../../../../main/platforms/platformErrors';
import { formOf, networksFor, rejectionOf, startCannedServer, type CannedServer } from '../support/cannedServer';

let server: CannedServer;
beforeEach(async () => {
  server = await startCannedServer();
});
afterEach(() => server.close());

const VIDEO = Buffer.from('0123456789abcdefghij'); // 20 bytes
const progress = (bytes: number) => ({ json: { id: '178', video_status: { uploading_phase: { status: 'in_progress', bytes_transferred: bytes } } } });
const accepted = { json: { success: true, message: 'Upload successful.' } };

it('creates the container with media_type=REELS and upload_type=resumable', async () => {
  const { networks } = networksFor(server);
  server.reply({ json: { id: '178', uri: 'https://rupload.facebook.com/ig-api-upload/v25.0/178' } });
  const id = await createResumableVideoContainer(networks.metaGraph, {
    igUserId: '1784',
    accessToken: 'EAA',
    mediaType: 'REELS',
    caption: 'Baguettes',
    shareToFeed: true,
  });
  expect(id).toBe('178');
  expect(server.requests[0]?.path).toBe('/graph/v25.0/1784/media');
  expect(formOf(server.requests[0]!)).toEqual({
    media_type: 'REELS',
    upload_type: 'resumable',
    caption: 'Baguettes',
    share_to_feed: 'true',
    access_token: 'EAA',
  });
});

it('posts the bytes to /ig-api-upload/{ver}/{container} with OAuth, offset and file_size headers', async () => {
  const { networks } = networksFor(server);
  server.reply(accepted);
  await uploadVideoBytes(networks.metaUpload, { containerId: '178', accessToken: 'EAA', fileSize: 20, offset: 5, bytes: VIDEO.subarray(5) });
  const [request] = server.requests;
  expect(`${request?.method} ${request?.path}`).toBe('POST /rupload/ig-api-upload/v25.0/178');
  expect(request?.headers).toMatchObject({ authorization: 'OAuth EAA', offset: '5', file_size: '20', 'content-length': '15' });
  expect(request?.body.equals(VIDEO.subarray(5))).toBe(true);
});

it('reads the server’s byte count from video_status, 0 when it has none yet', async () => {
  const { networks } = networksFor(server);
  server.reply(progress(12), { json: { id: '178' } });
  expect(await fetchUploadedByteCount(networks.metaGraph, { containerId: '178', accessToken: 'EAA' })).toBe(12);
  expect(await fetchUploadedByteCount(networks.metaGraph, { containerId: '178', accessToken: 'EAA' })).toBe(0);
  expect(server.requests[0]?.query.get('fields')).toBe('video_status');
});

it('starts at 0 without asking, and resumes from the offset the server reports after a dropped connection', async () => {
  const { networks } = networksFor(server);
  server.reply({ drop: true }, progress(8), accepted);
  const opened: number[] = [];
  await uploadVideoResumably(
    { graph: networks.metaGraph, upload: networks.metaUpload },
    {
      containerId: '178',
      accessToken: 'EAA',
      fileSize: VIDEO.length,
      openFrom: (offset) => {
        opened.push(offset);
        return Readable.from([VIDEO.subarray(offset)]);
      },
    },
  );
  expect(opened).toEqual([0, 8]);
  expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
    'POST /rupload/ig-api-upload/v25.0/178',
    'GET /graph/v25.0/178',
    'POST /rupload/ig-api-upload/v25.0/178',
  ]);
  const uploads = server.requests.filter((request) => request.path.startsWith('/rupload/'));
  expect(uploads.map((request) => request.headers.offset)).toEqual(['0', '8']);
  expect(uploads[1]?.body.equals(VIDEO.subarray(8))).toBe(true);
});

it('continues a crashed upload from a given offset', async () => {
  const { networks } = networksFor(server);
  server.reply(accepted);
  await uploadVideoResumably(
    { graph: networks.metaGraph, upload: networks.metaUpload },
    { containerId: '178', accessToken: 'EAA', fileSize: 20, fromOffset: 12, openFrom: (offset) => VIDEO.subarray(offset) },
  );
  expect(server.requests[0]?.headers.offset).toBe('12');
  expect(server.requests[0]?.body.equals(VIDEO.subarray(12))).toBe(true);
});

it('stops when the server holds every byte after a failure (the answer was lost, not the upload)', async () => {
  const { networks } = networksFor(server);
  server.reply({ drop: true }, progress(20));
  await uploadVideoResumably(
    { graph: networks.metaGraph, upload: networks.metaUpload },
    { containerId: '178', accessToken: 'EAA', fileSize: 20, openFrom: () => VIDEO },
  );
  expect(server.requests).toHaveLength(2);
});

it('gives up after maxResumes transient failures, with the last error', async () => {
  const { networks } = networksFor(server);
  server.reply({ status: 503, text: '' }, progress(0), { status: 503, text: '' });
  const error = await rejectionOf(() =>
    uploadVideoResumably(
      { graph: networks.metaGraph, upload: networks.metaUpload },
      { containerId: '178', accessToken: 'EAA', fileSize: 20, openFrom: () => VIDEO, maxResumes: 1 },
    ),
  );
  expect(error).toBeInstanceOf(TransientError);
  expect(server.requests).toHaveLength(3);
});

it('does not retry a failure that is not transient', async () => {
  const { networks } = networksFor(server);
  server.reply({ status: 400, json: { error: { code: 100, message: 'Invalid parameter' } } });
  const error = await rejectionOf(() =>
    uploadVideoResumably(
      { graph: networks.metaGraph, upload: networks.metaUpload },
      { containerId: '178', accessToken: 'EAA', fileSize: 20, openFrom: () => VIDEO },
    ),
  );
  expect(error).toBeInstanceOf(PermanentError);
  expect(server.requests).toHaveLength(1);
});
