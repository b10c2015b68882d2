import { jsonResponse, type SandboxRequest, type SandboxResponse } from '../core/sandboxHttp';
import { makeJpeg, makeMp4, makePng, type Rgb } from '../media/syntheticMedia';
import { nextSerial, type SandboxWorld } from '../world/sandboxWorld';

/**
 * A public-URL media host on loopback, under /__sandbox/media/: Instagram and TikTok fetch media
 * by URL (reference 2.3, 6.2), so tests and the demo need somewhere to put it.
 *   GET  /media/image.jpg?width=1080&height=1350[&color=c48c52][&bytes=N]
 *   GET  /media/image.png?width=…&height=…
 *   GET  /media/video.mp4?duration_ms=15000[&width&height][&bytes=N][&moov_at_end=1]   (.mov too)
 *   GET  /media/page.html   (an HTML page, like a Drive link: not media)
 *   POST /media             (raw body, Content-Type kept) -> {"id","url"}
 *   GET  /media/files/{id}
 */
function number(request: SandboxRequest, name: string, fallback: number): number {
  const raw = request.query.get(name);
  const value = raw === null ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer`);
  return value;
}

function color(request: SandboxRequest): Rgb | undefined {
  const raw = request.query.get('color');
  if (!raw || !/^[0-9a-fA-F]{6}$/.test(raw)) return undefined;
  return { r: parseInt(raw.slice(0, 2), 16), g: parseInt(raw.slice(2, 4), 16), b: parseInt(raw.slice(4, 6), 16) };
}

const bytesResponse = (bytes: Buffer, contentType: string): SandboxResponse => ({
  status: 200,
  body: bytes,
  headers: { 'content-type': contentType, 'content-length': String(bytes.length) },
});

export function serveTestMedia(world: SandboxWorld, request: SandboxRequest, name: string): SandboxResponse {
  try {
    if (request.method === 'POST' && name === '') {
      if (request.body.kind !== 'raw') return jsonResponse(400, { error: 'POST the file bytes as the body, with their Content-Type.' });
      const id = `f${nextSerial(world)}`;
      world.state.blobs[id] = { contentType: request.body.contentType ?? 'application/octet-stream', base64: request.body.bytes.toString('base64') };
      return jsonResponse(201, { id, url: `${world.urls.control}/media/files/${id}` });
    }
    if (request.method !== 'GET') return jsonResponse(405, { error: 'Use GET (or POST to /media).' });
    const width = () => number(request, 'width', 1080);
    const height = (fallback: number) => number(request, 'height', fallback);
    const pad = request.query.has('bytes') ? number(request, 'bytes', 0) : undefined;
    switch (name) {
      case 'image.jpg':
        return bytesResponse(makeJpeg(width(), height(1350), { color: color(request), padToBytes: pad }), 'image/jpeg');
      case 'image.png':
        return bytesResponse(makePng(width(), height(1350), { color: color(request), padToBytes: pad }), 'image/png');
      case 'video.mp4':
      case 'video.mov':
        return bytesResponse(
          makeMp4({
            durationMs: number(request, 'duration_ms', 15_000),
            width: width(),
            height: height(1920),
            sizeBytes: pad,
            brand: name === 'video.mov' ? 'qt  ' : 'isom',
            moovAtEnd: request.query.get('moov_at_end') === '1',
          }),
          name === 'video.mov' ? 'video/quicktime' : 'video/mp4',
        );
      case 'page.html':
        return { status: 200, body: '<!doctype html><title>Shared file</title><p>Open in the app to view.</p>', headers: { 'content-type': 'text/html' } };
    }
    const file = name.startsWith('files/') ? world.state.blobs[name.slice('files/'.length)] : undefined;
    if (file) return bytesResponse(Buffer.from(file.base64, 'base64'), file.contentType);
    return jsonResponse(404, { error: `No test media named ${name}.` });
  } catch (error) {
    if (error instanceof RangeError) return jsonResponse(400, { error: error.message });
    throw error;
  }
}
