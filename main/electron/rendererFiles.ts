import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { APP_HOST, APP_SCHEME } from './appScheme';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';

/**
 * Serves the built renderer (out/renderer) for `app://outpost/...` requests. Kept free of Electron
 * so the path checks can be tested with plain `Request` objects; appProtocol.ts plugs it into
 * `protocol.handle`.
 */

export type RendererFileLookup =
  | { ok: true; file: string }
  | { ok: false; status: 400 | 403 | 404; reason: string };

/**
 * Maps a request URL to a file inside `rootDir`, or says why not. The containment test is the
 * one from Electron's protocol docs: `path.relative` from the root must neither climb out (`..`)
 * nor be absolute (another drive on Windows). It runs on the *decoded* path, so `%2e%2e%2f`,
 * `..%2f` and `..%5c` are caught as well as plain `../`.
 */
export function resolveRendererFile(rootDir: string, requestUrl: string): RendererFileLookup {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400, reason: 'malformed URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
    return { ok: false, status: 404, reason: 'not an app:// URL of this app' };
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400, reason: 'malformed percent-encoding' };
  }
  if (pathname.includes('\0')) return { ok: false, status: 400, reason: 'NUL in path' };

  const root = resolve(rootDir);
  const target = resolve(root, pathname.replace(/^\/+/, ''));
  const fromRoot = relative(root, target);
  if (fromRoot.startsWith('..') || isAbsolute(fromRoot)) {
    return { ok: false, status: 403, reason: 'path escapes the renderer directory' };
  }
  // The root and extension-less paths are screens of the single-page app: they get index.html.
  const file = fromRoot === '' || extname(fromRoot) === '' ? resolve(root, 'index.html') : target;
  return { ok: true, file };
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers every response carries, errors included, so no document is ever served without CSP. */
export function baseHeaders(): Headers {
  return new Headers({
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
}

export function plainResponse(status: number, text: string): Response {
  const headers = baseHeaders();
  headers.set('Content-Type', 'text/plain; charset=utf-8');
  return new Response(text, { status, headers });
}

/**
 * Answers one request. Like browser mode, a path without a file extension is a screen of the
 * single-page app (the renderer routes itself) and gets index.html; a missing asset (a path with
 * an extension) is a 404, so a broken asset path is not masked by HTML served in its place.
 */
export async function serveRendererRequest(rootDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plainResponse(405, 'Method not allowed');
  const lookup = resolveRendererFile(rootDir, request.url);
  if (!lookup.ok) return plainResponse(lookup.status, lookup.reason);
  let body: Buffer;
  try {
    body = await readFile(lookup.file);
  } catch {
    // Missing file or a directory: both are simply "not here" to the renderer.
    return plainResponse(404, 'Not found');
  }
  const headers = baseHeaders();
  headers.set('Content-Type', contentTypeFor(lookup.file));
  headers.set('Content-Length', String(body.byteLength));
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}
