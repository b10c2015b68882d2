/**
 * The primary SQLite result code (https://sqlite.org/rescode.html) of an error node:sqlite threw,
 * or null for any other error. Extended result codes carry the primary code in their low byte.
 */
export function sqlitePrimaryCode(error: unknown): number | null {
  if (!(error instanceof Error) || !('errcode' in error) || typeof error.errcode !== 'number') return null;
  return error.errcode & 0xff;
}
