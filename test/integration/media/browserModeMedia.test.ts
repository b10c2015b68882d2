/**
 * Browser mode's media routes over real HTTP: a file streamed to the upload path becomes a library
 * item, its thumbnail and preview are served to the page, and whatever lacks the run's token (or,
 * for uploads, our Origin) is refused.
 */
import { createReadStream, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MediaImportResult, type MediaItem } from '../../../preload/contract';
import { createMediaHttpHandler } from '../../../main/browser-mode/mediaHttp';
import { startBrowserModeServer, type BrowserModeServer } from '../../../main/browser-mode/server';
import { createSilentLogger } from '../../../main/diagnostics/logger';
import type { MediaLibrary } from '../../../main/media/mediaLibrary';
import { mediaFixture, writeNonMedia } from '../../support/mediaFixtures';
import { makeTempDirectory } from '../../support/tempDirectory';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw HTTP request whose body is streamed from `body` (chunked unless a length is given). */
function send(url: string, options: { method?: string; origin?: string; body?: Readable; contentLength?: number } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    if (options.origin) headers.origin = options.origin;
    if (options.contentLength !== undefined) headers['content-length'] = String(options.contentLength);
    const outgoing = httpRequest(url, { method: options.method ?? 'GET', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    outgoing.on('error', reject);
    if (options.body) options.body.pipe(outgoing);
    else outgoing.end();
  });
}

const json = (answer: Answer) => JSON.parse(answer.body.toString('utf8')) as { ok: boolean; code?: string; value?: unknown };

