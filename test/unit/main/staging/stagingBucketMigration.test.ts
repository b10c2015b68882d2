import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { applyMigrations } from '../../../../main/store/migrations/applyMigrations';
import { outpostMigrations } from '../../../../main/store/migrations';

const AT = '2026-11-20T08:00:00.000Z';
const insert = (db: DatabaseSync, id: number, pathStyle = 0) =>
  db
    .prepare(
      `INSERT INTO staging_bucket (id, endpoint, region, bucket, access_key_id, force_path_style, public_base_url, public_domain_verified, saved_at)
       VALUES (?, NULL, 'eu-west-1', 'crumb-media', 'AKIAOUTPOSTEXAMPLE01', ?, NULL, 0, ?)`,
    )
    .run(id, pathStyle, AT);

describe('migration 6 (staging bucket)', () => {
  it('adds the one-row bucket table to a database of version 5, leaving the rest alone', () => {
    const db = new DatabaseSync(':memory:');
    applyMigrations(db, outpostMigrations.slice(0, 5), createSilentLogger());
    db.prepare("INSERT INTO secrets (name, backend, ciphertext, updated_at) VALUES ('account:a:token', 'test', x'00', ?)").run(AT);

    expect(applyMigrations(db, outpostMigrations.slice(0, 6), createSilentLogger())).toBe(6);
    insert(db, 1);
    expect(db.prepare('SELECT count(*) AS n FROM staging_bucket').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT name FROM secrets').all()).toEqual([{ name: 'account:a:token' }]);
    db.close();
  });

  it('holds at most one bucket, with yes/no switches only', () => {
    const db = new DatabaseSync(':memory:');
    applyMigrations(db, outpostMigrations.slice(0, 6), createSilentLogger());
    expect(() => insert(db, 2)).toThrow(/CHECK constraint failed/);
    expect(() => insert(db, 1, 2)).toThrow(/CHECK constraint failed/);
    db.close();
  });
});
