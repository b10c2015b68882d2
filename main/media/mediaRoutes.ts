import type { RenditionVariant } from './mediaLayout';

/**
 * The path both shells serve a thumbnail or preview on: `app://outpost/media/<variant>/<id>` in the
 * desktop app, `http://127.0.0.1:<port>/media/<variant>/<id>?token=...` in browser mode. Parsing
 * is strict (two known variants, an id of exactly 64 lowercase hex digits), so nothing else in
 * the request can reach the file system.
 */
export const MEDIA_ROUTE_PREFIX = '/media/';

/** Every rendition is a JPEG. */
export const RENDITION_CONTENT_TYPE = 'image/jpeg';

const MEDIA_ROUTE = /^\/media\/(thumbnail|preview)\/([0-9a-f]{64})$/;

export function mediaRoutePath(variant: RenditionVariant, id: string): string {
  return `${MEDIA_ROUTE_PREFIX}${variant}/${id}`;
}

export function parseMediaRoute(pathname: string): { variant: RenditionVariant; id: string } | null {
  const match = MEDIA_ROUTE.exec(pathname);
  return match ? { variant: match[1] as RenditionVariant, id: match[2] as string } : null;
}
