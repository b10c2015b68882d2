/**
 * `npm run sandbox` (package.json: "sandbox": "tsx main/sandbox/cli.ts"): starts the sandbox alone
 * on 127.0.0.1 and prints its URLs, the OUTPOST_* variables that point the app at it, and the demo
 * accounts. Flags: --port N (or OUTPOST_SANDBOX_PORT, default 8787; 0 picks a free one),
 * --seed S (default outpost-demo), --state-file PATH (keep state across restarts),
 * --history DAYS (seed that many days of past posts), --bucket-port N (the demo storage bucket,
 * an S3-compatible server; default the port after --port, 0 picks a free one). Time is real time;
 * POST /__sandbox/clock/advance fast-forwards it. App secrets are at GET /__sandbox/.
 */
import { parseArgs } from 'node:util';
import { startDemoBucket } from './s3/demoBucket';
import { startSandbox } from './startSandbox';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    seed: { type: 'string', default: 'outpost-demo' },
    'state-file': { type: 'string' },
    history: { type: 'string' },
    'bucket-port': { type: 'string' },
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
const bucketPort = values['bucket-port'] === undefined ? (port === 0 ? 0 : port + 1) : Number(values['bucket-port']);
if (!Number.isInteger(bucketPort) || bucketPort < 0 || bucketPort > 65_535) fail(`--bucket-port must be a port number (got ${values['bucket-port'] ?? ''}).`);

const sandbox = await startSandbox({ seed: values.seed, port, stateFile: values['state-file'], history: { days: historyDays } }).catch((error: unknown) => {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') fail(`port ${port} is already in use; pick another with --port N.`);
  throw error;
});

const bucket = await startDemoBucket(bucketPort).catch((error: unknown) => {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') fail(`port ${bucketPort} is already in use; pick another with --bucket-port N.`);
  throw error;
});
// The demo bucket's public address stands for the owner's own domain, verified with TikTok.
sandbox.control.configureTikTok({ verifiedUrlPrefixes: [`${bucket.publicUrl}/`] });

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
print('\nDemo storage bucket (Settings → Storage bucket; S3-compatible, path-style):');
print(`  Endpoint ${bucket.endpoint}, region ${bucket.region}, bucket ${bucket.bucket}`);
print(`  Access key ID ${bucket.accessKeyId}, secret access key ${bucket.secretAccessKey}`);
print(`  Public address ${bucket.publicUrl} (verified with the demo TikTok app)`);
print(`\nControl: ${sandbox.urls.control}/ (secrets, clock, faults; see main/sandbox/README.md)`);
print('Press Ctrl+C to stop.');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void Promise.all([sandbox.close(), bucket.stop()]).then(() => process.exit(0));
  });
}
