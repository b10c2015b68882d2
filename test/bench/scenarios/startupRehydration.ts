import { deepStrictEqual } from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { createSilentLogger } from '../../../main/diagnostics/logger';
import { systemEngineClock, type EngineClock } from '../../../main/schedule/engine/engineClock';
import { openOutpostDatabase } from '../../../main/store/database';
import { compareAsync } from '../compare';
import type { AsyncTrial, BenchScenario, Figure } from '../scenario';
import { GRACE_MINUTES, openBenchWorld, type BenchWorld } from '../scheduling/benchWorld';
import { countByStatus, insertAccounts, insertTargets, type BenchAccount, type BenchTarget } from '../scheduling/seedScheduling';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Two shops, each with its Instagram account, Facebook Page and TikTok account. */
const ACCOUNTS: readonly BenchAccount[] = ['a', 'b'].flatMap((shop) => [
  { id: `${shop}-instagram`, platform: 'instagram' as const },
  { id: `${shop}-facebook`, platform: 'facebook' as const },
  { id: `${shop}-tiktok`, platform: 'tiktok' as const },
]);
/** What the database holds when Outpost starts. */
const SHAPE = {
  /** Scheduled from an hour ahead to three months ahead. */
  upcoming: 10_000,
  /** Due while Outpost was closed, more than the grace window ago: held as missed. */
  missed: 100,
  /** Due while Outpost was closed, within the grace window: published at once, said to be late. */
  late: 12,
  /** Claimed, then Outpost quit (or crashed) before any step: resumed. */
  interrupted: 6,
};
const ITERATIONS = 7;

const logger = createSilentLogger();

function targetsAround(now: number): BenchTarget[] {
  const spread = (count: number, status: BenchTarget['status'], kind: string, dueAtMs: (index: number) => number) =>
    Array.from({ length: count }, (_, index): BenchTarget => ({
      id: `${kind}-${String(index).padStart(5, '0')}`,
      account: ACCOUNTS[index % ACCOUNTS.length] as BenchAccount,
      status,
      dueAtMs: dueAtMs(index),
    }));
  const minuteFloor = (ms: number) => Math.floor(ms / MINUTE) * MINUTE;
  return [
    ...spread(SHAPE.upcoming, 'scheduled', 'upcoming', (index) => minuteFloor(now + 60 * MINUTE + (index * 90 * DAY) / SHAPE.upcoming)),
    ...spread(SHAPE.missed, 'scheduled', 'missed', (index) => now - (GRACE_MINUTES + 30) * MINUTE - index * 30 * MINUTE),
    ...spread(SHAPE.late, 'scheduled', 'late', (index) => now - 5 * MINUTE - index * 8 * MINUTE),
    ...spread(SHAPE.interrupted, 'publishing', 'interrupted', (index) => now - MINUTE - index * 10_000),
  ];
}

/**
 * A database as Outpost leaves it when it quits, written once; every trial starts from a copy of
 * its file (the engine changes the rows it catches up on). Closed, so the file holds everything.
 */
function writeTemplate(file: string): void {
  const opened = openOutpostDatabase({ file, logger });
  try {
    const now = new Date();
    insertAccounts(opened.db, ACCOUNTS, now);
    insertTargets(opened.db, targetsAround(now.getTime()), now);
  } finally {
    opened.close();
  }
}

/** The real clock, reporting the first time the engine arms its timer: the end of its first pass. */
function clockReportingFirstArm(onFirstArm: () => void): EngineClock {
  const real = systemEngineClock();
  let armed = false;
  return {
    ...real,
    wakeAt(at, fire) {
      if (!armed) {
        armed = true;
        onFirstArm();
      }
      return real.wakeAt(at, fire);
    },
  };
}

interface EngineTrial {
  directory: string;
  bench: BenchWorld;
  firstArm: Promise<void>;
  stepRuns: Map<string, number>;
}

/**
 * Ours: the engine of the scheduling stack started on a copy of the database, as at app start-up,
 * measured until `until` resolves. Building the stack (opening the database, preparing the
 * engine's statements) is setup: the app does it before it starts the engine. Afterwards it must
 * have caught up as the engine does, publishing nothing twice, nothing it should not, and sending nothing.
 */
