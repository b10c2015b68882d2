import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { applyMigrations } from '../../../../main/store/migrations/applyMigrations';
import { outpostMigrations } from '../../../../main/store/migrations';

describe('migration 4 (composer and media)', () => {
  it("gives existing targets their account's platform and existing posts metadata stripping, out of the bin", () => {
    const db = new DatabaseSync(':memory:');
    applyMigrations(db, outpostMigrations.slice(0, 3), createSilentLogger());
    db.exec(`
      INSERT INTO accounts (id, platform, display_name, is_demo, created_at) VALUES ('fb', 'facebook', 'Rosie', 0, '2026-10-01T08:00:00.000Z');
      INSERT INTO posts (id, body, created_at, updated_at) VALUES ('p1', 'Hello', '2026-10-01T08:00:00.000Z', '2026-10-01T08:00:00.000Z');
      INSERT INTO targets (id, post_id, account_id, status, updated_at) VALUES ('with-account', 'p1', 'fb', 'draft', '2026-10-01T08:00:00.000Z');
      INSERT INTO targets (id, post_id, account_id, status, updated_at) VALUES ('without', 'p1', NULL, 'draft', '2026-10-01T08:00:00.000Z');
    `);

    expect(applyMigrations(db, outpostMigrations.slice(0, 4), createSilentLogger())).toBe(4);

    expect(db.prepare('SELECT id, platform, post_type, media_ids, options, position FROM targets ORDER BY id').all()).toEqual([
      { id: 'with-account', platform: 'facebook', post_type: null, media_ids: null, options: null, position: 0 },
      { id: 'without', platform: null, post_type: null, media_ids: null, options: null, position: 0 },
    ]);
    expect(db.prepare('SELECT strip_metadata, deleted_at FROM posts').get()).toEqual({ strip_metadata: 1, deleted_at: null });
    db.close();
  });

  it('refuses a post media row naming an item that is not in the library', () => {
    const db = new DatabaseSync(':memory:');
    db.exec('PRAGMA foreign_keys = ON');
    applyMigrations(db, outpostMigrations.slice(0, 4), createSilentLogger());
    db.exec("INSERT INTO posts (id, body, created_at, updated_at) VALUES ('p1', '', 'x', 'x')");
    expect(() => db.prepare(`INSERT INTO post_media (post_id, position, media_id) VALUES ('p1', 0, ?)`).run('a'.repeat(64))).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
