import type { DatabaseSync } from 'node:sqlite';

/**
 * The owner's searches (drafts, the media library) ignore case in every alphabet. SQLite's LIKE
 * folds only ASCII without ICU, so "BÄCKEREI" would miss "bäckerei"; both sides go through this
 * SQL function instead: `search_fold(column) LIKE :pattern ESCAPE '\'`.
 */
export const SEARCH_FOLD = 'search_fold';

const fold = (text: string) => text.toLowerCase();

/** Makes `search_fold` known to this connection; repositories that search call it once. */
export function registerSearchFold(db: DatabaseSync): void {
  db.function(SEARCH_FOLD, { deterministic: true }, (value) => (typeof value === 'string' ? fold(value) : value));
}

/** `%text%` for LIKE, folded, with LIKE's own characters matched as themselves; null for an empty search. */
export function searchPattern(search: string | undefined): string | null {
  const text = fold(search?.trim() ?? '');
  return text === '' ? null : `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
