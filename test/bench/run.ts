/**
 * `npm run bench`: runs every scenario and prints one table of figures, each against a baseline
 * measured in the same run, so the ratio stays meaningful across machines.
 * `npm run bench -- storage "scheduling lateness"` runs only the scenarios named.
 */
import { availableParallelism, cpus } from 'node:os';
import { formatTable, type ScenarioResult } from './printTable';
import { scenarios } from './scenarios';

const named = process.argv.slice(2);
const unknown = named.filter((name) => !scenarios.some((scenario) => scenario.name === name));
if (unknown.length > 0) {
  const known = scenarios.map((scenario) => `"${scenario.name}"`).join(', ');
  process.stderr.write(`No scenario is called ${unknown.map((name) => `"${name}"`).join(', ')}. The scenarios are ${known}.\n`);
  process.exit(1);
}

const results: ScenarioResult[] = [];
for (const scenario of named.length === 0 ? scenarios : scenarios.filter((candidate) => named.includes(candidate.name))) {
  process.stderr.write(`running ${scenario.name}...\n`);
  results.push({ scenario: scenario.name, baseline: scenario.baseline, figures: await scenario.run() });
}

console.log(
  `Node ${process.versions.node}, SQLite ${process.versions.sqlite ?? 'unknown'}, ${process.platform} ${process.arch}, ` +
    `${availableParallelism()} x ${cpus()[0]?.model ?? 'unknown CPU'}`,
);
console.log('');
console.log(formatTable(results));
