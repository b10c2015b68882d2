import type { DatabaseSync } from 'node:sqlite';
import type { Logger } from '../../diagnostics/logger';
import { DatabaseMigrationError } from '../databaseErrors';
import { inTransaction } from '../transaction';
import type { Migration } from './migration';

/** The schema version a database file records about itself. */
export function readSchemaVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get();
  return Number(row?.user_version ?? 0);
}

/** The version a database has once every migration in the list has run (0 for none). */
export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0;
}

/**
 * Brings the database up to the newest migration. Each migration runs in its own transaction
 * together with the `PRAGMA user_version` that records it, so a failure (or a crash) leaves the
 * file at the last version that fully applied, never in between. Returns the resulting version.
 * The list must have passed `assertNumberedInOrder`.
 */
export function applyMigrations(db: DatabaseSync, migrations: readonly Migration[], logger: Logger): number {
  let version = readSchemaVersion(db);
  for (const migration of migrations) {
    if (migration.version <= version) continue;
    try {
      inTransaction(db, () => {
        migration.up(db);
        // The version is a validated integer; PRAGMA arguments cannot be bound as parameters.
        db.exec(`PRAGMA user_version = ${migration.version}`);
      });
    } catch (error) {
      logger.error({ err: error, migration: migration.version, name: migration.name }, 'database migration failed');
      throw new DatabaseMigrationError(migration.version, migration.name, version, error);
    }
    logger.info({ from: version, to: migration.version, name: migration.name }, 'database migrated');
    version = migration.version;
  }
  return version;
}

/** Versions must be 1, 2, 3, ...: a gap or a reordering is a programming error caught at start-up. */
export function assertNumberedInOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration "${migration.name}" has version ${migration.version} but is number ${index + 1} in the list; ` +
          'migrations must be numbered 1, 2, 3, ... in order.',
      );
    }
  });
}
