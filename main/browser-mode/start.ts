/**
 * `npm run dev:browser`: runs Outpost's main-process services in Node and serves the renderer to a
 * browser on 127.0.0.1. Flags: `--static` serves the built renderer (out/renderer, after
 * `npm run build`) instead of Vite with hot reload; `--port N` (or OUTPOST_BROWSER_PORT) picks the
 * port. Data goes to OUTPOST_DATA_DIR, default `.outpost-dev/data` in the checkout.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DomainError } from '../errors/domainError';
import { resolveDataDirectory } from '../store/dataDirectory';
import { startBrowserModeServer } from './server';

const repositoryRoot = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: { static: { type: 'boolean', default: false }, port: { type: 'string' } },
});
const port = Number(values.port ?? process.env.OUTPOST_BROWSER_PORT ?? 5183);
const { version } = JSON.parse(readFileSync(resolve(repositoryRoot, 'package.json'), 'utf8')) as { version: string };

const builtRenderer = resolve(repositoryRoot, 'out/renderer');
if (values.static && !existsSync(resolve(builtRenderer, 'index.html'))) {
  fail('There is no built renderer in out/renderer.', 'Run `npm run build` first, or start without --static.');
}

const server = await startBrowserModeServer({
  dataDirectory: resolveDataDirectory(process.env, resolve(repositoryRoot, '.outpost-dev/data')),
  appVersion: version,
  port,
  echoLogs: process.env.OUTPOST_ECHO_LOGS === '1',
  recordFramesTo: process.env.OUTPOST_BRIDGE_RECORDING,
  renderer: values.static
    ? { kind: 'static', directory: builtRenderer }
    : { kind: 'vite', configFile: resolve(repositoryRoot, 'vite.config.ts') },
}).catch((error: unknown) => {
  if (error instanceof DomainError) fail(error.message, error.action);
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    fail(`Port ${port} is already in use.`, 'Stop the other program, or pick another port with --port N.');
  }
  throw error;
});

console.log(`Outpost browser mode is running.\n  Open: ${server.url}\nPress Ctrl+C to stop.`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}

function fail(message: string, action?: string): never {
  console.error(`Outpost browser mode could not start: ${message}${action ? `\n  ${action}` : ''}`);
  process.exit(1);
}
