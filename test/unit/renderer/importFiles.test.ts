/** `api.importFiles`: browser mode's uploads, and a clear answer where files cannot travel. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOutpostApi } from '../../../preload/api';
import type { MediaImportResult, Result } from '../../../preload/contract';
import { uploadFiles } from '../../../renderer/src/bridge/browserUpload';

afterEach(() => vi.unstubAllGlobals());

const imported = (fileName: string) => ({ outcome: 'failed', fileName, message: `main read ${fileName}` }) satisfies MediaImportResult;

describe('api.importFiles', () => {
  it('is NOT_AVAILABLE over a transport that cannot carry files', async () => {
    const api = createOutpostApi({ invoke: async () => ({ ok: true, value: null }), subscribe: () => () => {} });
    expect(await api.importFiles([new File(['x'], 'cake.jpg')])).toMatchObject({ ok: false, code: 'NOT_AVAILABLE' });
  });

  it('uses the transport’s own way when it has one', async () => {
    const answer: Result<MediaImportResult[]> = { ok: true, value: [imported('cake.jpg')] };
    const importFiles = vi.fn(async () => answer);
    const api = createOutpostApi({ invoke: async () => null, subscribe: () => () => {}, importFiles });
    const files = [new File(['x'], 'cake.jpg')];
    expect(await api.importFiles(files)).toBe(answer);
    expect(importFiles).toHaveBeenCalledWith(files);
  });
});

/** An answer as the browser-mode server sends it: the contract's JSON. */
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } });

describe('browser-mode uploads', () => {
  it('POST each file’s bytes, one after the other, with the token and the name, and collect the results', async () => {
    let inFlight = 0;
    const requests: { url: URL; body: string; contentType: string | null }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (address: URL, init: RequestInit) => {
        expect(++inFlight).toBe(1);
        const body = await (init.body as Blob).text();
        requests.push({ url: new URL(address), body, contentType: new Headers(init.headers).get('Content-Type') });
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
        const name = new URL(address).searchParams.get('name')!;
        return json({ ok: true, value: imported(name) });
      }),
    );

    const result = await uploadFiles('secret-token', [new File(['first bytes'], 'Cake & tea.jpg'), new File(['second'], 'reel.mp4')]);

    expect(result).toEqual({ ok: true, value: [imported('Cake & tea.jpg'), imported('reel.mp4')] });
    expect(requests.map(({ url }) => [url.pathname, url.searchParams.get('token'), url.searchParams.get('name')])).toEqual([
      ['/media-upload', 'secret-token', 'Cake & tea.jpg'],
      ['/media-upload', 'secret-token', 'reel.mp4'],
    ]);
    expect(requests.map(({ body }) => body)).toEqual(['first bytes', 'second']);
    expect(requests[0]!.contentType).toBe('application/octet-stream');
  });

  it('turn a refused upload or a lost server into that file’s failure, and go on with the rest', async () => {
    const answers = [
      () => json({ ok: false, code: 'DISK_FULL', message: 'The disk is full.', action: 'Free some space.' }, 507),
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => new Response('Internal Server Error', { status: 500, headers: { 'Content-Type': 'text/plain' } }),
      () => json({ ok: true, value: imported('fourth.jpg') }),
    ];
    vi.stubGlobal('fetch', vi.fn(async () => answers.shift()!()));

    const result = await uploadFiles('t', [new File(['1'], 'first.jpg'), new File(['2'], 'second.jpg'), new File(['3'], 'third.jpg'), new File(['4'], 'fourth.jpg')]);

    expect(result).toEqual({
      ok: true,
      value: [
        { outcome: 'failed', fileName: 'first.jpg', message: 'The disk is full.', action: 'Free some space.' },
        { outcome: 'failed', fileName: 'second.jpg', message: '"second.jpg" could not be sent to the Outpost browser-mode server.', action: expect.stringMatching(/dev:browser/) },
        { outcome: 'failed', fileName: 'third.jpg', message: 'The Outpost browser-mode server could not take "third.jpg" (it answered 500).', action: expect.stringMatching(/log/) },
        imported('fourth.jpg'),
      ],
    });
  });
});
