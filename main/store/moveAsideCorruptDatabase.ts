import { existsSync, renameSync } from 'node:fs';

/** Files SQLite keeps next to a database; they belong to it and travel with it. */
const COMPANION_SUFFIXES = ['-wal', '-shm', '-journal'] as const;

/**
 * Renames a damaged database and its companion files to `<file>.corrupt-<timestamp>` (plus the
 * same suffixes), so that nothing the owner had is deleted and a fresh database can take its
 * place. Returns the new path of the database file.
 *
 * Companions move first: a WAL left next to a fresh database would be replayed into it, while a
 * crash between the renames in this order leaves the damaged file in place to be found again.
 */
export function moveAsideCorruptDatabase(file: string, at: Date): string {
  const movedTo = unusedName(file, at);
  for (const suffix of COMPANION_SUFFIXES) {
    if (existsSync(file + suffix)) renameSync(file + suffix, movedTo + suffix);
  }
  renameSync(file, movedTo);
  return movedTo;
}

/** `rename` replaces an existing file, so a name already taken (two failures in one millisecond) gets a counter. */
function unusedName(file: string, at: Date): string {
  // Colons are not allowed in Windows file names.
  const stamp = at.toISOString().replaceAll(':', '-');
  for (let counter = 0; ; counter++) {
    const candidate = `${file}.corrupt-${stamp}${counter === 0 ? '' : `-${counter}`}`;
    const taken = [candidate, ...COMPANION_SUFFIXES.map((suffix) => candidate + suffix)].some(existsSync);
    if (!taken) return candidate;
  }
}
