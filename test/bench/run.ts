/**
 * `npm run bench`: runs every scenario and prints one table of figures, each against a baseline
 * measured in the same run, so the ratio stays meaningful across machines.
 */
import { availableParallelism, cpus } from 'node:os';
import { formatTable, type ScenarioResult } from './printTable';
import { scenarios } from './scenarios';

const results: ScenarioResult[] = [];
for (const scenario of scenarios) {
  process.stderr.write(`running ${scenario.name}...\n`);
  results.push({ scenario: scenario.name, baseline: scenario.baseline, figures: await scenario.run() });
}

console.log(
  `Node ${process.versions.node}, SQLite ${process.versions.sqlite ?? 'unknown'}, ${process.platform} ${process.arch}, ` +
    `${availableParallelism()} x ${cpus()[0]?.model ?? 'unknown CPU'}`,
);
console.log('');
console.log(formatTable(results));
