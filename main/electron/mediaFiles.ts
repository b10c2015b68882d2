import { readFile } from 'node:fs/promises';
import type { RenditionVariant } from '../media/mediaLayout';
import { MEDIA_ROUTE_PREFIX, RENDITION_CONTENT_TYPE, parseMediaRoute } from '../media/mediaRoutes';
import { APP_HOST } from './appScheme';
import { baseHeaders, plainResponse } from './rendererFiles';

/** The library's file for a thumbnail or preview, or null when there is none. */
export type MediaFileLookup = (id: string, variant: RenditionVariant) => Promise<string | null>;

/**
 * Answers `app://outpost/media/<variant>/<id>` with the item's thumbnail or preview, or returns
 * null for any other path (the renderer's files). A path under /media/ that is not exactly a
 * variant and a 64-hex id is a 404, never a file lookup and never index.html.
 */
export async function serveMediaRequest(lookup: MediaFileLookup, request: Request): Promise<Response | null> {
  const url = URL.parse(request.url);
  if (!url || url.host !== APP_HOST || !url.pathname.startsWith(MEDIA_ROUTE_PREFIX)) return null;
  if (request.method !== 'GET' && request.method !== 'HEAD') return plainResponse(405, 'Method not allowed');
  const route = parseMediaRoute(url.pathname);
  const file = route ? await lookup(route.id, route.variant) : null;
  if (!file) return plainResponse(404, 'Not found');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    // Deleted between the lookup and the read.
    return plainResponse(404, 'Not found');
  }
  const headers = baseHeaders();
  headers.set('Content-Type', RENDITION_CONTENT_TYPE);
  headers.set('Content-Length', String(body.byteLength));
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}
