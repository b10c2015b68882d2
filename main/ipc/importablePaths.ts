import { basename, isAbsolute } from 'node:path';
import type { MediaImportResult } from '../../preload/contract';

type Failure = Extract<MediaImportResult, { outcome: 'failed' }>;

/**
 * Imports the files the renderer named (desktop: paths from the picker or a drop). A path is only
 * a string from the renderer, and a relative one would be read against main's working directory,
 * so only absolute paths reach the library (which says in words why a file is missing, a folder
 * or unreadable); any other becomes a failed result for that file. Results keep the paths' order.
 */
export async function importPathsFromRenderer(
  paths: readonly string[],
  importPaths: (paths: string[]) => Promise<MediaImportResult[]>,
): Promise<MediaImportResult[]> {
  const absolute = paths.filter((path) => isAbsolute(path));
  const imported = absolute.length > 0 ? await importPaths(absolute) : [];
  let next = 0;
  return paths.map((path) => (isAbsolute(path) ? (imported[next++] ?? unanswered(path)) : notAbsolute(path)));
}

const notAbsolute = (path: string): Failure => ({
  outcome: 'failed',
  fileName: basename(path),
  message: 'Outpost was not given the full location of this file.',
  action: 'Add it again from the file picker.',
});

/** The library answers once per path; should it ever not, the owner still hears about every file. */
const unanswered = (path: string): Failure => ({
  outcome: 'failed',
  fileName: basename(path),
  message: 'Outpost could not import this file.',
  action: 'Try adding it again.',
});
