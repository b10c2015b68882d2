import type { AsyncComparison, AsyncTrial, Figure } from '../scenario';

type Side = 'ours' | 'baseline';

/**
 * Like compareAsync (../compare.ts), but what it measures is this process's CPU time (user plus
 * system, all of its threads) during `run`, not the wall clock: work done elsewhere (a server in
 * another process) and time spent waiting for it do not count. Warm-up rounds first, untimed; the
 * side that goes first flips each round; the median of each side is reported.
 */
export async function compareCpu<OursState, BaselineState>(comparison: AsyncComparison<OursState, BaselineState>): Promise<Figure> {
  const samples: Record<Side, number[]> = { ours: [], baseline: [] };
  for (let round = 0; round < comparison.warmup + comparison.iterations; round++) {
    const order: Side[] = round % 2 === 0 ? ['ours', 'baseline'] : ['baseline', 'ours'];
    for (const side of order) {
      const ms = await cpuOnce(comparison[side] as AsyncTrial<unknown>);
      if (round >= comparison.warmup) samples[side].push(ms);
    }
  }
  return { label: comparison.label, oursMs: median(samples.ours), baselineMs: median(samples.baseline), iterations: comparison.iterations };
}

async function cpuOnce<State>(trial: AsyncTrial<State>): Promise<number> {
  const state = await trial.setup();
  const before = process.cpuUsage();
  await trial.run(state);
  const used = process.cpuUsage(before);
  await trial.teardown?.(state);
  return (used.user + used.system) / 1000;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}
