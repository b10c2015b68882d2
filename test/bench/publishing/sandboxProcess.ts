import { fork } from 'node:child_process';
import type { SandboxReady } from './sandboxChild';

export interface SandboxProcess extends Omit<SandboxReady, 'type'> {
  /** A fresh TikTok token from the control API: TikTok counts creator_info and init calls per token and minute. */
  issueTikTokToken(): Promise<{ accessToken: string; refreshToken: string }>;
  /** Moves the sandbox's clock forward (its rolling daily limits with it). */
  advanceClock(ms: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts sandboxChild.ts in its own Node process (through tsx, as the sources run) and waits until it listens. */
export async function startSandboxProcess(): Promise<SandboxProcess> {
  const child = fork(new URL('./sandboxChild.ts', import.meta.url), [], {
    execArgv: ['--import', 'tsx', '--no-warnings'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ready = await new Promise<SandboxReady>((resolve, reject) => {
    child.once('message', (message: SandboxReady) => resolve(message));
    child.once('exit', (code) => reject(new Error(`The bench's sandbox stopped before it was ready (exit code ${code}).`)));
  });
  return {
    env: ready.env,
    controlUrl: ready.controlUrl,
    shop: ready.shop,
    apps: ready.apps,
    async issueTikTokToken() {
      const token = (await control(ready.controlUrl, '/tokens/tiktok', {})) as { access_token: string; refresh_token: string };
      return { accessToken: token.access_token, refreshToken: token.refresh_token };
    },
    async advanceClock(ms) {
      await control(ready.controlUrl, '/clock/advance', { ms });
    },
    close() {
      if (child.exitCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.disconnect();
      });
    },
  };
}

/** A POST to the sandbox's control endpoint; its JSON answer. */
async function control(controlUrl: string, path: string, body: object): Promise<unknown> {
  const answer = await fetch(`${controlUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!answer.ok) throw new Error(`The bench's sandbox refused ${path}: ${answer.status} ${await answer.text()}`);
  return answer.json();
}