function engineTrial(freshCopy: () => string, until: (trial: EngineTrial) => Promise<void>): AsyncTrial<EngineTrial> {
  return {
    async setup() {
      const stepRuns = new Map<string, number>();
      let armed: () => void = () => undefined;
      const firstArm = new Promise<void>((resolve) => (armed = resolve));
      const directory = dirname(freshCopy());
      const bench = await openBenchWorld(directory, {
        clock: clockReportingFirstArm(() => armed()),
        onStep: (targetId) => stepRuns.set(targetId, (stepRuns.get(targetId) ?? 0) + 1),
      });
      return { directory, bench, firstArm, stepRuns };
    },
    async run(trial) {
      trial.bench.world.scheduling.engine.start();
      await until(trial);
    },
    async teardown(trial) {
      const { world } = trial.bench;
      try {
        await world.scheduling.engine.idle();
        checkCaughtUp(trial);
      } finally {
        await world.close();
        rmSync(trial.directory, { recursive: true, force: true });
      }
    },
  };
}

function checkCaughtUp({ bench, stepRuns }: EngineTrial): void {
  const { db } = bench.world.database;
  const published = SHAPE.late + SHAPE.interrupted;
  deepStrictEqual(countByStatus(db), { missed: SHAPE.missed, published, scheduled: SHAPE.upcoming });
  const publishedIds = (db.prepare("SELECT id FROM targets WHERE status = 'published' ORDER BY id").all() as { id: string }[]).map(({ id }) => id);
  deepStrictEqual(
    [...stepRuns.entries()].sort(([a], [b]) => a.localeCompare(b)),
    publishedIds.map((id) => [id, 1]),
  );
  const late = db.prepare("SELECT count(*) AS n FROM targets WHERE id LIKE 'late-%' AND late_by_minutes > 0").get() as { n: number };
  deepStrictEqual({ late: late.n, requests: bench.requests() }, { late: SHAPE.late, requests: 0 });
}

/**
 * The baseline: raw node:sqlite reading what a first pass has to act on, on a copy opened the
 * same way: the rows due by now (missed, late) and those left publishing, and the next due time
 * for the timer. No decisions, no writes.
 */
function rawRead(freshCopy: () => string): AsyncTrial<{ file: string; db: DatabaseSync; due?: unknown[] }> {
  return {
    setup() {
      const file = freshCopy();
      const db = new DatabaseSync(file);
      db.exec('PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;');
      return { file, db };
    },
    async run(state) {
      const now = new Date().toISOString();
      state.due = state.db
        .prepare(
          `SELECT id, account_id, status, due_at_utc, attempt FROM targets
            WHERE status = 'publishing' OR (status = 'scheduled' AND due_at_utc <= ?) ORDER BY due_at_utc, id`,
        )
        .all(now);
      state.db.prepare("SELECT min(due_at_utc) AS next FROM targets WHERE status = 'scheduled' AND due_at_utc > ?").get(now);
    },
    teardown({ file, db, due }) {
      db.close();
      rmSync(dirname(file), { recursive: true, force: true });
      deepStrictEqual(due?.length, SHAPE.missed + SHAPE.late + SHAPE.interrupted);
    },
  };
}

export const startupRehydrationScenario: BenchScenario = {
  name: 'start-up rehydration',
  baseline:
    'raw node:sqlite on a copy of the same database: the SELECT of the rows due by now or left publishing, ' +
    'and of the next due time; no decisions, no writes',
  async run(): Promise<Figure[]> {
    const root = mkdtempSync(join(tmpdir(), 'outpost-bench-rehydration-'));
    const template = join(root, 'template.db');
    let copies = 0;
    // Each copy is the outpost.db of its own data directory, as the scheduling stack opens it.
    const freshCopy = () => {
      const file = join(root, `copy-${++copies}`, 'outpost.db');
      mkdirSync(dirname(file));
      copyFileSync(template, file);
      return file;
    };
    const upcoming = SHAPE.upcoming.toLocaleString('en');
    const overdue = SHAPE.missed + SHAPE.late + SHAPE.interrupted;
    try {
      writeTemplate(template);
      return [
        await compareAsync({
          label: `start → first pass done, timer armed (${upcoming} upcoming, ${overdue} overdue or interrupted)`,
          iterations: ITERATIONS,
          warmup: 1,
          ours: engineTrial(freshCopy, (trial) => trial.firstArm),
          baseline: rawRead(freshCopy),
        }),
        await compareAsync({
          label: `start → caught up (${SHAPE.missed} marked missed, ${SHAPE.late + SHAPE.interrupted} published)`,
          iterations: ITERATIONS,
          warmup: 1,
          ours: engineTrial(freshCopy, (trial) => trial.bench.world.scheduling.engine.idle()),
          baseline: rawRead(freshCopy),
        }),
      ];
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  },
};
