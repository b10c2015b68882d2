import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { openOutpostDatabase } from '../../../../main/store/database';
import {
  DatabaseMigrationError,
  DatabaseTooNewError,
  DatabaseUnavailableError,
} from '../../../../main/store/databaseErrors';
import { outpostMigrations } from '../../../../main/store/migrations';
import type { Migration } from '../../../../main/store/migrations/migration';
import { useTempDirectory } from '../../../support/useTempDirectory';
import { thrownBy } from './thrownBy';

const logger = createSilentLogger();

function pragma(db: DatabaseSync, name: string): unknown {
  return Object.values(db.prepare(`PRAGMA ${name}`).get() ?? {})[0];
}

function tableNames(db: DatabaseSync): string[] {
  return db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .all()
    .map((row) => String(row.name));
}

/** Reads a file's schema version and tables without going through the code under test. */
function inspectRaw(file: string): { userVersion: unknown; tables: string[] } {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return { userVersion: pragma(db, 'user_version'), tables: tableNames(db) };
  } finally {
    db.close();
  }
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** A migration that creates one table and records that it ran. */
function tableMigration(version: number, table: string, ran: string[]): Migration {
  return {
    version,
    name: `create_${table}`,
    up(db) {
      ran.push(table);
      db.exec(`CREATE TABLE ${table} (id INTEGER PRIMARY KEY)`);
    },
  };
}

