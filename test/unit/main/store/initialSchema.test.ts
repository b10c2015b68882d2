import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { openOutpostDatabase } from '../../../../main/store/database';
import { useTempDirectory } from '../../../support/useTempDirectory';

const logger = createSilentLogger();
const at = '2026-01-15T09:00:00.000Z';

describe('migration 1 (initial schema)', () => {
  const tempDirectory = useTempDirectory();

  function withDatabase(test: (run: (sql: string, ...values: (string | number | null)[]) => void) => void) {
    const opened = openOutpostDatabase({ file: join(tempDirectory(), 'outpost.db'), logger });
    try {
      opened.db.prepare("INSERT INTO posts (id, body, created_at, updated_at) VALUES ('p', 'Hi', ?, ?)").run(at, at);
      test((sql, ...values) => opened.db.prepare(sql).run(...values));
    } finally {
      opened.close();
    }
  }

  const insertTarget = 'INSERT INTO targets (id, post_id, status, due_at_utc, updated_at) VALUES (?, ?, ?, ?, ?)';
  const insertAccount = 'INSERT INTO accounts (id, platform, display_name, is_demo, created_at) VALUES (?, ?, ?, ?, ?)';

  it('accepts a target in the canonical UTC form and without a schedule', () => {
    withDatabase((run) => {
      expect(() => run(insertTarget, 't1', 'p', 'scheduled', '2026-02-01T10:00:00.000Z', at)).not.toThrow();
      expect(() => run(insertTarget, 't2', 'p', 'draft', null, at)).not.toThrow();
    });
  });

  it.each([
    ['a space instead of T', '2026-02-01 10:00:00.000Z'],
    ['no milliseconds', '2026-02-01T10:00:00Z'],
    ['an offset instead of Z', '2026-02-01T10:00:00.000+01:00'],
    ['a date only', '2026-02-01'],
  ])('refuses a due time with %s, which would sort wrongly as text', (_, dueAt) => {
    withDatabase((run) => {
      expect(() => run(insertTarget, 't1', 'p', 'scheduled', dueAt, at)).toThrow(/CHECK/);
    });
  });

  it('refuses an unknown status, platform or a non-boolean demo flag', () => {
    withDatabase((run) => {
      expect(() => run(insertTarget, 't1', 'p', 'queued', null, at)).toThrow(/CHECK/);
      expect(() => run(insertAccount, 'a1', 'myspace', 'Old', 0, at)).toThrow(/CHECK/);
      expect(() => run(insertAccount, 'a2', 'tiktok', 'Demo', 2, at)).toThrow(/CHECK/);
      expect(() => run(insertAccount, 'a3', 'tiktok', 'Demo', 'yes', at)).toThrow(/cannot store TEXT value in INTEGER column/);
    });
  });
});
