import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { applyMigrations } from '../../../../main/store/migrations/applyMigrations';
import { outpostMigrations } from '../../../../main/store/migrations';

const AT = '2026-11-20T08:00:00.000Z';

function migratedTo4(): DatabaseSync {
  const db = new DatabaseSync(':memory:');
  db.exec('PRAGMA foreign_keys = ON');
  applyMigrations(db, outpostMigrations.slice(0, 4), createSilentLogger());
  db.exec(`
    INSERT INTO accounts (id, platform, display_name, is_demo, created_at) VALUES ('fb', 'facebook', 'Rosie', 0, '${AT}');
    INSERT INTO posts (id, body, created_at, updated_at) VALUES ('p1', 'Hello', '${AT}', '${AT}');
    INSERT INTO targets (id, post_id, account_id, status, due_at_utc, timezone, updated_at)
      VALUES ('t1', 'p1', 'fb', 'scheduled', '2026-11-24T08:00:00.000Z', 'Europe/Paris', '${AT}');
  `);
  return db;
}

describe('migration 5 (scheduling)', () => {
  it('gives scheduled targets an empty publishing state, untouched schedule', () => {
    const db = migratedTo4();
    expect(applyMigrations(db, outpostMigrations.slice(0, 5), createSilentLogger())).toBe(5);
    expect(
      db.prepare('SELECT status, due_at_utc, attempt, not_before_utc, step_started, step_results, problem, published_at, handoff FROM targets').get(),
    ).toEqual({
      status: 'scheduled',
      due_at_utc: '2026-11-24T08:00:00.000Z',
      attempt: 0,
      not_before_utc: null,
      step_started: null,
      step_results: '{}',
      problem: null,
      published_at: null,
      handoff: null,
    });
    db.close();
  });

  it('keeps a target’s timeline with the target and drops queue slots with the account', () => {
    const db = migratedTo4();
    applyMigrations(db, outpostMigrations.slice(0, 5), createSilentLogger());
    db.exec(`
      INSERT INTO target_events (target_id, at, kind, outcome, message) VALUES ('t1', '${AT}', 'scheduled', 'info', 'Scheduled');
      INSERT INTO queue_slots (account_id, weekday, minute_of_day) VALUES ('fb', 2, 570);
    `);
    expect(() => db.exec(`INSERT INTO queue_slots (account_id, weekday, minute_of_day) VALUES ('fb', 8, 570)`)).toThrow(/CHECK/);
    expect(() => db.exec(`INSERT INTO target_events (target_id, at, kind, outcome, message) VALUES ('t1', '${AT}', 'x', 'maybe', 'm')`)).toThrow(/CHECK/);
    db.exec(`DELETE FROM posts WHERE id = 'p1'`);
    expect(db.prepare('SELECT count(*) AS n FROM target_events').get()).toEqual({ n: 0 });
    db.exec(`DELETE FROM accounts WHERE id = 'fb'`);
    expect(db.prepare('SELECT count(*) AS n FROM queue_slots').get()).toEqual({ n: 0 });
    db.close();
  });
});
