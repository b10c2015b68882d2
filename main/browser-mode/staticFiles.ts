import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built renderer. Unknown paths fall back to index.html (the renderer routes itself);
 * a path that resolves outside the directory is refused.
 */
export function createStaticHandler(rootDirectory: string, contentSecurityPolicy: string) {
  const root = resolve(rootDirectory);
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://local').pathname);
    const candidate = resolve(join(root, pathname));
    const inside = relative(root, candidate);
    if (inside.startsWith('..') || isAbsolute(inside)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    const file = extname(candidate) ? candidate : join(root, 'index.html');
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': contentSecurityPolicy,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end('Not found');
    }
  };
}
