import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { MediaSourceError } from './mediaErrors';

/** 4 GiB: the largest video any platform takes (TikTok, platform-apis.md 6.2); browser mode's upload cap too. */
export const MAX_IMPORT_BYTES = 4 * 1024 ** 3;

/**
 * Opens a file the owner picked for reading, saying in their words why it cannot be: gone since
 * they picked it, a folder, or not theirs to read. Opened before copying so that these are told
 * apart from problems on Outpost's side of the copy.
 */
export async function openImportSource(path: string, fileName: string): Promise<Readable> {
  // Looked at before opening: opening a named pipe would wait for a writer for ever, and a file
  // larger than any platform takes would be copied whole before being refused.
  let stats;
  try {
    stats = await stat(path);
  } catch (error) {
    throw sourceError(fileName, error);
  }
  if (stats.isDirectory()) throw notAFile(fileName);
  if (!stats.isFile()) throw notARegularFile(fileName);
  if (stats.size > MAX_IMPORT_BYTES) throw tooLarge(fileName);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw sourceError(fileName, error);
  }
  return handle.createReadStream();
}

function sourceError(fileName: string, cause: unknown): MediaSourceError {
  const code = (cause as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') {
    return new MediaSourceError(
      `Outpost is not allowed to read "${fileName}".`,
      'Check the file’s permissions, or copy it to a folder of yours (Pictures, Desktop) and import the copy.',
      { cause },
    );
  }
  if (code === 'EISDIR') return notAFile(fileName, cause);
  return new MediaSourceError(`"${fileName}" could not be found.`, 'It may have been moved, renamed or deleted; pick it again.', { cause });
}

function notAFile(fileName: string, cause?: unknown): MediaSourceError {
  return new MediaSourceError(
    `"${fileName}" is a folder, not a file.`,
    'Open the folder and pick the photos or videos inside it.',
    cause === undefined ? undefined : { cause },
  );
}

function tooLarge(fileName: string): MediaSourceError {
  return new MediaSourceError(
    `"${fileName}" is larger than 4 GB, more than any platform takes.`,
    'Export a shorter or smaller version and import that.',
  );
}

function notARegularFile(fileName: string): MediaSourceError {
  return new MediaSourceError(`"${fileName}" is not a file Outpost can read (a device or a pipe).`, 'Pick the photos or videos themselves.');
}
