import { createHash } from 'node:crypto';
import type { HostService } from '../core/hostService';
import { Router } from '../core/router';
import { jsonResponse, type SandboxRequest, type SandboxResponse } from '../core/sandboxHttp';
import type { SandboxWorld } from '../world/sandboxWorld';
import { makeJpeg, makeMp4 } from './syntheticMedia';

/**
 * scontent.xx.fbcdn.net, as far as the sandbox needs it:
 *   /cdn/ig/{media-id}.jpg|.mp4, /cdn/ig/{media-id}-thumb.jpg    published Instagram media
 *   /cdn/profile/{id}.jpg                                          profile pictures
 *   /cdn/v/t39.30808-6/{photo-id}_{w}x{h}.jpg?oh=…&oe=…           Page photos
 * Page photo URLs are signed and expire, like fbcdn URLs (reference 2.3): `oe` is the expiry in
 * hex seconds, `oh` a signature; a stale or tampered URL answers 403.
 */
export const PHOTO_URL_LIFETIME_MS = 3 * 24 * 60 * 60 * 1000;

function signature(world: SandboxWorld, path: string, expiryHex: string): string {
  return createHash('sha256').update(`${world.seed}|${path}|${expiryHex}`).digest('hex').slice(0, 32);
}

export function signedPhotoUrl(world: SandboxWorld, photoId: string, width: number, height: number): string {
  const path = `/v/t39.30808-6/${photoId}_${width}x${height}.jpg`;
  const expiryHex = Math.floor((world.clock.now() + PHOTO_URL_LIFETIME_MS) / 1000).toString(16);
  return `${world.urls.cdn}${path}?oh=${signature(world, path, expiryHex)}&oe=${expiryHex}`;
}

const bytes = (buffer: Buffer, contentType: string): SandboxResponse => ({
  status: 200,
  body: buffer,
  headers: { 'content-type': contentType, 'content-length': String(buffer.length), 'cache-control': 'max-age=1209600' },
});

const notFound = (): SandboxResponse => ({ status: 404, body: 'Not Found', headers: { 'content-type': 'text/plain' } });

export function createCdnHost(world: SandboxWorld): HostService {
  const router = new Router<(request: SandboxRequest) => SandboxResponse>();
  router.add('GET', '/ig/:file', (request) => {
    const match = /^(\d+)(-thumb)?\.(jpg|mp4)$/.exec(request.routeParams.file ?? '');
    const media = match ? world.state.instagram.media[match[1] ?? ''] : undefined;
    if (!match || !media) return notFound();
    if (match[2] || (match[3] === 'jpg' && media.mediaType !== 'IMAGE')) return bytes(makeJpeg(1080, 1920), 'image/jpeg');
    if (match[3] === 'mp4') return bytes(makeMp4({ durationMs: media.durationMs ?? 15_000 }), 'video/mp4');
    const blob = world.state.blobs[`ig-media-${media.id}`];
    return blob ? bytes(Buffer.from(blob.base64, 'base64'), blob.contentType) : bytes(makeJpeg(1080, 1080), 'image/jpeg');
  });
  router.add('GET', '/profile/:file', () => bytes(makeJpeg(150, 150, { color: { r: 233, g: 196, b: 150 } }), 'image/jpeg'));
  router.add('GET', '/v/t39.30808-6/:file', (request) => {
    const path = request.path;
    const expiryHex = request.query.get('oe') ?? '';
    if (request.query.get('oh') !== signature(world, path, expiryHex)) return { status: 403, body: 'Bad URL hash', headers: { 'content-type': 'text/plain' } };
    if (Number.parseInt(expiryHex, 16) * 1000 <= world.clock.now()) return { status: 403, body: 'URL signature expired', headers: { 'content-type': 'text/plain' } };
    const photoId = /^(\d+)_/.exec(request.routeParams.file ?? '')?.[1];
    const photo = photoId ? world.state.facebook.photos[photoId] : undefined;
    if (!photo) return notFound();
    const blob = world.state.blobs[photo.blobId];
    // Demo history photos have no stored bytes: a generated image of the right size stands in.
    return blob ? bytes(Buffer.from(blob.base64, 'base64'), blob.contentType) : bytes(makeJpeg(photo.width, photo.height), 'image/jpeg');
  });

  return {
    async handle(request) {
      const match = router.match(request.method, request.path);
      if (match.kind !== 'found') return notFound();
      return match.handler({ ...request, routeParams: match.params });
    },
    faultResponse: (fault) => jsonResponse(fault.kind === 'throttle' ? 429 : fault.status, { error: 'CDN unavailable' }),
  };
}
