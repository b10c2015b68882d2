import { performance } from 'node:perf_hooks';
import type { AsyncComparison, Comparison, Figure, Trial, AsyncTrial } from './scenario';

type Side = 'ours' | 'baseline';

/**
 * The rounds of a comparison: warm-up rounds first (untimed), and which side goes first flips each
 * round, so neither always runs on the other's warm caches.
 */
function* rounds(warmup: number, iterations: number): Generator<{ timed: boolean; order: [Side, Side] }> {
  for (let round = 0; round < warmup + iterations; round++) {
    yield { timed: round >= warmup, order: round % 2 === 0 ? ['ours', 'baseline'] : ['baseline', 'ours'] };
  }
}

/** Times our side and the baseline in alternating rounds and reports the median of each. */
export function compare<OursState, BaselineState>(comparison: Comparison<OursState, BaselineState>): Figure {
  const samples: Record<Side, number[]> = { ours: [], baseline: [] };
  for (const { timed, order } of rounds(comparison.warmup, comparison.iterations)) {
    for (const side of order) {
      const ms = timeOnce(comparison[side] as Trial<unknown>);
      if (timed) samples[side].push(ms);
    }
  }
  return figureOf(comparison.label, samples, comparison.iterations);
}

/** The same for work that is asynchronous (file and image I/O): each run is awaited before the next. */
export async function compareAsync<OursState, BaselineState>(comparison: AsyncComparison<OursState, BaselineState>): Promise<Figure> {
  const samples: Record<Side, number[]> = { ours: [], baseline: [] };
  for (const { timed, order } of rounds(comparison.warmup, comparison.iterations)) {
    for (const side of order) {
      const ms = await timeOnceAsync(comparison[side] as AsyncTrial<unknown>);
      if (timed) samples[side].push(ms);
    }
  }
  return figureOf(comparison.label, samples, comparison.iterations);
}

function timeOnce<State>(trial: Trial<State>): number {
  const state = trial.setup();
  const start = performance.now();
  trial.run(state);
  const elapsed = performance.now() - start;
  trial.teardown?.(state);
  return elapsed;
}

async function timeOnceAsync<State>(trial: AsyncTrial<State>): Promise<number> {
  const state = await trial.setup();
  const start = performance.now();
  await trial.run(state);
  const elapsed = performance.now() - start;
  await trial.teardown?.(state);
  return elapsed;
}

function figureOf(label: string, samples: Record<Side, number[]>, iterations: number): Figure {
  return { label, oursMs: median(samples.ours), baselineMs: median(samples.baseline), iterations };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}
