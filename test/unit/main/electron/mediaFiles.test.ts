/** app://outpost/media/<variant>/<id>: the library's thumbnails and previews in the desktop app. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../main/electron/contentSecurityPolicy';
import { serveMediaRequest, type MediaFileLookup } from '../../../../main/electron/mediaFiles';

const id = 'c0ffee'.padEnd(64, '0');
let directory: string;
let thumbnail: string;
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]);

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'outpost-media-files-'));
  thumbnail = join(directory, `${id}.jpg`);
  writeFileSync(thumbnail, jpeg);
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const lookup = vi.fn<MediaFileLookup>(async (wanted, variant) => (wanted === id && variant === 'thumbnail' ? thumbnail : null));
const serve = (url: string, method = 'GET') => serveMediaRequest(lookup, new Request(url, { method }));

describe('serving media over app://', () => {
  it('answers a thumbnail as a JPEG with the CSP and nosniff', async () => {
    const response = (await serve(`app://outpost/media/thumbnail/${id}`))!;
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('image/jpeg');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(Buffer.from(await response.arrayBuffer()).equals(jpeg)).toBe(true);
    expect(lookup).toHaveBeenLastCalledWith(id, 'thumbnail');
  });

  it('answers HEAD without a body', async () => {
    const response = (await serve(`app://outpost/media/thumbnail/${id}`, 'HEAD'))!;
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Length')).toBe(String(jpeg.length));
    expect(await response.text()).toBe('');
  });

  it('is a 404 for an item or rendition the library does not have', async () => {
    expect((await serve(`app://outpost/media/preview/${id}`))!.status).toBe(404);
    expect((await serve(`app://outpost/media/thumbnail/${'1'.repeat(64)}`))!.status).toBe(404);
  });

  it.each([
    `app://outpost/media/original/${id}`,
    `app://outpost/media/thumbnail/${id.toUpperCase()}`,
    'app://outpost/media/thumbnail/..%2f..%2f..%2fetc%2fpasswd',
    `app://outpost/media/thumbnail/${id}/../../index.html`,
    'app://outpost/media/',
  ])('never looks up anything but a variant and a 64-hex id: %s', async (url) => {
    lookup.mockClear();
    const response = (await serve(url))!;
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<!doctype');
    expect(lookup).not.toHaveBeenCalled();
  });

  it('refuses other methods', async () => {
    expect((await serve(`app://outpost/media/thumbnail/${id}`, 'POST'))!.status).toBe(405);
  });

  it('leaves every other path to the renderer files', async () => {
    expect(await serve('app://outpost/index.html')).toBeNull();
    expect(await serve('app://outpost/mediafile.png')).toBeNull();
    expect(await serve(`app://elsewhere/media/thumbnail/${id}`)).toBeNull();
  });
});
