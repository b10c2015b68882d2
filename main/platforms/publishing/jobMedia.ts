import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { pipeline, Transform, type Readable } from 'node:stream';
import { planFix } from '../../media/mediaFixes';
import type { PublishMedia } from '../publisher';

/** A file's bytes as an upload sends them, with what the multipart part says about them. */
export interface UploadFile {
  bytes: Buffer;
  contentType: string;
  fileName: string;
}

/** Content types by the probe's format (read from the bytes, never the name). */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  heic: 'image/heic',
  avif: 'image/avif',
  tiff: 'image/tiff',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
};

export function contentTypeOf(format: string): string {
  return CONTENT_TYPES[format] ?? 'application/octet-stream';
}

/**
 * A photo's bytes as they leave the machine. With "remove location and camera details" on and
 * such details in the photo, it is made the way the library's own fix makes it (upright, without
 * EXIF and XMP, its colour profile kept); otherwise the stored bytes go as they are. Photos are
 * at most a few megabytes on every platform, so they are read whole.
 */
export async function photoForUpload(media: PublishMedia, stripMetadata: boolean): Promise<UploadFile> {
  if (stripMetadata && (media.probe.hasLocation || media.probe.hasCameraDetails)) {
    const fixed = await planFix(media.filePath, media.probe, media.originalName, { kind: 'strip_metadata' });
    const { data, info } = await fixed.output.toBuffer({ resolveWithObject: true });
    return { bytes: data, contentType: contentTypeOf(info.format), fileName: fixed.originalName };
  }
  return { bytes: await readFile(media.filePath), contentType: contentTypeOf(media.probe.format), fileName: media.originalName };
}

export async function fileSizeOf(filePath: string): Promise<number> {
  return (await stat(filePath)).size;
}

/** Bytes [start, end) of a file: one chunk of a chunked upload, read only when it is due. */
export async function readRange(filePath: string, start: number, end: number): Promise<Buffer> {
  const file = await open(filePath, 'r');
  try {
    const bytes = Buffer.alloc(end - start);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await file.read(bytes, filled, bytes.length - filled, start + filled);
      if (bytesRead === 0) throw new RangeError(`${filePath} ends before byte ${end}.`);
      filled += bytesRead;
    }
    return bytes;
  } finally {
    await file.close();
  }
}

/**
 * The file from `offset` to its end as a stream that reports how many of its bytes have gone
 * out (counted from the start of the file), for an upload that sends it in one request.
 * Destroying the stream closes the file.
 */
export function streamFrom(filePath: string, offset: number, onSent: (bytesFromStart: number) => void): Readable {
  let sent = offset;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      sent += chunk.length;
      onSent(sent);
      done(null, chunk);
    },
  });
  return pipeline(createReadStream(filePath, { start: offset }), counter, () => undefined);
}
