import { stat } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import type { MediaImportResult } from '../../preload/contract';

type Failure = Extract<MediaImportResult, { outcome: 'failed' }>;

/**
 * Imports the files the renderer named (desktop: paths from the picker or a drop). A path is only
 * a string from the renderer, so each must be absolute and name a regular file before the library
 * reads it; one that is not becomes a failed result for that file, and the others still import.
 * Results come back in the order of `paths`.
 */
export async function importPathsFromRenderer(
  paths: readonly string[],
  importPaths: (paths: string[]) => Promise<MediaImportResult[]>,
): Promise<MediaImportResult[]> {
  const checked = await Promise.all(paths.map(async (path) => ({ path, failure: await whyNotImportable(path) })));
  const importable = checked.filter((entry) => entry.failure === null).map((entry) => entry.path);
  const imported = importable.length > 0 ? await importPaths(importable) : [];
  let next = 0;
  return checked.map(({ path, failure }) => failure ?? imported[next++] ?? unanswered(path));
}

async function whyNotImportable(path: string): Promise<Failure | null> {
  const fileName = basename(path);
  if (!isAbsolute(path)) return { outcome: 'failed', fileName, message: 'Outpost was not given the full location of this file.', action: 'Add it again from the file picker.' };
  try {
    if ((await stat(path)).isFile()) return null;
    return { outcome: 'failed', fileName, message: 'This is a folder or a special file, not a photo or video.', action: 'Pick the photos and videos themselves.' };
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return { outcome: 'failed', fileName, message: 'Outpost cannot find this file.', action: 'Check that it was not moved or deleted, then add it again.' };
    }
    if (code === 'EACCES' || code === 'EPERM') {
      return { outcome: 'failed', fileName, message: 'Outpost is not allowed to read this file.', action: 'Check who may read it, or copy it somewhere else first.' };
    }
    return { outcome: 'failed', fileName, message: 'Outpost could not read this file.', action: 'Try adding it again.' };
  }
}

/** The library answers once per path; should it ever not, the owner still hears about every file. */
const unanswered = (path: string): Failure => ({
  outcome: 'failed',
  fileName: basename(path),
  message: 'Outpost could not import this file.',
  action: 'Try adding it again.',
});
