import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  BROWSER_BRIDGE_TOKEN_PARAMETER,
  BROWSER_MEDIA_UPLOAD_NAME_PARAMETER,
  type ErrorResult,
  type MediaImportResult,
  type OkResult,
} from '../../preload/contract';
import type { Logger } from '../diagnostics/logger';
import { isOutOfSpace } from '../media/mediaErrors';
import type { MediaLibrary } from '../media/mediaLibrary';
import { errorResult, sendJson, sendText } from './httpReplies';
import { sameSecret } from './sameSecret';

export interface MediaUploadOptions {
  media: MediaLibrary;
  /** This server's origin: uploads must come from a page of it. */
  origin: string;
  token: string;
  /** Where uploads are streamed before they are imported (inside the data directory). */
  uploadDirectory: string;
  maxUploadBytes: number;
  logger: Logger;
}

/**
 * POST /media-upload?token=...&name=<file name>: the raw bytes of a file the owner picked or
 * dropped, streamed to a temporary file (never held in memory), imported under its own name, and
 * removed before the answer goes out: the contract's `{ ok: true, value: MediaImportResult }`, or
 * an ErrorResult. Like the bridge socket it needs our Origin and the run's token.
 */
export async function receiveMediaUpload(options: MediaUploadOptions, request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
  if (request.method !== 'POST') return sendText(response, 405, 'Method not allowed');
  if (request.headers.origin !== options.origin || !sameSecret(url.searchParams.get(BROWSER_BRIDGE_TOKEN_PARAMETER), options.token)) {
    options.logger.warn({ origin: request.headers.origin ?? null }, 'browser-mode: refused a media upload');
    return refuseUnread(response, 403, errorResult('FORBIDDEN_SENDER', 'This upload did not come from the Outpost page.'));
  }
  const name = url.searchParams.get(BROWSER_MEDIA_UPLOAD_NAME_PARAMETER)?.trim() ?? '';
  if (name.length === 0 || name.length > 255) {
    return refuseUnread(response, 400, errorResult('VALIDATION_FAILED', 'An upload needs the file’s name (1 to 255 characters).'));
  }
  if (Number(request.headers['content-length'] ?? 0) > options.maxUploadBytes) {
    return refuseUnread(response, 413, tooLarge(name, options.maxUploadBytes));
  }

  await mkdir(options.uploadDirectory, { recursive: true });
  const temporary = join(options.uploadDirectory, randomUUID());
  let answer: { status: number; body: unknown } | null;
  try {
    answer = await receiveAndImport(options, request, temporary, name);
  } finally {
    // Gone before the page hears back: an import never leaves its upload behind.
    await rm(temporary, { force: true });
  }
  if (answer) sendJson(response, answer.status, answer.body);
}

/** The answer to send, or null when the page went away mid-upload and nobody is left to answer. */
async function receiveAndImport(options: MediaUploadOptions, request: IncomingMessage, temporary: string, name: string) {
  try {
    await pipeline(request, sizeCap(options.maxUploadBytes), createWriteStream(temporary, { flags: 'wx' }));
  } catch (error) {
    if (error instanceof UploadTooLargeError) return { status: 413, body: tooLarge(name, options.maxUploadBytes) };
    if (isOutOfSpace(error)) {
      const full = errorResult('DISK_FULL', `The disk is full, so "${name}" could not be received.`, 'Free some space on the disk, then import it again.');
      return { status: 507, body: full };
    }
    options.logger.warn({ err: error }, 'browser-mode: an upload was cut off');
    return null;
  }
  const result = await options.media.importFile(temporary, name);
  return { status: 200, body: { ok: true, value: result } satisfies OkResult<MediaImportResult> };
}

/**
 * Refuses an upload without reading its body, and closes the connection: otherwise Node would
 * read (and throw away) the whole refused file to keep the connection for another request.
 */
function refuseUnread(response: ServerResponse, status: number, body: ErrorResult): void {
  sendJson(response, status, body, { Connection: 'close' });
}

class UploadTooLargeError extends Error {}

/** Passes bytes through until there are more than `limit`, then fails the pipeline. */
function sizeCap(limit: number): Transform {
  let received = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      callback(received > limit ? new UploadTooLargeError() : null, chunk);
    },
  });
}

function tooLarge(name: string, limit: number): ErrorResult {
  const size = limit >= 1024 ** 3 ? `${Math.round(limit / 1024 ** 3)} GB` : `${limit} bytes`;
  return errorResult('MEDIA_UNSUPPORTED', `"${name}" is larger than ${size}, more than any platform takes.`, 'Make a shorter or smaller copy, then import that.');
}
