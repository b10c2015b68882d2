/**
 * The unit, integration and end-to-end suites, run so that their traces can be checked for leaked
 * secrets afterwards: the sandbox appends every token, code and app secret it hands out to a
 * ledger, test data directories are kept, and each suite's output is saved. Then every file they
 * left (logs, databases, reports, console output) is scanned for every secret in the ledger.
 * Fails if a suite fails or if any secret is found.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BRIDGE_RECORDING_FILE } from '../e2e/support/browserModeProcess';
import { countRecordedBridgeFrames } from './bridgeRecordings';
import { scanForSecrets } from './scanForSecrets';

const root = resolve(import.meta.dirname, '../..');
const scanDirectory = join(root, 'test-results/secret-scan');
const ledger = join(scanDirectory, 'ledger.txt');
rmSync(scanDirectory, { recursive: true, force: true });
mkdirSync(join(scanDirectory, 'tmp'), { recursive: true });

const env = {
  ...process.env,
  TMPDIR: join(scanDirectory, 'tmp'),
  OUTPOST_KEEP_TEST_DATA: '1',
  OUTPOST_SANDBOX_SECRET_LEDGER: ledger,
};

function run(name: string, args: string[]): Promise<number> {
  const output = createWriteStream(join(scanDirectory, `${name}.out.txt`));
  return new Promise((resolveRun) => {
    const child = spawn('npm', ['run', ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk: Buffer) => {
        process.stdout.write(chunk);
        output.write(chunk);
      });
    }
    child.on('close', (code) => output.end(() => resolveRun(code ?? 1)));
  });
}

const suites: [string, string[]][] = [
  ['unit', ['test:unit']],
  ['integration', ['test:integration']],
  ['e2e', ['test:e2e']],
];
for (const [name, args] of suites) {
  const code = await run(name, args);
  if (code !== 0) {
    console.error(`\n${name} tests failed (exit ${code}).`);
    process.exit(code);
  }
}

const secrets = existsSync(ledger) ? readFileSync(ledger, 'utf8').split('\n').filter(Boolean) : [];
if (secrets.length === 0) {
  console.error('secret scan: the sandbox recorded no secrets, so the scan would prove nothing.');
  process.exit(1);
}
// The end-to-end runs record every reply and event of the bridge; they are part of what is scanned.
const bridgeFrames = countRecordedBridgeFrames(scanDirectory, BRIDGE_RECORDING_FILE);
if (bridgeFrames === 0) {
  console.error('secret scan: no bridge frames were recorded, so the scan would prove nothing about IPC.');
  process.exit(1);
}
const { hits, files, bytes } = scanForSecrets([scanDirectory, join(root, 'test-results/e2e')], secrets);
console.log(
  `secret scan: ${new Set(secrets).size} secrets issued by the sandbox, ${files} files (${(bytes / 1e6).toFixed(1)} MB) scanned ` +
    `including ${bridgeFrames} recorded bridge replies and events, ${hits.length} found`,
);
for (const hit of hits) console.error(`  ${hit.masked} in ${hit.file}`);
process.exit(hits.length === 0 ? 0 : 1);
