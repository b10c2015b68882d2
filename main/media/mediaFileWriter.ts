import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** The one way the library writes bytes to disk; tests replace it to play a full disk. */
export interface MediaFileWriter {
  createWriteStream(path: string): Writable;
}

export const diskWriter: MediaFileWriter = {
  // `wx`: the names are fresh; an existing file means a bug, never something to overwrite.
  createWriteStream: (path) => createWriteStream(path, { flags: 'wx' }),
};

/**
 * Writes `bytes` to `temporary` (on the same file system), then renames it to `path`, so a reader
 * (the protocol handler serving a thumbnail) sees the old file or the whole new one, never half.
 */
export async function writeFileAtomically(path: string, bytes: Buffer, temporary: string, writer: MediaFileWriter): Promise<void> {
  try {
    await pipeline(Readable.from([bytes]), writer.createWriteStream(temporary));
    await mkdir(dirname(path), { recursive: true });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
