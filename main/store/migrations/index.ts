import { initialMigration } from './001_initial';
import type { Migration } from './migration';

/** Every migration of the schema, in version order. A new migration is appended here. */
export const outpostMigrations: readonly Migration[] = [initialMigration];
