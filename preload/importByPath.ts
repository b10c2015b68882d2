import type { ImportableFile } from './api';
import type { MediaImportResult, Result } from './contract';

/** The most paths one `media.importPaths` call takes (its request schema in the contract). */
export const IMPORT_PATHS_PER_CALL = 100;

/**
 * The desktop import: each file becomes its path on disk (Electron's `webUtils.getPathForFile`,
 * passed in as `pathOf`), and main copies it from there, so no file's bytes ever cross IPC. Paths
 * go in calls of at most the contract's batch size; the results come back one per file, in the
 * order given. A file with no path (pasted, or made in the page) fails on its own.
 */
export async function importByPath(
  files: readonly ImportableFile[],
  pathOf: (file: ImportableFile) => string,
  importPaths: (paths: string[]) => Promise<Result<MediaImportResult[]>>,
): Promise<Result<MediaImportResult[]>> {
  const results: MediaImportResult[] = [];
  const onDisk: { index: number; path: string }[] = [];
  files.forEach((file, index) => {
    const path = pathOf(file);
    if (path) onDisk.push({ index, path });
    else results[index] = notOnDisk(file.name);
  });
  for (let start = 0; start < onDisk.length; start += IMPORT_PATHS_PER_CALL) {
    const batch = onDisk.slice(start, start + IMPORT_PATHS_PER_CALL);
    const answer = await importPaths(batch.map((entry) => entry.path));
    if (!answer.ok) return answer;
    batch.forEach((entry, position) => {
      const result = answer.value[position];
      if (result) results[entry.index] = result;
    });
  }
  return { ok: true, value: results };
}

function notOnDisk(fileName: string): MediaImportResult {
  return {
    outcome: 'failed',
    fileName,
    message: `"${fileName}" is not a file on this computer (it was pasted or made in the page), so Outpost cannot copy it.`,
    action: 'Save it to a folder first, then import it from there.',
  };
}
