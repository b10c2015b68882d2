import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

const repositoryRoot = resolve(import.meta.dirname, '../../..');

export interface BrowserModeProcess {
  url: string;
  /** Asks the server to stop (SIGTERM), as closing the terminal would. */
  stop(): Promise<void>;
  /** Kills it outright (SIGKILL): no shutdown code runs, as when the machine loses power. */
  kill(): Promise<void>;
}

/**
 * Starts `main/browser-mode/start.ts --static` as its own process, exactly as a person would with
 * `npm run dev:browser -- --static`, and resolves with the address it prints. Stopping it and
 * starting another on the same data directory is a real restart. `env` adds variables for this
 * run (OUTPOST_META_CALLBACK_PORT, say); `port` fixes the page's origin across a restart.
 */
export const BRIDGE_RECORDING_FILE = 'bridge-frames.jsonl';

export async function startBrowserMode(
  dataDirectory: string,
  env: Record<string, string> = {},
  port = '0',
): Promise<BrowserModeProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', resolve(repositoryRoot, 'main/browser-mode/start.ts'), '--static', '--port', port],
    {
      cwd: repositoryRoot,
      env: {
        ...process.env,
        // Every reply and event the page receives, for the secret scan after the suite.
        OUTPOST_BRIDGE_RECORDING: join(dataDirectory, BRIDGE_RECORDING_FILE),
        ...env,
        OUTPOST_DATA_DIR: dataDirectory,
      },
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
  return { url, stop: () => stopProcess(child, 'SIGTERM'), kill: () => stopProcess(child, 'SIGKILL') };
}

function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    child.once('exit', () => resolveStop());
    child.kill(signal);
  });
}
