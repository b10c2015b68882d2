import { protocol } from 'electron';
import { APP_SCHEME } from './appScheme';
import { serveMediaRequest, type MediaFileLookup } from './mediaFiles';
import { serveRendererRequest } from './rendererFiles';

/**
 * Must run before `app` is ready: Electron only accepts privileged scheme registrations then.
 * `standard` gives `app://outpost/` a real origin and relative-URL resolution, `secure` makes it a
 * secure context (like https), `supportFetchAPI` lets the bundle fetch its own assets.
 */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    // corsEnabled: Vite emits `<script type="module" crossorigin>`, and module scripts are CORS
    // requests even from the same origin.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

/**
 * Serves `rendererDir` (the built renderer) on `app://outpost/`, and the media library's thumbnails
 * and previews on `app://outpost/media/...` (same origin, so the CSP's `img-src 'self'` covers
 * them); call once the app is ready.
 */
export function serveRendererOverAppScheme(rendererDir: string, mediaFile: MediaFileLookup): void {
  protocol.handle(APP_SCHEME, async (request) => (await serveMediaRequest(mediaFile, request)) ?? serveRendererRequest(rendererDir, request));
}
