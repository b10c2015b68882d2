import { existsSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { readSchemaVersion } from './migrations/applyMigrations';
import { sqlitePrimaryCode } from './sqliteResultCode';

/** What is on disk before Outpost opens it for writing. */
export type DatabaseFileState =
  | { kind: 'absent' }
  | { kind: 'usable'; schemaVersion: number }
  | { kind: 'tooNew'; schemaVersion: number }
  | { kind: 'corrupt'; reason: string };

// SQLite primary result codes (https://sqlite.org/rescode.html) that mean "this file is damaged".
const SQLITE_CORRUPT = 11;
const SQLITE_NOTADB = 26;

/**
 * Looks at an existing database file through a read-only connection, so that looking never
 * changes it: a file from a newer Outpost is refused byte-for-byte intact, and a damaged file is
 * not checkpointed into before it is moved aside. The schema version is read first and a newer
 * file is not checked further: it is the newer Outpost's to judge. Errors other than corruption
 * (permissions, a lock held too long) are thrown for the caller to report.
 */
export function inspectDatabaseFile(
  file: string,
  options: { newestKnownVersion: number; busyTimeoutMs: number },
): DatabaseFileState {
  if (!existsSync(file)) return { kind: 'absent' };
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(file, { readOnly: true, timeout: options.busyTimeoutMs });
    const schemaVersion = readSchemaVersion(db);
    if (schemaVersion > options.newestKnownVersion) return { kind: 'tooNew', schemaVersion };
    const findings = db.prepare('PRAGMA quick_check').all().map((row) => String(row.quick_check));
    if (findings.length === 1 && findings[0] === 'ok') return { kind: 'usable', schemaVersion };
    return { kind: 'corrupt', reason: findings.join('; ') };
  } catch (error) {
    if (isCorruptionError(error)) return { kind: 'corrupt', reason: error.message };
    throw error;
  } finally {
    db?.close();
  }
}

function isCorruptionError(error: unknown): error is Error {
  const primary = sqlitePrimaryCode(error);
  return primary === SQLITE_CORRUPT || primary === SQLITE_NOTADB;
}
