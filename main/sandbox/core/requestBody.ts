import type { IncomingMessage } from 'node:http';
import { boundaryOf, parseMultipart } from './multipart';
import type { FormFields, RequestBody } from './sandboxHttp';

/** Large enough for a 128 MB final TikTok chunk (reference 6.2), small enough to stay sane. */
export const MAX_BODY_BYTES = 160 * 1024 * 1024;

export class BodyTooLargeError extends Error {}

export interface ReadBody {
  bytes: Buffer;
  /** False when reading stopped early on purpose (a dropped-connection fault). */
  complete: boolean;
}

/**
 * Reads the request body. With `stopAfter`, stops once that many bytes arrived and leaves the
 * rest unread: the caller then destroys the socket, as a connection dropped mid-upload.
 */
export function readBody(request: IncomingMessage, options: { stopAfter?: number } = {}): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const finish = (complete: boolean) => {
      if (settled) return;
      settled = true;
      request.removeAllListeners('data');
      resolve({ bytes: Buffer.concat(chunks), complete });
    };
    request.on('data', (chunk: Buffer) => {
      if (settled) return;
      received += chunk.length;
      if (received > MAX_BODY_BYTES) {
        settled = true;
        request.pause();
        reject(new BodyTooLargeError(`Request bodies are limited to ${MAX_BODY_BYTES} bytes.`));
        return;
      }
      chunks.push(chunk);
      if (options.stopAfter !== undefined && received >= options.stopAfter) {
        request.pause();
        const all = Buffer.concat(chunks);
        chunks.length = 0;
        chunks.push(all.subarray(0, options.stopAfter));
        finish(false);
      }
    });
    request.on('end', () => finish(true));
    request.on('error', (error) => {
      if (!settled) {
        settled = true;
        reject(error);
      }
    });
  });
}

export function parseFormFields(text: string): FormFields {
  const fields: FormFields = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const existing = fields[key];
    if (existing === undefined) fields[key] = value;
    else fields[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return fields;
}

/** Parses by Content-Type: urlencoded, JSON, multipart, anything else is raw bytes. */
export function parseBody(bytes: Buffer, contentTypeHeader: string | undefined): RequestBody {
  const contentType = (contentTypeHeader ?? '').toLowerCase();
  const mediaType = contentType.split(';')[0]?.trim() ?? '';
  if (bytes.length === 0 && mediaType !== 'multipart/form-data') return { kind: 'empty' };
  if (mediaType === 'application/x-www-form-urlencoded') {
    return { kind: 'form', fields: parseFormFields(bytes.toString('utf8')) };
  }
  if (mediaType === 'application/json' || mediaType.endsWith('+json')) {
    try {
      return { kind: 'json', value: JSON.parse(bytes.toString('utf8')) as unknown };
    } catch {
      return { kind: 'invalid', contentType: mediaType, reason: 'The body is not valid JSON.' };
    }
  }
  if (mediaType === 'multipart/form-data') {
    const boundary = boundaryOf(contentTypeHeader ?? '');
    const parsed = boundary ? parseMultipart(bytes, boundary) : null;
    if (!parsed) return { kind: 'invalid', contentType: mediaType, reason: 'The multipart body is malformed.' };
    return { kind: 'multipart', fields: parsed.fields, files: parsed.files };
  }
  return { kind: 'raw', bytes, contentType: contentTypeHeader ?? null };
}
