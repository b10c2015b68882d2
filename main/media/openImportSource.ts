import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { MediaSourceError } from './mediaErrors';

/**
 * Opens a file the owner picked for reading, saying in their words why it cannot be: gone since
 * they picked it, a folder, or not theirs to read. Opened before copying so that these are told
 * apart from problems on Outpost's side of the copy.
 */
export async function openImportSource(path: string, fileName: string): Promise<Readable> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw sourceError(fileName, error);
  }
  const stats = await handle.stat();
  if (!stats.isFile()) {
    await handle.close();
    throw notAFile(fileName);
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
