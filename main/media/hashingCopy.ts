import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MediaFileWriter } from './mediaFileWriter';

export interface HashedCopy {
  sha256: string;
  byteSize: number;
}

/**
 * Streams `source` into `destination` and hashes it on the way, so a 1 GB video is read once and
 * never held in memory. On any failure the partial file is removed before the error goes on.
 */
export async function hashingCopy(source: Readable, destination: string, writer: MediaFileWriter): Promise<HashedCopy> {
  const hash = createHash('sha256');
  let byteSize = 0;
  try {
    await pipeline(
      source,
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          hash.update(chunk);
          byteSize += chunk.length;
          yield chunk;
        }
      },
      writer.createWriteStream(destination),
    );
  } catch (error) {
    await rm(destination, { force: true });
    throw error;
  }
  return { sha256: hash.digest('hex'), byteSize };
}
