import { mkdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Notice } from '../../preload/contract';
import type { Logger } from '../diagnostics/logger';
import { DomainError } from '../errors/domainError';
import { DatabaseTooNewError, DatabaseUnavailableError } from './databaseErrors';
import { inspectDatabaseFile } from './inspectDatabaseFile';
import { applyMigrations, assertNumberedInOrder, latestVersion } from './migrations/applyMigrations';
import { outpostMigrations } from './migrations';
import type { Migration } from './migrations/migration';
import { moveAsideCorruptDatabase } from './moveAsideCorruptDatabase';

export interface OpenDatabaseOptions {
  file: string;
  logger: Logger;
  /** The clock that stamps a moved-aside file; tests pass a fixed one. */
  now?: () => Date;
  /** The schema to migrate to; tests pass their own lists. */
  migrations?: readonly Migration[];
}

export interface OpenedDatabase {
  db: DatabaseSync;
  /** The `user_version` of the file after migrating. */
  schemaVersion: number;
  /** What happened while opening that the owner must be told (a damaged file set aside). */
  notices: Notice[];
  /** Closes the connection; calling it again does nothing. */
  close(): void;
}

/** How long a statement waits for another connection's lock before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens Outpost's SQLite database, creating it and its folder when absent, and migrates it to the
 * newest schema. A damaged file is moved aside (never deleted) and replaced by a fresh database,
 * with a notice for the owner; a file from a newer Outpost is refused untouched with
 * `DatabaseTooNewError`; a file or folder that cannot be used throws `DatabaseUnavailableError`;
 * a failing migration throws `DatabaseMigrationError` with the file left at its previous version.
 */
export function openOutpostDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const { file, logger, now = () => new Date(), migrations = outpostMigrations } = options;
  assertNumberedInOrder(migrations);
  const newestKnownVersion = latestVersion(migrations);
  const notices: Notice[] = [];

  const state = unavailableUnless(file, logger, () => {
    mkdirSync(dirname(file), { recursive: true });
    return inspectDatabaseFile(file, { newestKnownVersion, busyTimeoutMs: BUSY_TIMEOUT_MS });
  });
  if (state.kind === 'tooNew') {
    logger.error({ file, fileVersion: state.schemaVersion, newestKnownVersion }, 'database is from a newer Outpost');
    throw new DatabaseTooNewError(file, state.schemaVersion, newestKnownVersion);
  }
  if (state.kind === 'corrupt') {
    const movedTo = unavailableUnless(file, logger, () => moveAsideCorruptDatabase(file, now()));
    logger.warn({ file, movedTo, reason: state.reason }, 'damaged database moved aside; starting a fresh one');
    notices.push(movedAsideNotice(movedTo));
  }

  const db = unavailableUnless(file, logger, () => openForWriting(file, logger));
  try {
    const schemaVersion = applyMigrations(db, migrations, logger);
    return {
      db,
      schemaVersion,
      notices,
      close: () => {
        if (db.isOpen) db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}

function openForWriting(file: string, logger: Logger): DatabaseSync {
  const db = new DatabaseSync(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    // WAL: readers never block the writer, and a crash mid-transaction leaves only uncommitted
    // frames in the log, which the next open ignores. NORMAL sync is durable in WAL mode except
    // for the last commits before a power loss, never corrupting.
    const journalMode = db.prepare('PRAGMA journal_mode = WAL').get()?.journal_mode;
    if (journalMode !== 'wal') {
      // Some network file systems cannot share WAL memory; SQLite then keeps its rollback journal.
      logger.warn({ file, journalMode }, 'database could not switch to WAL mode');
    }
    db.exec('PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Runs a file-system step; anything but a domain error means the database cannot be used. */
function unavailableUnless<T>(file: string, logger: Logger, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof DomainError) throw error;
    logger.error({ err: error, file }, 'database unavailable');
    throw new DatabaseUnavailableError(file, error);
  }
}

function movedAsideNotice(movedTo: string): Notice {
  return {
    id: `database-moved-aside:${basename(movedTo)}`,
    level: 'warning',
    title: 'Your database was damaged and has been set aside',
    body:
      `Outpost could not read its database, so it moved the file to "${movedTo}" and started ` +
      'with a new, empty database. Nothing was deleted: keep that file if you want to try to ' +
      'recover your posts from it.',
  };
}
