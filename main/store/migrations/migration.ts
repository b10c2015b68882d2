import type { DatabaseSync } from 'node:sqlite';

/**
 * One numbered step of the schema. Versions start at 1 and have no gaps; once released, a
 * migration is never edited (a change is a new migration), because owners' files already ran it.
 * `up` runs inside a transaction that also sets `PRAGMA user_version`, so it must not open or
 * commit transactions itself.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: DatabaseSync): void;
}
