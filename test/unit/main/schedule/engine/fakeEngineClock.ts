import type { EngineClock } from '../../../../../main/schedule/engine/engineClock';

interface Timer {
  id: number;
  /** Monotonic instant it fires at: timers run on running time, like Node's. */
  dueMono: number;
  /** wakeAt only: the wall instant asked for, checked again when it fires (as node-schedule does). */
  wallAt: number | null;
  /** every only: the period. */
  periodMs: number | null;
  fire: () => void;
}

export interface FakeEngineClock extends EngineClock {
  /**
   * Lets `ms` of running time pass: wall and monotonic time move together, and timers fire in
   * order, each followed by `settle` (the engine's reaction) before the next one is looked at.
   */
  advance(ms: number): Promise<void>;
  /** The machine sleeps for `ms`: the wall clock moves on, running time does not, nothing fires. */
  suspend(ms: number): void;
  /** The wall clock is changed by `ms` (forward or back); running time does not move, nothing fires. */
  jumpWall(ms: number): void;
  /** Wall instants of the armed wakeAt timers, earliest first (what the engine armed). */
  armedWakes(): Date[];
  /** What `advance` waits for after each timer; the engine fixture passes `engine.idle`. */
  setSettle(settle: () => Promise<void>): void;
}

/**
 * A controllable EngineClock. Timers are kept on monotonic time like Node's: a wakeAt armed for
 * 10:00 at 09:00 fires after an hour of running time, so a sleep delays it (electron-craft.md
 * D.2) and a wall-clock change does not move it; when it fires before its wall instant (the clock
 * was set back) it re-arms for the rest, as node-schedule does. A wakeAt for a past instant fires
 * at the next `advance`, even `advance(0)`.
 */
export function createFakeEngineClock(startIso = '2026-12-01T08:00:00.000Z'): FakeEngineClock {
  let wall = Date.parse(startIso);
  let mono = 1_000_000;
  let nextId = 1;
  const timers = new Map<number, Timer>();
  let settle: () => Promise<void> = flushEventLoop;

  const add = (timer: Omit<Timer, 'id'>): number => {
    const id = nextId++;
    timers.set(id, { ...timer, id });
    return id;
  };
  const earliestDueBy = (limit: number): Timer | undefined =>
    [...timers.values()]
      .filter((timer) => timer.dueMono <= limit)
      .sort((a, b) => a.dueMono - b.dueMono || a.id - b.id)[0];

  return {
    now: () => new Date(wall),
    monotonicMs: () => mono,
    wakeAt(at, fire) {
      const id = add({ dueMono: mono + Math.max(0, at.getTime() - wall), wallAt: at.getTime(), periodMs: null, fire });
      return () => void timers.delete(id);
    },
    every(ms, tick) {
      const id = add({ dueMono: mono + ms, wallAt: null, periodMs: ms, fire: tick });
      return () => void timers.delete(id);
    },

    async advance(ms) {
      const target = mono + ms;
      for (let timer = earliestDueBy(target); timer; timer = earliestDueBy(target)) {
        wall += timer.dueMono - mono;
        mono = timer.dueMono;
        if (timer.periodMs !== null) {
          timer.dueMono = mono + timer.periodMs;
        } else if (timer.wallAt !== null && timer.wallAt > wall) {
          timer.dueMono = mono + (timer.wallAt - wall);
          continue;
        } else {
          timers.delete(timer.id);
        }
        timer.fire();
        await settle();
      }
      wall += target - mono;
      mono = target;
      await settle();
    },
    suspend(ms) {
      wall += ms;
    },
    jumpWall(ms) {
      wall += ms;
    },
    armedWakes() {
      return [...timers.values()]
        .filter((timer) => timer.wallAt !== null)
        .map((timer) => timer.wallAt as number)
        .sort((a, b) => a - b)
        .map((at) => new Date(at));
    },
    setSettle(next) {
      settle = next;
    },
  };
}

async function flushEventLoop(): Promise<void> {
  for (let round = 0; round < 5; round++) await new Promise<void>((resolve) => setImmediate(resolve));
}
