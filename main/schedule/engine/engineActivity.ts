/**
 * Counts the engine's work in progress (a pending pass, a run, a hand-over) so `stop` and tests can
 * wait until nothing is left. A run waiting on the clock (a step's sleep) does not count: it only
 * moves on when time passes, which is what a test controls.
 */
export interface EngineActivity {
  /** Marks work started; the function returned marks it done (calling it again does nothing). */
  begin(): () => void;
  /** Awaits `work` (from inside counted work) without counting the wait. */
  waiting<T>(work: Promise<T>): Promise<T>;
  /** Resolves once nothing is in progress. */
  idle(): Promise<void>;
}

export function createEngineActivity(): EngineActivity {
  let busy = 0;
  let waiters: (() => void)[] = [];
  const release = () => {
    busy--;
    if (busy > 0) return;
    const woken = waiters;
    waiters = [];
    for (const wake of woken) wake();
  };
  return {
    begin() {
      busy++;
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        release();
      };
    },
    async waiting(work) {
      release();
      try {
        return await work;
      } finally {
        busy++;
      }
    },
    idle() {
      return busy === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
    },
  };
}
