/**
 * Counts the engine's work in progress (a pending pass, a run, a hand-over) so `stop` and tests can
 * wait until nothing is left. A run waiting on the clock (a step's sleep) does not count: it only
 * moves on when time passes, which is what a test controls.
 */
export interface EngineActivity {
  /** Marks work started; the function returned marks it done (calling it again does nothing). */
  begin(): () => void;
  /**
   * From inside counted work that starts waiting on the clock: stops counting it. The function
   * returned counts it again; call it the moment the wait ends, before the work goes on, so
   * nobody sees the engine idle in between (a test's clock moving on to the next timer).
   */
  pause(): () => void;
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
    pause() {
      release();
      let resumed = false;
      return () => {
        if (resumed) return;
        resumed = true;
        busy++;
      };
    },
    idle() {
      return busy === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
    },
  };
}
