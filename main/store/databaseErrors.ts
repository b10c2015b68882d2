import { dirname } from 'node:path';
import { DomainError } from '../errors/domainError';
import { sqlitePrimaryCode } from './sqliteResultCode';

/**
 * The database file was written by a newer Outpost. Opening it could mean migrating it "down" or
 * misreading columns this version does not know, so it is refused untouched and the owner is
 * asked to update.
 */
export class DatabaseTooNewError extends DomainError {
  constructor(
    readonly file: string,
    readonly fileVersion: number,
    readonly knownVersion: number,
  ) {
    super(
      'INTERNAL',
      `The database at "${file}" has schema version ${fileVersion}, but this version of Outpost ` +
        `knows schema versions up to ${knownVersion} only. It was written by a newer Outpost: ` +
        'update Outpost to open it. The file was left exactly as it is.',
      'Update Outpost to the latest version, then start it again.',
    );
  }
}

/** The database file or its folder cannot be created, opened or written (permissions, disk, lock). */
export class DatabaseUnavailableError extends DomainError {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(
      'INTERNAL',
      `Outpost cannot open its database at "${file}".`,
      `Check that the folder "${dirname(file)}" exists, that you can write to it and that the disk ` +
        'is not full, then start Outpost again.',
      { cause },
    );
  }
}

/** A schema migration failed; its transaction was rolled back, so the file is still usable. */
export class DatabaseMigrationError extends DomainError {
  constructor(
    readonly migrationVersion: number,
    readonly migrationName: string,
    readonly leftAtVersion: number,
    cause: unknown,
  ) {
    super(
      'INTERNAL',
      `Outpost could not upgrade its database to schema version ${migrationVersion} ` +
        `(${migrationName}); the database was left unchanged at schema version ${leftAtVersion}.`,
      'Start Outpost again. If this keeps happening, copy the diagnostics from Settings and report it.',
      { cause },
    );
  }
}

// SQLite's "database or disk is full" (https://sqlite.org/rescode.html#full).
const SQLITE_FULL = 13;

/**
 * A write failed because the disk (or the database's size limit) is full: SQLite's SQLITE_FULL,
 * or ENOSPC from the file system. Nothing was half-written (the transaction rolled back); the
 * same write succeeds once space is freed, so callers tell the owner that rather than "internal".
 */
export function isDiskFull(error: unknown): boolean {
  if (sqlitePrimaryCode(error) === SQLITE_FULL) return true;
  return error instanceof Error && 'code' in error && error.code === 'ENOSPC';
}
