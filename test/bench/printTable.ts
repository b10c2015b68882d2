import type { Figure } from './scenario';

export interface ScenarioResult {
  scenario: string;
  baseline: string;
  figures: Figure[];
}

/** A plain-text table: one row per figure, ours against the baseline and their ratio. */
export function formatTable(results: readonly ScenarioResult[]): string {
  const header = ['scenario', 'figure', 'ours (ms)', 'baseline (ms)', 'ratio ours/baseline', 'runs'];
  const rows = results.flatMap(({ scenario, figures }) =>
    figures.map((figure) => [
      scenario,
      figure.label,
      figure.oursMs.toFixed(2),
      figure.baselineMs.toFixed(2),
      `${(figure.oursMs / figure.baselineMs).toFixed(2)}x`,
      String(figure.iterations),
    ]),
  );
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  // Text columns align left, numbers right.
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const baselines = results.map(({ scenario, baseline }) => `baseline of ${scenario}: ${baseline}`);
  const reading = 'Each figure is the median of its runs, unless its label names a percentile or the maximum (taken over all the runs).';
  return [line(header), rule, ...rows.map(line), '', reading, ...baselines].join('\n');
}
