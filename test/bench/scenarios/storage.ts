import { deepStrictEqual } from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { createSilentLogger } from '../../../main/diagnostics/logger';
import { openOutpostDatabase, type OpenedDatabase } from '../../../main/store/database';
import { outpostMigrations } from '../../../main/store/migrations';
import { createPostsRepository, type PostWithTargets } from '../../../main/store/postsRepository';
import { compare } from '../compare';
import type { BenchScenario, Figure } from '../scenario';

const POSTS = 10_000;
const QUERY_REPEATS = 200;
const ACCOUNT_ID = 'bench-account';
const SPREAD_START = Date.parse('2026-01-01T00:00:00.000Z');
const SPREAD_MS = 90 * 24 * 60 * 60 * 1000;
// The middle month of the three, so it is full on both sides.
const MONTH = { from: '2026-02-01T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' };

const logger = createSilentLogger();

/**
 * 10,000 posts with one scheduled target each, spread evenly over three months but inserted in a
 * scrambled order, as posts written over time are. Built once so both sides insert the same rows.
 */
function buildPosts(): PostWithTargets[] {
  return Array.from({ length: POSTS }, (_, index) => {
    // 7,919 is prime and coprime with 10,000, so this visits every slot exactly once.
    const slot = (index * 7_919) % POSTS;
    const dueAtUtc = new Date(SPREAD_START + Math.floor((slot * SPREAD_MS) / POSTS / 60_000) * 60_000).toISOString();
    const createdAt = new Date(SPREAD_START - 86_400_000 + index * 1_000).toISOString();
    return {
      post: { id: `post-${index}`, body: `Post number ${index}: a few lines about the week's news.`, createdAt },
      targets: [
        { id: `target-${index}`, accountId: ACCOUNT_ID, status: 'scheduled', dueAtUtc, timezone: 'Europe/Berlin', caption: null },
      ],
    };
  });
}

/** Both sides of the insert and query comparisons work on a database migrated by the app. */
function openMigrated(file: string): OpenedDatabase {
  const opened = openOutpostDatabase({ file, logger });
  opened.db
    .prepare("INSERT INTO accounts (id, platform, display_name, is_demo, created_at) VALUES (?, 'instagram', 'Bench', 1, ?)")
    .run(ACCOUNT_ID, new Date(SPREAD_START).toISOString());
  return opened;
}

// The baseline: what a person would write by hand with node:sqlite for the same work.

function rawOpenAndMigrate(file: string): void {
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;');
  db.exec('BEGIN IMMEDIATE');
  for (const migration of outpostMigrations) migration.up(db);
  db.exec(`PRAGMA user_version = ${outpostMigrations.length}`);
  db.exec('COMMIT');
  db.close();
}

