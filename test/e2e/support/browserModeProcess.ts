import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const repositoryRoot = resolve(import.meta.dirname, '../../..');

export interface BrowserModeProcess {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts `main/browser-mode/start.ts --static` as its own process, exactly as a person would with
 * `npm run dev:browser -- --static`, and resolves with the address it prints. Stopping it and
 * starting another on the same data directory is a real restart. `env` adds variables for this
 * run (OUTPOST_META_CALLBACK_PORT, say).
 */
export async function startBrowserMode(dataDirectory: string, env: Record<string, string> = {}): Promise<BrowserModeProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', resolve(repositoryRoot, 'main/browser-mode/start.ts'), '--static', '--port', '0'],
    {
      cwd: repositoryRoot,
      env: { ...process.env, ...env, OUTPOST_DATA_DIR: dataDirectory },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open: (\S+)/.exec(output);
      if (match?.[1]) resolveUrl(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`browser mode exited with ${code}:\n${output}`)));
  });
  return { url, stop: () => stopProcess(child) };
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    child.once('exit', () => resolveStop());
    child.kill('SIGTERM');
  });
}