describe('browser-mode media', () => {
  let data: ReturnType<typeof makeTempDirectory>;
  let server: BrowserModeServer;
  let token: string;
  let dataDirectory: string;

  beforeEach(async () => {
    data = makeTempDirectory('browser-media');
    const renderer = join(data.path, 'renderer');
    mkdirSync(renderer);
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Outpost</title>');
    dataDirectory = join(data.path, 'data');
    server = await startBrowserModeServer({ dataDirectory, appVersion: '9.9.9', renderer: { kind: 'static', directory: renderer } });
    token = new URL(server.url).searchParams.get('token')!;
  });
  afterEach(async () => {
    await server.close();
    data.remove();
  });

  const uploadUrl = (name: string, withToken = token) =>
    `${server.origin}/media-upload?token=${encodeURIComponent(withToken)}&name=${encodeURIComponent(name)}`;
  const originals = () =>
    readdirSync(join(dataDirectory, 'media'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && /^[0-9a-f]{2}$/.test(entry.parentPath.split('/').pop()!));

  it('imports a streamed upload, and serves its thumbnail and preview to the page', async () => {
    const source = await mediaFixture('camera.jpg');
    const answer = await send(uploadUrl('Croissants.jpg'), { method: 'POST', origin: server.origin, body: createReadStream(source) });

    expect(answer.status).toBe(200);
    const result = MediaImportResult.parse(json(answer).value);
    expect(result).toMatchObject({ outcome: 'imported', fileName: 'Croissants.jpg', duplicate: false, item: { originalName: 'Croissants.jpg', probe: { byteSize: statSync(source).size } } });
    const item = (result as { item: MediaItem }).item;
    expect(item.thumbnailUrl).toBe(`${server.origin}/media/thumbnail/${item.id}?token=${token}`);
    // The temporary upload is gone; the library holds the original.
    expect(readdirSync(join(dataDirectory, 'uploads'))).toEqual([]);
    expect(originals()).toHaveLength(1);

    for (const [url, longEdge] of [[item.thumbnailUrl, 320], [item.previewUrl, 600]] as const) {
      const image = await send(url);
      expect(image.status).toBe(200);
      expect(image.headers['content-type']).toBe('image/jpeg');
      expect(image.headers['x-content-type-options']).toBe('nosniff');
      expect(image.headers['cross-origin-resource-policy']).toBe('same-origin');
      const metadata = await sharp(image.body).metadata();
      expect(metadata.format).toBe('jpeg');
      expect(Math.max(metadata.width, metadata.height)).toBe(longEdge);
    }
  });

  it('takes an upload with a Content-Length too, and a second copy is the same item', async () => {
    const source = await mediaFixture('faststart.mp4');
    const upload = () => send(uploadUrl('reel.mp4'), { method: 'POST', origin: server.origin, body: createReadStream(source), contentLength: statSync(source).size });
    expect(json(await upload()).value).toMatchObject({ outcome: 'imported', duplicate: false, item: { probe: { kind: 'video', format: 'mp4' } } });
    expect(json(await upload()).value).toMatchObject({ outcome: 'imported', duplicate: true });
    expect(originals()).toHaveLength(1);
  });

  it('answers a broken file with its failure, keeping nothing', async () => {
    const broken = writeNonMedia(join(data.path, 'in'));
    const answer = await send(uploadUrl('photo.jpg'), { method: 'POST', origin: server.origin, body: createReadStream(broken.textNamedJpeg()) });
    expect(answer.status).toBe(200);
    expect(json(answer)).toEqual({
      ok: true,
      value: {
        outcome: 'failed',
        fileName: 'photo.jpg',
        message: expect.stringMatching(/^"photo\.jpg" is not a photo or video Outpost can read/),
        action: expect.any(String),
      },
    });
    expect(originals()).toEqual([]);
    expect(readdirSync(join(dataDirectory, 'uploads'))).toEqual([]);
  });

  it('refuses an upload with a wrong token or from another origin, reading nothing', async () => {
    const source = await mediaFixture('plain.jpg');
    const wrongToken = await send(uploadUrl('a.jpg', 'guessed'), { method: 'POST', origin: server.origin, body: createReadStream(source) });
    expect(wrongToken.status).toBe(403);
    expect(json(wrongToken)).toMatchObject({ ok: false, code: 'FORBIDDEN_SENDER' });
    const otherOrigin = await send(uploadUrl('a.jpg'), { method: 'POST', origin: 'http://evil.localhost:8080', body: createReadStream(source) });
    expect(otherOrigin.status).toBe(403);
    const noOrigin = await send(uploadUrl('a.jpg'), { method: 'POST', body: createReadStream(source) });
    expect(noOrigin.status).toBe(403);
    expect(existsMedia()).toBe(false);
  });

  it('needs a name, and takes only POST', async () => {
    const nameless = await send(`${server.origin}/media-upload?token=${token}`, { method: 'POST', origin: server.origin, body: Readable.from([Buffer.from('x')]) });
    expect(nameless.status).toBe(400);
    expect(json(nameless)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect((await send(uploadUrl('a.jpg'))).status).toBe(405);
  });

  it('serves renditions only with the token, and only for a real item and variant', async () => {
    const answer = await send(uploadUrl('menu.jpg'), { method: 'POST', origin: server.origin, body: createReadStream(await mediaFixture('plain.jpg')) });
    const item = (json(answer).value as { item: MediaItem }).item;
    const path = `/media/thumbnail/${item.id}`;
    expect((await send(`${server.origin}${path}`)).status).toBe(403);
    expect((await send(`${server.origin}${path}?token=guessed`)).status).toBe(403);
    expect((await send(`${server.origin}/media/thumbnail/${'0'.repeat(64)}?token=${token}`)).status).toBe(404);
    expect((await send(`${server.origin}/media/original/${item.id}?token=${token}`)).status).toBe(404);
    expect((await send(`${server.origin}/media/thumbnail/..%2F..%2Foutpost.db?token=${token}`)).status).toBe(404);
    expect((await send(`${server.origin}${path}?token=${token}`, { method: 'HEAD' })).status).toBe(200);
  });

  function existsMedia(): boolean {
    try {
      return originals().length > 0;
    } catch {
      return false;
    }
  }
});

describe('the upload size cap', () => {
  let httpServer: Server;
  let origin: string;
  let data: ReturnType<typeof makeTempDirectory>;
  const importFile = vi.fn(async (_path: string, fileName: string): Promise<MediaImportResult> => ({ outcome: 'failed', fileName, message: 'read' }));

  beforeEach(async () => {
    data = makeTempDirectory('browser-media-cap');
    httpServer = createServer();
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    const handle = createMediaHttpHandler({
      media: { importFile } as unknown as MediaLibrary,
      origin,
      token: 'run-token',
      uploadDirectory: join(data.path, 'uploads'),
      logger: createSilentLogger(),
      maxUploadBytes: 1000,
    });
    httpServer.on('request', (request, response) => {
      if (!handle(request, response)) response.writeHead(404).end();
    });
  });
  afterEach(async () => {
    await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    data.remove();
  });

  it('refuses an upload that says it is too large before reading it', async () => {
    const answer = await send(`${origin}/media-upload?token=run-token&name=huge.mp4`, {
      method: 'POST',
      origin,
      body: Readable.from([Buffer.alloc(2000)]),
      contentLength: 2000,
    });
    expect(answer.status).toBe(413);
    expect(json(answer)).toMatchObject({ ok: false, code: 'MEDIA_UNSUPPORTED', message: expect.stringMatching(/"huge\.mp4" is larger than 1000 bytes/) });
    expect(importFile).not.toHaveBeenCalled();
  });

  it('stops a streamed upload at the cap, keeping nothing', async () => {
    // Chunked, so the server only learns the size by counting.
    await send(`${origin}/media-upload?token=run-token&name=huge.mp4`, { method: 'POST', origin, body: Readable.from([Buffer.alloc(600), Buffer.alloc(600)]) }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(importFile).not.toHaveBeenCalled();
    expect(readdirSync(join(data.path, 'uploads'))).toEqual([]);
  });

  it('hands an upload within the cap to the library under its own name, then removes it', async () => {
    const answer = await send(`${origin}/media-upload?token=run-token&name=${encodeURIComponent('Café menu.jpg')}`, { method: 'POST', origin, body: Readable.from([Buffer.alloc(900)]) });
    expect(json(answer)).toEqual({ ok: true, value: { outcome: 'failed', fileName: 'Café menu.jpg', message: 'read' } });
    expect(importFile).toHaveBeenCalledWith(expect.stringContaining(join(data.path, 'uploads')), 'Café menu.jpg');
    expect(readdirSync(join(data.path, 'uploads'))).toEqual([]);
  });
});