function rawInsert(db: DatabaseSync, entries: readonly PostWithTargets[], transactionPerPost: boolean): void {
  const insertPost = db.prepare('INSERT INTO posts (id, body, created_at, updated_at) VALUES (?, ?, ?, ?)');
  const insertTarget = db.prepare(
    `INSERT INTO targets (id, post_id, account_id, status, due_at_utc, timezone, caption, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  if (!transactionPerPost) db.exec('BEGIN IMMEDIATE');
  for (const { post, targets } of entries) {
    if (transactionPerPost) db.exec('BEGIN IMMEDIATE');
    insertPost.run(post.id, post.body, post.createdAt, post.createdAt);
    for (const target of targets) {
      insertTarget.run(
        target.id,
        post.id,
        target.accountId,
        target.status,
        target.dueAtUtc,
        target.timezone,
        target.caption,
        post.createdAt,
      );
    }
    if (transactionPerPost) db.exec('COMMIT');
  }
  if (!transactionPerPost) db.exec('COMMIT');
}

const RAW_CALENDAR_SQL = `
  SELECT t.id AS targetId, t.post_id AS postId, t.account_id AS accountId, t.status AS status,
         t.due_at_utc AS dueAtUtc, t.timezone AS timezone, t.caption AS caption, p.body AS body
    FROM targets t JOIN posts p ON p.id = t.post_id
   WHERE t.due_at_utc >= ? AND t.due_at_utc < ?
   ORDER BY t.due_at_utc, t.id`;

/** A bench that compares different work is worse than none: check both sides did the same. */
function closeAfterCheckingAllInserted(opened: OpenedDatabase): void {
  const counts = opened.db
    .prepare('SELECT (SELECT count(*) FROM posts) AS posts, (SELECT count(*) FROM targets) AS targets')
    .get();
  deepStrictEqual({ ...counts }, { posts: POSTS, targets: POSTS });
  opened.close();
}

function compareOpenAndMigrate(freshFile: () => string): Figure {
  return compare({
    label: 'open + migrate a fresh database',
    iterations: 30,
    warmup: 5,
    ours: { setup: freshFile, run: (file) => openOutpostDatabase({ file, logger }).close() },
    baseline: { setup: freshFile, run: rawOpenAndMigrate },
  });
}

function compareInsert(
  freshFile: () => string,
  entries: readonly PostWithTargets[],
  shape: { transactionPerPost: boolean; iterations: number },
): Figure {
  const { transactionPerPost, iterations } = shape;
  const count = entries.length.toLocaleString('en');
  return compare({
    label: transactionPerPost ? `insert ${count} posts, a transaction each` : `insert ${count} posts in one transaction`,
    iterations,
    warmup: 1,
    ours: {
      setup: () => openMigrated(freshFile()),
      run: ({ db }) => {
        const posts = createPostsRepository(db);
        if (transactionPerPost) for (const { post, targets } of entries) posts.insertPostWithTargets(post, targets);
        else posts.insertPostsWithTargets(entries);
      },
      teardown: closeAfterCheckingAllInserted,
    },
    baseline: {
      setup: () => openMigrated(freshFile()),
      run: ({ db }) => rawInsert(db, entries, transactionPerPost),
      teardown: closeAfterCheckingAllInserted,
    },
  });
}

function compareCalendarQuery(freshFile: () => string, entries: readonly PostWithTargets[]): Figure {
  const calendar = openMigrated(freshFile());
  try {
    rawInsert(calendar.db, entries, false);
    const repository = createPostsRepository(calendar.db);
    const rawQuery = calendar.db.prepare(RAW_CALENDAR_SQL);
    const monthRows = repository.listTargetsDueBetween(MONTH.from, MONTH.to);
    deepStrictEqual(monthRows, rawQuery.all(MONTH.from, MONTH.to));
    if (monthRows.length < entries.length / 4) throw new Error(`the month holds only ${monthRows.length} targets`);
    const repeat = (query: () => unknown) => {
      for (let round = 0; round < QUERY_REPEATS; round++) query();
    };
    return compare({
      label: `calendar-month query (${monthRows.length.toLocaleString('en')} rows) x${QUERY_REPEATS}`,
      iterations: 5,
      warmup: 1,
      ours: { setup: () => undefined, run: () => repeat(() => repository.listTargetsDueBetween(MONTH.from, MONTH.to)) },
      baseline: { setup: () => undefined, run: () => repeat(() => rawQuery.all(MONTH.from, MONTH.to)) },
    });
  } finally {
    calendar.close();
  }
}

export const storageScenario: BenchScenario = {
  name: 'storage',
  baseline:
    'raw node:sqlite doing the same work: same schema, pragmas, SQL and transactions; no repository, ' +
    'validation, file checks or migration runner',
  run() {
    const root = mkdtempSync(join(tmpdir(), 'outpost-bench-'));
    let fileNumber = 0;
    const freshFile = () => join(root, `bench-${++fileNumber}.db`);
    const entries = buildPosts();
    try {
      return [
        compareOpenAndMigrate(freshFile),
        compareInsert(freshFile, entries, { transactionPerPost: false, iterations: 5 }),
        // Every commit writes to the WAL; fewer rounds keep the bench within a minute on 2 cores.
        compareInsert(freshFile, entries, { transactionPerPost: true, iterations: 3 }),
        compareCalendarQuery(freshFile, entries),
      ];
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  },
};
