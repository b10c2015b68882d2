import { performance } from 'node:perf_hooks';
import { scheduleJob } from 'node-schedule';

/**
 * Every notion of time the publishing engine uses, so tests can drive it by hand
 * (test/unit/main/schedule/engine/fakeEngineClock.ts) through sleep, clock changes and lost timers.
 */
export interface EngineClock {
  /** Wall-clock time: what due times are compared with. It can jump (a clock change, a sleep). */
  now(): Date;
  /** Time that only moves forward while the process runs; wall and monotonic deltas disagreeing means a jump. */
  monotonicMs(): number;
  /** Calls `fire` once at (or, after a sleep, some time after) `at`; returns a function that cancels it. */
  wakeAt(at: Date, fire: () => void): () => void;
  /** Calls `tick` every `ms` of running time; returns a function that stops it. */
  every(ms: number, tick: () => void): () => void;
}

/**
 * The real clock. `wakeAt` uses node-schedule (electron-craft.md D): it re-arms when it wakes
 * early after the wall clock was set back, but it answers null for a date already past, so such a
 * wake fires on the next turn of the event loop instead of never.
 */
export function systemEngineClock(): EngineClock {
  return {
    now: () => new Date(),
    monotonicMs: () => performance.now(),
    wakeAt(at, fire) {
      const job = scheduleJob(at, fire);
      if (job) return () => job.cancel();
      const immediate = setImmediate(fire);
      return () => clearImmediate(immediate);
    },
    every(ms, tick) {
      const interval = setInterval(tick, ms);
      // The watchdog alone must not keep a process alive (a test, a shutting-down browser mode).
      interval.unref();
      return () => clearInterval(interval);
    },
  };
}
