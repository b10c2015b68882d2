import { deepStrictEqual } from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PUBLISH_LANES_MAX } from '../../../main/schedule/schedulingRules';
import type { BenchScenario, Figure } from '../scenario';
import { openBenchWorld } from '../scheduling/benchWorld';
import { preciseWallMs } from '../scheduling/preciseWallClock';
import { countByStatus, insertAccounts, insertTargets, type BenchAccount, type BenchTarget } from '../scheduling/seedScheduling';

const TARGETS = 1_000;
/**
 * Each side runs twice, half the targets each time, in the order ours, baseline, baseline, ours,
 * so a change in the machine's load during the minute (other work on a shared machine) falls on
 * both sides alike.
 */
const ROUNDS = 2;
const TARGETS_PER_ROUND = TARGETS / ROUNDS;
/** As many accounts as publish in parallel, so no account waits for a free lane, only for its own posts. */
const ACCOUNTS: readonly BenchAccount[] = Array.from({ length: PUBLISH_LANES_MAX }, (_, index) => ({
  id: `bench-${index % 2 === 0 ? 'ig' : 'fb'}-${index}`,
  platform: index % 2 === 0 ? 'instagram' : 'facebook',
}));
/** Each post goes to every account at the same instant, as a post planned for several accounts does. */
const POSTS_PER_ROUND = TARGETS_PER_ROUND / ACCOUNTS.length;
/** A post falls due this often: each account publishes one post every 60 ms, 67 targets a second in all. */
const POST_EVERY_MS = 60;
/** Between setting up and the first due instant: the engine has started and armed its timer by then. */
const LEAD_MS = 1_000;
/** A run that has not seen every target go out this long after the last due instant is broken, not slow. */
const GIVE_UP_AFTER_MS = 30_000;

/** A round's due instants, in wall-clock milliseconds: one per post, shared by every account. */
function dueInstants(windowOpensAt: number): number[] {
  return Array.from({ length: POSTS_PER_ROUND }, (_, post) => windowOpensAt + post * POST_EVERY_MS).flatMap((at) => ACCOUNTS.map(() => at));
}

/** Rejects GIVE_UP_AFTER_MS after the last due instant, so a broken round ends the bench instead of hanging it. */
function deadline(lastDueMs: number, what: string): { promise: Promise<never>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    const message = `${what} did not finish within ${GIVE_UP_AFTER_MS / 1000} s of the last due time.`;
    timer = setTimeout(() => reject(new Error(message)), lastDueMs - Date.now() + GIVE_UP_AFTER_MS);
  });
  // Only a race awaits it; once the race is over, a late rejection is nobody's error.
  promise.catch(() => undefined);
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * Ours: the scheduling stack as the app runs it (the engine on the real clock, node-schedule, and
 * the planning service announcing each change) on a fresh data directory holding the round's
 * scheduled targets; the lateness of a target is when its publisher's first step started minus its
 * due time. Afterwards every target must be published, each by exactly one step run, with no request sent.
 */
async function engineLateness(dataDirectory: string): Promise<number[]> {
  const started = new Map<string, number>();
  let stepRuns = 0;
  let allStarted: () => void = () => undefined;
  const everyTargetStarted = new Promise<void>((resolve) => (allStarted = resolve));
  const { world, requests } = await openBenchWorld(dataDirectory, {
    onStep(targetId, atMs) {
      stepRuns++;
      if (!started.has(targetId)) started.set(targetId, atMs);
      if (started.size === TARGETS_PER_ROUND) allStarted();
    },
  });
  const dues = dueInstants(Date.now() + LEAD_MS);
  const targets = dues.map((dueAtMs, index): BenchTarget => ({
    id: `target-${String(index).padStart(4, '0')}`,
    account: ACCOUNTS[index % ACCOUNTS.length] as BenchAccount,
    status: 'scheduled',
    dueAtMs,
  }));
  const { db } = world.database;
  const { engine } = world.scheduling;
  const giveUp = deadline(Math.max(...dues), 'The engine');
  try {
    insertAccounts(db, ACCOUNTS, new Date());
    insertTargets(db, targets, new Date());
    engine.start();
    await Promise.race([everyTargetStarted, giveUp.promise]);
    await engine.idle();
    // Lateness from a run that skipped or repeated targets would measure something else.
    deepStrictEqual(
      { statuses: countByStatus(db), stepRuns, requests: requests() },
      { statuses: { published: targets.length }, stepRuns: targets.length, requests: 0 },
    );
    return targets.map(({ id, dueAtMs }) => (started.get(id) ?? Number.NaN) - dueAtMs);
  } finally {
    giveUp.cancel();
    await world.close();
  }
}

/** The baseline: one raw setTimeout per target for the same due instants, each measuring its own lateness. */
async function rawTimerLateness(): Promise<number[]> {
  const dues = dueInstants(Date.now() + LEAD_MS);
  const giveUp = deadline(Math.max(...dues), 'The raw timers');
  const lateness = new Array<number>(dues.length).fill(Number.NaN);
  let fired = 0;
  const everyTimerFired = new Promise<void>((resolve) => {
    dues.forEach((dueAtMs, index) =>
      setTimeout(() => {
        lateness[index] = preciseWallMs() - dueAtMs;
        if (++fired === dues.length) resolve();
      }, dueAtMs - Date.now()),
    );
  });
  try {
    await Promise.race([everyTimerFired, giveUp.promise]);
    return lateness;
  } finally {
    giveUp.cancel();
  }
}

/** The nearest-rank percentile: the smallest value at least `percent` of the values are no greater than. */
function percentile(sorted: readonly number[], percent: number): number {
  return sorted[Math.max(0, Math.ceil((percent / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function lateness(ours: readonly number[], baseline: readonly number[]): Figure[] {
  const [oursSorted, baselineSorted] = [ours, baseline].map((values) => [...values].sort((a, b) => a - b)) as [number[], number[]];
  const shape = `${TARGETS.toLocaleString('en')} targets, ${ACCOUNTS.length} accounts, a post every ${POST_EVERY_MS} ms`;
  const figure = (statistic: string, of: (sorted: readonly number[]) => number): Figure => ({
    label: `lateness ${statistic} (${shape})`,
    oursMs: of(oursSorted),
    baselineMs: of(baselineSorted),
    iterations: ROUNDS,
  });
  return [
    figure('p50', (sorted) => percentile(sorted, 50)),
    figure('p99', (sorted) => percentile(sorted, 99)),
    figure('max', (sorted) => sorted[sorted.length - 1] ?? Number.NaN),
  ];
}

export const schedulingLatenessScenario: BenchScenario = {
  name: 'scheduling lateness',
  baseline:
    'one raw setTimeout per target for the same due instants, in the same process between the rounds of the engine: ' +
    'how late a bare timer fires, the floor for any scheduler in Node',
  async run() {
    const root = mkdtempSync(join(tmpdir(), 'outpost-bench-lateness-'));
    try {
      const ours = await engineLateness(mkdtempSync(join(root, 'first-')));
      const baseline = [...(await rawTimerLateness()), ...(await rawTimerLateness())];
      ours.push(...(await engineLateness(mkdtempSync(join(root, 'second-')))));
      return lateness(ours, baseline);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  },
};
