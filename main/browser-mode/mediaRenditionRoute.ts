import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { BROWSER_BRIDGE_TOKEN_PARAMETER } from '../../preload/contract';
import type { MediaLibrary } from '../media/mediaLibrary';
import { RENDITION_CONTENT_TYPE, parseMediaRoute } from '../media/mediaRoutes';
import { sendText } from './httpReplies';
import { sameSecret } from './sameSecret';

/**
 * GET /media/<thumbnail|preview>/<id>?token=...: an item's JPEG for the page's <img> tags, same
 * origin as the page (so the CSP's `img-src 'self'` covers it). Needs the run's token; anything
 * but a known variant and a 64-hex id is a 404 without a lookup.
 */
export async function serveMediaRendition(
  media: MediaLibrary,
  token: string,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed');
  if (!sameSecret(url.searchParams.get(BROWSER_BRIDGE_TOKEN_PARAMETER), token)) return sendText(response, 403, 'Forbidden');
  const route = parseMediaRoute(url.pathname);
  const file = route ? await media.filePath(route.id, route.variant) : null;
  if (!file) return sendText(response, 404, 'Not found');
  const { size } = await stat(file);
  response.writeHead(200, {
    'Content-Type': RENDITION_CONTENT_TYPE,
    'Content-Length': size,
    'X-Content-Type-Options': 'nosniff',
    // Only our own page may show it, even with the token in hand.
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  });
  if (request.method === 'HEAD') return void response.end();
  await pipeline(createReadStream(file), response);
}
