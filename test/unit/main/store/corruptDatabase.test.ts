import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { openOutpostDatabase, type OpenedDatabase } from '../../../../main/store/database';
import { createPostsRepository } from '../../../../main/store/postsRepository';
import { latestVersion } from '../../../../main/store/migrations/applyMigrations';
import { outpostMigrations } from '../../../../main/store/migrations';
import { useTempDirectory } from '../../../support/useTempDirectory';

const logger = createSilentLogger();
const failedAt = new Date('2026-03-04T05:06:07.089Z');
const now = () => failedAt;
// The timestamp as it appears in the moved-aside name: colons are not allowed on Windows.
const stamp = '2026-03-04T05-06-07.089Z';

function garbage(length: number): Buffer {
  return Buffer.from(Array.from({ length }, (_, index) => (index * 7919 + 13) % 256));
}

function postCount(opened: OpenedDatabase): unknown {
  return opened.db.prepare('SELECT count(*) AS count FROM posts').get()?.count;
}

function quickCheck(db: DatabaseSync): string[] {
  return db
    .prepare('PRAGMA quick_check')
    .all()
    .map((row) => String(row.quick_check));
}

/** A real Outpost database with enough rows to span many pages, checkpointed into the main file. */
function writeRealDatabase(file: string): Buffer {
  const opened = openOutpostDatabase({ file, logger });
  const posts = createPostsRepository(opened.db);
  for (let index = 0; index < 2_000; index++) {
    posts.insertPostWithTargets({ id: `post-${index}`, body: `Body ${index} `.repeat(10), createdAt: failedAt.toISOString() }, []);
  }
  opened.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  opened.close();
  return readFileSync(file);
}

describe('a damaged database file', () => {
  const tempDirectory = useTempDirectory();

  it('that is not a database at all is moved aside with its WAL files, and a fresh one is opened', () => {
    const directory = tempDirectory();
    const file = join(directory, 'outpost.db');
    const bytes = garbage(10_000);
    writeFileSync(file, bytes);
    writeFileSync(`${file}-wal`, garbage(3_000));
    writeFileSync(`${file}-shm`, garbage(1_000));

    const opened = openOutpostDatabase({ file, logger, now });
    try {
      const movedTo = join(directory, `outpost.db.corrupt-${stamp}`);
      expect(readFileSync(movedTo)).toEqual(bytes);
      expect(readFileSync(`${movedTo}-wal`)).toEqual(garbage(3_000));
      // The -shm file is SQLite's index of the WAL, rebuilt from it by any reader, so only its
      // presence matters; the database and its WAL are the data and must be byte-for-byte intact.
      expect(existsSync(`${movedTo}-shm`)).toBe(true);
      expect(readdirSync(directory).sort()).toEqual(
        ['outpost.db', 'outpost.db-shm', 'outpost.db-wal', `outpost.db.corrupt-${stamp}`, `outpost.db.corrupt-${stamp}-shm`, `outpost.db.corrupt-${stamp}-wal`].sort(),
      );

      expect(opened.notices).toHaveLength(1);
      const [notice] = opened.notices;
      expect(notice).toMatchObject({ level: 'warning', title: expect.stringMatching(/damaged/) });
      expect(notice?.body).toContain(movedTo);
      expect(notice?.body).toMatch(/nothing was deleted/i);

      expect(opened.schemaVersion).toBe(latestVersion(outpostMigrations));
      expect(postCount(opened)).toBe(0);
      expect(quickCheck(opened.db)).toEqual(['ok']);
    } finally {
      opened.close();
    }
  });

  it('that was truncated is moved aside intact, and a fresh one is opened', () => {
    const directory = tempDirectory();
    const file = join(directory, 'outpost.db');
    const truncated = writeRealDatabase(file).subarray(0, 40_000);
    writeFileSync(file, truncated);

    const opened = openOutpostDatabase({ file, logger, now });
    try {
      expect(readFileSync(join(directory, `outpost.db.corrupt-${stamp}`))).toEqual(truncated);
      expect(opened.notices).toHaveLength(1);
      expect(postCount(opened)).toBe(0);
    } finally {
      opened.close();
    }
  });

  it('that opens but fails quick_check is moved aside', () => {
    const directory = tempDirectory();
    const file = join(directory, 'outpost.db');
    const healthy = writeRealDatabase(file);
    // Overwrite the cell pointers of a page holding posts rows: those come after the schema's root
    // pages, wherever the migrations put them.
    const inspect = new DatabaseSync(file, { readOnly: true });
    const { lastRoot } = inspect.prepare('SELECT max(rootpage) AS lastRoot FROM sqlite_master').get() as { lastRoot: number };
    const { page_size: pageSize } = inspect.prepare('PRAGMA page_size').get() as { page_size: number };
    inspect.close();
    const damaged = Buffer.from(healthy);
    const leafStart = (lastRoot + 4) * pageSize;
    damaged.fill(0xab, leafStart + 8, leafStart + 24);
    writeFileSync(file, damaged);
    // The damage must be the kind SQLite reports through quick_check rather than by failing to read.
    const raw = new DatabaseSync(file, { readOnly: true });
    expect(quickCheck(raw)).not.toEqual(['ok']);
    raw.close();

    const opened = openOutpostDatabase({ file, logger, now });
    try {
      expect(readFileSync(join(directory, `outpost.db.corrupt-${stamp}`))).toEqual(damaged);
      expect(opened.notices).toHaveLength(1);
      expect(postCount(opened)).toBe(0);
    } finally {
      opened.close();
    }
  });

  it('never overwrites an earlier moved-aside file with the same timestamp', () => {
    const directory = tempDirectory();
    const file = join(directory, 'outpost.db');
    const earlier = join(directory, `outpost.db.corrupt-${stamp}`);
    writeFileSync(earlier, 'an earlier damaged database');
    writeFileSync(file, garbage(5_000));

    const opened = openOutpostDatabase({ file, logger, now });
    opened.close();

    expect(readFileSync(earlier, 'utf8')).toBe('an earlier damaged database');
    expect(readFileSync(`${earlier}-1`)).toEqual(garbage(5_000));
    expect(opened.notices[0]?.body).toContain(`${earlier}-1`);
  });

  it('is not confused with an empty file, which is simply a new database', () => {
    const directory = tempDirectory();
    const file = join(directory, 'outpost.db');
    writeFileSync(file, '');

    const opened = openOutpostDatabase({ file, logger, now });
    opened.close();

    expect(opened.notices).toEqual([]);
    expect(opened.schemaVersion).toBe(latestVersion(outpostMigrations));
    expect(readdirSync(directory).filter((name) => name.includes('corrupt'))).toEqual([]);
    expect(existsSync(file)).toBe(true);
  });
});
