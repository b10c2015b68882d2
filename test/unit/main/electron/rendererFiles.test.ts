import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../main/electron/contentSecurityPolicy';
import { resolveRendererFile, serveRendererRequest } from '../../../../main/electron/rendererFiles';

// A renderer directory with a secret file *beside* it, where a traversal would land.
let sandbox: string;
let rendererDir: string;

beforeAll(() => {
  sandbox = mkdtempSync(join(tmpdir(), 'outpost-app-protocol-'));
  rendererDir = join(sandbox, 'out', 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Outpost</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc123.js'), 'console.log("outpost")');
  writeFileSync(join(rendererDir, 'assets', 'style.css'), 'body{}');
  writeFileSync(join(sandbox, 'out', 'secret.txt'), 'TOP SECRET');
  writeFileSync(join(sandbox, 'secret.js'), 'TOP SECRET');
});

afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serveRendererRequest(rendererDir, new Request(url, { method }));

describe('resolveRendererFile: path traversal', () => {
  // Each of these must be refused outright; none may resolve to a file outside the directory.
  const traversals = [
    'app://outpost/../../etc/passwd',
    'app://outpost/..%2f..%2f..%2fetc%2fpasswd',
    'app://outpost/%2e%2e/%2e%2e/etc/passwd',
    'app://outpost/%2e%2e%2f%2e%2e%2fsecret.js',
    'app://outpost/assets/..%2f..%2fsecret.txt',
    'app://outpost/..%2fsecret.txt',
    'app://outpost/%2E%2E%2Fsecret.txt',
    'app://outpost/..%5c..%5csecret.js',
    'app://outpost/%2fetc%2fpasswd',
    'app://outpost//etc/passwd',
    'app://outpost/assets/%2e%2e/%2e%2e/%2e%2e/secret.js',
  ];

  it.each(traversals)('%s is refused or stays inside the renderer directory', (url) => {
    const lookup = resolveRendererFile(rendererDir, url);
    if (lookup.ok) {
      // URL parsing already collapsed the dots: the file must be inside the directory.
      expect(lookup.file.startsWith(rendererDir + '/')).toBe(true);
    } else {
      expect([400, 403, 404]).toContain(lookup.status);
    }
  });

  it.each(traversals)('%s never serves a file from outside', async (url) => {
    const response = await get(url);
    const body = await response.text();
    expect(body).not.toContain('TOP SECRET');
    expect(body).not.toMatch(/root:/);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses an encoded climb out of the directory with 403', () => {
    expect(resolveRendererFile(rendererDir, 'app://outpost/..%2f..%2fsecret.js')).toMatchObject({ ok: false, status: 403 });
    expect(resolveRendererFile(rendererDir, 'app://outpost/..%2fsecret.txt')).toMatchObject({ ok: false, status: 403 });
    expect(resolveRendererFile(rendererDir, 'app://outpost/assets/..%2f..%2f..%2fsecret.js')).toMatchObject({
      ok: false,
      status: 403,
    });
  });

  it('refuses NUL bytes, broken percent-encoding, other hosts and other schemes', () => {
    expect(resolveRendererFile(rendererDir, 'app://outpost/index.html%00.png')).toMatchObject({ ok: false, status: 400 });
    expect(resolveRendererFile(rendererDir, 'app://outpost/%E0%A4%A')).toMatchObject({ ok: false, status: 400 });
    expect(resolveRendererFile(rendererDir, 'app://evil/index.html')).toMatchObject({ ok: false, status: 404 });
    expect(resolveRendererFile(rendererDir, 'file:///etc/passwd')).toMatchObject({ ok: false, status: 404 });
    expect(resolveRendererFile(rendererDir, 'not a url')).toMatchObject({ ok: false, status: 400 });
  });
});

describe('serveRendererRequest', () => {
  it('serves index.html for the root with the CSP header and an HTML content type', async () => {
    const response = await get('app://outpost/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Outpost</title>');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('serves index.html by name and for extension-less screen paths', async () => {
    for (const url of ['app://outpost/index.html', 'app://outpost/settings', 'app://outpost/drafts/42']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(await response.text(), url).toContain('<title>Outpost</title>');
    }
  });

  it('serves assets with their content type and the CSP header', async () => {
    const script = await get('app://outpost/assets/index-abc123.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await script.text()).toBe('console.log("outpost")');
    const style = await get('app://outpost/assets/style.css');
    expect(style.headers.get('Content-Type')).toBe('text/css; charset=utf-8');
  });

  it('answers a missing asset with 404, still carrying the CSP header', async () => {
    const response = await get('app://outpost/assets/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers a traversal with 403 and a foreign host with 404', async () => {
    expect((await get('app://outpost/..%2f..%2fsecret.js')).status).toBe(403);
    expect((await get('app://somewhere-else/index.html')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://outpost/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(Number(head.headers.get('Content-Length'))).toBeGreaterThan(0);
    const post = await get('app://outpost/index.html', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
