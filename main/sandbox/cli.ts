/**
 * `npm run sandbox` (package.json: "sandbox": "tsx main/sandbox/cli.ts"): starts the sandbox alone
 * on 127.0.0.1 and prints its URLs, the OUTPOST_* variables that point the app at it, and the demo
 * accounts. Flags: --port N (or OUTPOST_SANDBOX_PORT, default 8787; 0 picks a free one),
 * --seed S (default outpost-demo), --state-file PATH (keep state across restarts),
 * --history DAYS (seed that many days of past posts). Time is real time; POST
 * /__sandbox/clock/advance fast-forwards it. App secrets are at GET /__sandbox/.
 */
import { parseArgs } from 'node:util';
import { startSandbox } from './startSandbox';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    seed: { type: 'string', default: 'outpost-demo' },
    'state-file': { type: 'string' },
    history: { type: 'string' },
  },
});

const print = (text: string) => process.stdout.write(`${text}\n`);

function fail(message: string): never {
  process.stderr.write(`The sandbox could not start: ${message}\n`);
  process.exit(1);
}

const port = Number(values.port ?? process.env.OUTPOST_SANDBOX_PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65_535) fail(`--port must be a port number (got ${values.port ?? ''}).`);
const historyDays = values.history === undefined ? 0 : Number(values.history);
if (!Number.isInteger(historyDays) || historyDays < 0) fail('--history must be a whole number of days.');

const sandbox = await startSandbox({ seed: values.seed, port, stateFile: values['state-file'], history: { days: historyDays } }).catch((error: unknown) => {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') fail(`port ${port} is already in use; pick another with --port N.`);
  throw error;
});

const demo = sandbox.control.demo();
print('Outpost sandbox is running (Meta and TikTok, simulated on this machine).\n');
print('Hosts:');
for (const [name, url] of Object.entries(sandbox.urls)) print(`  ${name.padEnd(15)} ${url}`);
print('\nPoint the app at it:');
for (const [name, value] of Object.entries(sandbox.env)) print(`  export ${name}=${value}`);
print('\nDemo accounts:');
print(`  Meta app ${demo.meta.appId}, user ${demo.meta.userName}, Page "${demo.meta.pageName}" (${demo.meta.pageId})`);
print(`  Instagram @${demo.instagram.username} (${demo.instagram.accountId}), Instagram Login app ${demo.instagram.appId}`);
print(`  TikTok ${demo.tiktok.displayName}, client key ${demo.tiktok.clientKey}`);
print(`  Redirect URIs: Meta ${demo.meta.redirectUris.join(', ')}; TikTok ${demo.tiktok.redirectUris.join(', ')}`);
print(`\nControl: ${sandbox.urls.control}/ (secrets, clock, faults; see main/sandbox/README.md)`);
print('Press Ctrl+C to stop.');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void sandbox.close().then(() => process.exit(0));
  });
}