describe('openOutpostDatabase', () => {
  const tempDirectory = useTempDirectory();

  it('creates the folder and a database migrated to the newest schema', () => {
    const file = join(tempDirectory(), 'nested', 'data', 'outpost.db');
    const opened = openOutpostDatabase({ file, logger });
    try {
      expect(opened.schemaVersion).toBe(outpostMigrations.length);
      expect(opened.notices).toEqual([]);
      expect(pragma(opened.db, 'user_version')).toBe(outpostMigrations.length);
      expect(tableNames(opened.db)).toEqual(['account_alerts', 'account_insight_days', 'accounts', 'developer_apps', 'insight_posts', 'insight_refused_metrics', 'insight_snapshots', 'media', 'post_media', 'posts', 'queue_slots', 'secrets', 'staging_bucket', 'target_events', 'targets']);
    } finally {
      opened.close();
    }
  });

  it('opens in WAL mode with foreign keys on, NORMAL sync and a busy timeout', () => {
    const opened = openOutpostDatabase({ file: join(tempDirectory(), 'outpost.db'), logger });
    try {
      expect(pragma(opened.db, 'journal_mode')).toBe('wal');
      expect(pragma(opened.db, 'foreign_keys')).toBe(1);
      expect(pragma(opened.db, 'synchronous')).toBe(1); // 1 = NORMAL
      expect(pragma(opened.db, 'busy_timeout')).toBeGreaterThan(0);
      // Foreign keys are enforced, not just reported as on.
      expect(() =>
        opened.db
          .prepare(
            "INSERT INTO targets (id, post_id, status, updated_at) VALUES ('t', 'no-such-post', 'draft', '2026-01-01T00:00:00.000Z')",
          )
          .run(),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      opened.close();
    }
  });

  it('applies migrations in version order, each seeing the ones before it', () => {
    const file = join(tempDirectory(), 'outpost.db');
    const ran: string[] = [];
    const migrations: Migration[] = [
      tableMigration(1, 'first', ran),
      tableMigration(2, 'second', ran),
      {
        version: 3,
        name: 'fill_first',
        up(db) {
          ran.push('fill_first');
          db.exec('INSERT INTO first (id) VALUES (42)');
        },
      },
    ];
    const opened = openOutpostDatabase({ file, logger, migrations });
    try {
      expect(ran).toEqual(['first', 'second', 'fill_first']);
      expect(opened.schemaVersion).toBe(3);
      expect(pragma(opened.db, 'user_version')).toBe(3);
      expect(opened.db.prepare('SELECT id FROM first').all()).toEqual([{ id: 42 }]);
    } finally {
      opened.close();
    }
  });

  it('re-opening runs no migration twice and keeps the data; a new migration runs alone', () => {
    const file = join(tempDirectory(), 'outpost.db');
    const ran: string[] = [];
    const first = tableMigration(1, 'first', ran);

    const opened = openOutpostDatabase({ file, logger, migrations: [first] });
    opened.db.exec('INSERT INTO first (id) VALUES (7)');
    opened.close();

    const reopened = openOutpostDatabase({ file, logger, migrations: [first] });
    expect(reopened.schemaVersion).toBe(1);
    expect(reopened.db.prepare('SELECT id FROM first').all()).toEqual([{ id: 7 }]);
    reopened.close();
    expect(ran).toEqual(['first']);

    const upgraded = openOutpostDatabase({ file, logger, migrations: [first, tableMigration(2, 'second', ran)] });
    upgraded.close();
    expect(ran).toEqual(['first', 'second']);
    expect(upgraded.schemaVersion).toBe(2);
  });

  it('rolls a failing migration back and leaves user_version at the last one that applied', () => {
    const file = join(tempDirectory(), 'outpost.db');
    const failing: Migration = {
      version: 2,
      name: 'half_done',
      up(db) {
        db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY)');
        throw new Error('boom in the middle of a migration');
      },
    };

    const error = thrownBy(() =>
      openOutpostDatabase({ file, logger, migrations: [tableMigration(1, 'first', []), failing] }),
    );

    expect(error).toBeInstanceOf(DatabaseMigrationError);
    expect(error).toMatchObject({ migrationVersion: 2, migrationName: 'half_done', leftAtVersion: 1, code: 'INTERNAL' });
    expect((error as Error).cause).toMatchObject({ message: 'boom in the middle of a migration' });
    expect(inspectRaw(file)).toEqual({ userVersion: 1, tables: ['first'] });
  });

  it('leaves a new file at version 0 when the very first migration fails', () => {
    const file = join(tempDirectory(), 'outpost.db');
    const failing: Migration = {
      version: 1,
      name: 'broken',
      up(db) {
        db.exec('CREATE TABLE broken (id INTEGER PRIMARY KEY); INSERT INTO nowhere VALUES (1);');
      },
    };

    expect(() => openOutpostDatabase({ file, logger, migrations: [failing] })).toThrow(DatabaseMigrationError);
    expect(inspectRaw(file)).toEqual({ userVersion: 0, tables: [] });
  });

  it('refuses a migration list that is not numbered 1, 2, 3, ...', () => {
    const file = join(tempDirectory(), 'outpost.db');
    const migrations = [tableMigration(1, 'first', []), tableMigration(3, 'third', [])];

    expect(() => openOutpostDatabase({ file, logger, migrations })).toThrow(/numbered 1, 2, 3/);
  });

  it('refuses a database from a newer Outpost without changing or moving it', () => {
    const directory = tempDirectory();
    const file = join(directory, 'outpost.db');
    openOutpostDatabase({ file, logger }).close();
    const newer = new DatabaseSync(file);
    newer.exec('PRAGMA user_version = 99');
    newer.close();
    const before = sha256(file);

    const error = thrownBy(() => openOutpostDatabase({ file, logger }));

    expect(error).toBeInstanceOf(DatabaseTooNewError);
    const tooNew = error as DatabaseTooNewError;
    expect(tooNew).toMatchObject({ fileVersion: 99, knownVersion: outpostMigrations.length, code: 'INTERNAL' });
    expect(tooNew.message).toContain('schema version 99');
    expect(tooNew.message).toContain(`up to ${outpostMigrations.length}`);
    expect(tooNew.message).toMatch(/update Outpost/i);
    expect(tooNew.action).toMatch(/update Outpost/i);
    expect(sha256(file)).toBe(before);
    expect(readdirSync(directory).filter((name) => name.includes('corrupt'))).toEqual([]);
    expect(inspectRaw(file).userVersion).toBe(99);
  });

  it('reports a folder it cannot create as DatabaseUnavailableError', () => {
    // A regular file where the folder should be: fails for every user, root included.
    const blocker = join(tempDirectory(), 'not-a-folder');
    writeFileSync(blocker, 'just a file');
    const file = join(blocker, 'outpost.db');

    const error = thrownBy(() => openOutpostDatabase({ file, logger }));

    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(error).toMatchObject({ file, code: 'INTERNAL' });
    expect((error as DatabaseUnavailableError).cause).toBeInstanceOf(Error);
    expect((error as DatabaseUnavailableError).action).toContain(blocker);
  });

  it('closes once and ignores a second close', () => {
    const opened = openOutpostDatabase({ file: join(tempDirectory(), 'outpost.db'), logger });
    opened.close();
    expect(opened.db.isOpen).toBe(false);
    expect(() => opened.close()).not.toThrow();
  });
});
