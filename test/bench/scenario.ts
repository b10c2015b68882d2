/** One timed piece of work. `setup` and `teardown` run outside the clock. */
export interface Trial<State> {
  setup(): State;
  run(state: State): void;
  teardown?(state: State): void;
}

/** The same work done by our code and by the baseline, timed in the same run. */
export interface Comparison<OursState, BaselineState> {
  label: string;
  /** Timed rounds; the median is reported. */
  iterations: number;
  /** Untimed rounds first, so JIT and file-system caches are warm for both sides. */
  warmup: number;
  ours: Trial<OursState>;
  baseline: Trial<BaselineState>;
}

/** A trial whose work is asynchronous (file and image I/O); setup and teardown may be too. */
export interface AsyncTrial<State> {
  setup(): State | Promise<State>;
  run(state: State): Promise<void>;
  teardown?(state: State): void | Promise<void>;
}

export interface AsyncComparison<OursState, BaselineState> extends Omit<Comparison<OursState, BaselineState>, 'ours' | 'baseline'> {
  ours: AsyncTrial<OursState>;
  baseline: AsyncTrial<BaselineState>;
}

/** One row of the bench table. */
export interface Figure {
  label: string;
  oursMs: number;
  baselineMs: number;
  iterations: number;
}

/**
 * A group of comparisons sharing a baseline (raw node:sqlite, a plain fetch, ...). A new scenario
 * is a file in scenarios/ exporting one of these, added to scenarios/index.ts.
 */
export interface BenchScenario {
  name: string;
  /** What the baseline column is for this scenario, printed under the table. */
  baseline: string;
  /**
   * Measures the comparisons (with `compare`, or `compareAsync` for asynchronous work) and returns
   * their figures; cleans up after itself.
   */
  run(): Figure[] | Promise<Figure[]>;
}
