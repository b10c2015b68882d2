/**
 * `npm run dev`: the Electron app with the renderer on Vite's dev server (hot reload). Main and
 * preload are built once; restart this script after changing them. Electron downloads its binary
 * on first start, which needs the internet; offline, use `npm run dev:browser`.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { build, createServer } from 'vite';

const root = resolve(import.meta.dirname, '..');
const configFile = resolve(root, 'vite.config.ts');

await build({ configFile, mode: 'main' });
await build({ configFile, mode: 'preload' });
const renderer = await createServer({ configFile, mode: 'renderer', server: { host: '127.0.0.1', port: 5173 } });
await renderer.listen();
const rendererUrl = renderer.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';

const electron = spawn(resolve(root, 'node_modules/.bin/electron'), ['.'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_RENDERER_URL: rendererUrl },
});
electron.on('exit', (code) => {
  void renderer.close().then(() => process.exit(code ?? 0));
});
