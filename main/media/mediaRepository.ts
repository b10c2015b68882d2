import type { DatabaseSync } from 'node:sqlite';
import type { MediaFixKind, MediaKind, MediaQuery } from '../../preload/contract';
import { registerSearchFold, SEARCH_FOLD, searchPattern } from '../store/textSearch';
import { inTransaction } from '../store/transaction';
import { removeEverywhere } from './mediaRemoval';
import { LOCKED_STATUSES, mediaUses } from './mediaUses';

/** A `media` row with how many posts (not in the bin) use the item. */
export interface MediaRow {
  id: string;
  original_name: string;
  stored_file: string;
  kind: MediaKind;
  probe: string;
  derived_from: string | null;
  derived_fix: MediaFixKind | null;
  imported_at: string;
  used_by: number;
}

export type NewMediaRow = Omit<MediaRow, 'used_by'>;

export interface MediaUseRow {
  post_id: string;
  body: string;
  scheduled: number;
}

const ITEM_COLUMNS = `m.id, m.original_name, m.stored_file, m.kind, m.probe, m.derived_from, m.derived_fix, m.imported_at,
  coalesce(usage.used_by, 0) AS used_by`;

const IN_IDS = 'IN (SELECT value FROM json_each(:ids))';

/** The library's rows, each read with its use (mediaUses.ts). */
export function createMediaRepository(db: DatabaseSync) {
  registerSearchFold(db);
  const locateOne = db.prepare('SELECT stored_file, probe FROM media WHERE id = ?');
  const findOne = db.prepare(`WITH ${mediaUses('= :id')} SELECT ${ITEM_COLUMNS} FROM media m LEFT JOIN usage ON usage.media_id = m.id WHERE m.id = :id`);
  const findMany = db.prepare(`WITH ${mediaUses(IN_IDS)} SELECT ${ITEM_COLUMNS} FROM media m LEFT JOIN usage ON usage.media_id = m.id WHERE m.id ${IN_IDS}`);
  const listAll = db.prepare(`
    WITH ${mediaUses('IS NOT NULL')}
    SELECT ${ITEM_COLUMNS} FROM media m LEFT JOIN usage ON usage.media_id = m.id
     WHERE (:pattern IS NULL OR ${SEARCH_FOLD}(m.original_name) LIKE :pattern ESCAPE '\\')
       AND (:kind IS NULL OR m.kind = :kind)
       AND (:usage = 'all' OR (:usage = 'used') = (coalesce(usage.used_by, 0) > 0))
     ORDER BY m.imported_at DESC, m.rowid DESC`);
  const insertRow = db.prepare(`
    INSERT INTO media (id, original_name, stored_file, kind, probe, derived_from, derived_fix, imported_at)
    VALUES (:id, :original_name, :stored_file, :kind, :probe, :derived_from, :derived_fix, :imported_at)
    ON CONFLICT (id) DO NOTHING`);
  const usesOfOne = db.prepare(`
    WITH ${mediaUses('= :id')}
    SELECT p.id AS post_id, p.body,
           EXISTS (SELECT 1 FROM targets t WHERE t.post_id = p.id AND t.status IN ${LOCKED_STATUSES}) AS scheduled
      FROM live_uses lu JOIN posts p ON p.id = lu.post_id
     ORDER BY p.updated_at DESC, p.id`);

  return {
    /** Where the item's file is, without working out its use (for serving files). */
    locate: (id: string) => locateOne.get(id) as Pick<MediaRow, 'stored_file' | 'probe'> | undefined,
    find: (id: string) => findOne.get({ id }) as MediaRow | undefined,
    findMany: (ids: readonly string[]) => findMany.all({ ids: JSON.stringify(ids) }) as unknown as MediaRow[],
    list(query: MediaQuery): MediaRow[] {
      return listAll.all({
        pattern: searchPattern(query.search),
        kind: query.kind ?? null,
        usage: query.usage ?? 'all',
      }) as unknown as MediaRow[];
    },
    /** False when a row with this id was already there (the same bytes imported meanwhile). */
    insert: (row: NewMediaRow) => Number(insertRow.run({ ...row }).changes) === 1,
    usedBy: (id: string) => usesOfOne.all({ id }) as unknown as MediaUseRow[],
    /** mediaRemoval.ts, in one transaction. */
    remove: (id: string, now: string) => inTransaction(db, () => removeEverywhere(db, id, now)),
  };
}

export type MediaRepository = ReturnType<typeof createMediaRepository>;
