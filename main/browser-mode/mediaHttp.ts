import { rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BROWSER_MEDIA_UPLOAD_PATH } from '../../preload/contract';
import type { Logger } from '../diagnostics/logger';
import type { MediaLibrary } from '../media/mediaLibrary';
import { MEDIA_ROUTE_PREFIX } from '../media/mediaRoutes';
import { errorResult, sendJson } from './httpReplies';
import { serveMediaRendition } from './mediaRenditionRoute';
import { receiveMediaUpload } from './mediaUploadRoute';
import { MAX_IMPORT_BYTES } from '../media/openImportSource';

export interface MediaHttpOptions {
  media: MediaLibrary;
  /** This server's origin: uploads must come from a page of it. */
  origin: string;
  /** The run's token, which every media request must show. */
  token: string;
  /** Where uploads are streamed before they are imported (inside the data directory). */
  uploadDirectory: string;
  logger: Logger;
  /** The largest upload taken; TikTok's video limit unless a test lowers it. */
  maxUploadBytes?: number;
}

/** The same cap as a desktop import: no platform takes more. */
const MAX_UPLOAD_BYTES = MAX_IMPORT_BYTES;

/**
 * Browser mode's media routes beside the bridge socket, where the desktop app has app:// and
 * `media.importPaths`: the thumbnails and previews (mediaRenditionRoute.ts) and the upload of a
 * picked or dropped file (mediaUploadRoute.ts). Returns a request handler that answers true when
 * the request was one of these.
 */
export function createMediaHttpHandler(options: MediaHttpOptions) {
  const upload = { ...options, maxUploadBytes: options.maxUploadBytes ?? MAX_UPLOAD_BYTES };
  // Whatever is there was cut off by an earlier run stopping mid-upload.
  rmSync(options.uploadDirectory, { recursive: true, force: true });

  return (request: IncomingMessage, response: ServerResponse): boolean => {
    const url = new URL(request.url ?? '/', options.origin);
    let handled: Promise<void>;
    if (url.pathname === BROWSER_MEDIA_UPLOAD_PATH) handled = receiveMediaUpload(upload, request, response, url);
    else if (url.pathname.startsWith(MEDIA_ROUTE_PREFIX)) handled = serveMediaRendition(options.media, options.token, request, response, url);
    else return false;
    handled.catch((error: unknown) => {
      options.logger.error({ err: error, path: url.pathname }, 'browser-mode: media request failed');
      if (!response.headersSent) sendJson(response, 500, errorResult('INTERNAL', 'Outpost could not answer this media request.'));
      else response.destroy();
    });
    return true;
  };
}
