import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { applyMigrations } from '../../../../main/store/migrations/applyMigrations';
import { outpostMigrations } from '../../../../main/store/migrations';

describe('migration 3 (account upkeep)', () => {
  it('keeps accounts connected before it, dating their sign-in from when they were added', () => {
    const db = new DatabaseSync(':memory:');
    applyMigrations(db, outpostMigrations.slice(0, 2), createSilentLogger());
    db.prepare(
      `INSERT INTO accounts (id, platform, display_name, is_demo, created_at, platform_account_id, login_path)
       VALUES ('a1', 'tiktok', 'Rosie', 0, '2026-10-01T08:00:00.000Z', 'open-1', 'tiktok_login')`,
    ).run();
    expect(applyMigrations(db, outpostMigrations.slice(0, 3), createSilentLogger())).toBe(3);
    expect(db.prepare('SELECT connected_at, health, health_reason, disconnected_at, sign_in_user_id FROM accounts').get()).toEqual({
      connected_at: '2026-10-01T08:00:00.000Z',
      health: 'connected',
      health_reason: null,
      disconnected_at: null,
      sign_in_user_id: null,
    });
    db.close();
  });

  it('refuses a developer app of an unknown kind', () => {
    const db = new DatabaseSync(':memory:');
    applyMigrations(db, outpostMigrations, createSilentLogger());
    expect(() => db.prepare("INSERT INTO developer_apps VALUES ('myspace', '1', 'x')").run()).toThrow(/CHECK/);
    db.close();
  });
});
