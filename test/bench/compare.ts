import { performance } from 'node:perf_hooks';
import type { Comparison, Figure, Trial } from './scenario';

/**
 * Times our side and the baseline in alternating rounds (which side goes first flips each round,
 * so neither always runs on the other's warm caches) and reports the median of each.
 */
export function compare<OursState, BaselineState>(comparison: Comparison<OursState, BaselineState>): Figure {
  const { label, iterations, warmup, ours, baseline } = comparison;
  const oursMs: number[] = [];
  const baselineMs: number[] = [];
  for (let round = 0; round < warmup + iterations; round++) {
    const timed = round >= warmup;
    const runOurs = () => {
      const ms = timeOnce(ours);
      if (timed) oursMs.push(ms);
    };
    const runBaseline = () => {
      const ms = timeOnce(baseline);
      if (timed) baselineMs.push(ms);
    };
    if (round % 2 === 0) {
      runOurs();
      runBaseline();
    } else {
      runBaseline();
      runOurs();
    }
  }
  return { label, oursMs: median(oursMs), baselineMs: median(baselineMs), iterations };
}

function timeOnce<State>(trial: Trial<State>): number {
  const state = trial.setup();
  const start = performance.now();
  trial.run(state);
  const elapsed = performance.now() - start;
  trial.teardown?.(state);
  return elapsed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}
