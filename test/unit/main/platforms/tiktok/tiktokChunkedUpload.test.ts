import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planTikTokChunks, uploadTikTokVideo } from '../../../../../main/platforms/tiktok/tiktokChunkedUpload';
import { networksFor, startCannedServer, type CannedServer } from '../support/cannedServer';

const MB = 1024 * 1024;

describe('planTikTokChunks (Media Transfer Guide)', () => {
  it('sends a file under 5 MB in one chunk of its own size', () => {
    expect(planTikTokChunks(3 * MB)).toEqual({
      videoSize: 3 * MB,
      chunkSize: 3 * MB,
      totalChunkCount: 1,
      chunks: [{ first: 0, last: 3 * MB - 1 }],
    });
  });

  it('sends a 64 MB file in one chunk', () => {
    expect(planTikTokChunks(64 * MB).totalChunkCount).toBe(1);
  });

  it('chunks a file over 64 MB, the last chunk absorbing the remainder', () => {
    const size = 105 * MB + 123;
    const plan = planTikTokChunks(size);
    expect(plan.chunkSize).toBe(10 * MB);
    expect(plan.totalChunkCount).toBe(Math.floor(size / plan.chunkSize));
    expect(plan.chunks).toHaveLength(10);
    expect(plan.chunks[0]).toEqual({ first: 0, last: 10 * MB - 1 });
    expect(plan.chunks.at(-1)).toEqual({ first: 90 * MB, last: size - 1 });
  });

  it.each([65 * MB, 500 * MB + 7, 4 * 1024 * MB])('keeps every rule for %i bytes', (size) => {
    const plan = planTikTokChunks(size);
    expect(plan.totalChunkCount).toBe(Math.floor(size / plan.chunkSize));
    expect(plan.totalChunkCount).toBeGreaterThanOrEqual(1);
    expect(plan.totalChunkCount).toBeLessThanOrEqual(1000);
    plan.chunks.forEach((chunk, index) => {
      const bytes = chunk.last - chunk.first + 1;
      if (index < plan.chunks.length - 1) {
        expect(bytes).toBe(plan.chunkSize);
        expect(bytes).toBeGreaterThanOrEqual(5 * MB);
        expect(bytes).toBeLessThanOrEqual(64 * MB);
      } else {
        expect(bytes).toBeLessThanOrEqual(128 * MB);
      }
      expect(chunk.first).toBe(index === 0 ? 0 : plan.chunks[index - 1]!.last + 1);
    });
    expect(plan.chunks.at(-1)?.last).toBe(size - 1);
  });

  it.each([0, -1, 1.5])('refuses %s bytes', (size) => {
    expect(() => planTikTokChunks(size)).toThrow(RangeError);
  });
});

describe('uploadTikTokVideo', () => {
  let server: CannedServer;
  beforeEach(async () => {
    server = await startCannedServer();
  });
  afterEach(() => server.close());

  it('PUTs each chunk in order with Content-Type, Content-Length and Content-Range', async () => {
    const { networks } = networksFor(server);
    const video = Buffer.alloc(70 * MB, 7);
    const plan = planTikTokChunks(video.length);
    server.reply(...plan.chunks.map((_, index) => ({ status: index === plan.chunks.length - 1 ? 201 : 206, text: '' })));
    await uploadTikTokVideo(networks.tiktokUpload, {
      uploadUrl: `${server.baseUrl}/upload/?upload_id=1&upload_token=t`,
      plan,
      contentType: 'video/mp4',
      readChunk: async ({ first, last }) => video.subarray(first, last + 1),
    });
    expect(server.requests.map((r) => r.headers['content-range'])).toEqual(
      plan.chunks.map(({ first, last }) => `bytes ${first}-${last}/${video.length}`),
    );
    expect(server.requests.every((r) => r.method === 'PUT' && r.path === '/upload/' && r.headers['content-type'] === 'video/mp4')).toBe(true);
    expect(server.requests.map((r) => Number(r.headers['content-length']))).toEqual(plan.chunks.map(({ first, last }) => last - first + 1));
    expect(server.requests.reduce((total, r) => total + r.body.length, 0)).toBe(video.length);
  });
});
