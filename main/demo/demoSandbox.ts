import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DeveloperAppKind } from '../../preload/contract';
import type { DeveloperAppSecrets } from '../accounts/platformAccess';
import type { Logger } from '../diagnostics/logger';
import { resolveEndpoints, type PlatformEndpoints } from '../platforms/endpoints';
import { startSandbox, type Sandbox } from '../sandbox';

/** Fixed, so every demo install tells the same story of the same bakery. */
const DEMO_SEED = 'outpost-demo';
/** About two months of past posts and insights, so every screen has something real to show. */
const DEMO_HISTORY_DAYS = 60;

/** What the demo's sign-ins need: where the sandbox answers, and its developer-app credentials. */
export interface DemoEnvironment {
  endpoints: PlatformEndpoints;
  apps: Record<DeveloperAppKind, DeveloperAppSecrets>;
  /** Registers the exact loopback redirect URI with the demo Meta or Instagram app, as an owner would. */
  registerRedirectUri(kind: 'meta' | 'instagram', uri: string): void;
}

export interface DemoSandbox {
  /** Starts the in-process sandbox on first use; later calls reuse it. */
  environment(): Promise<DemoEnvironment>;
  /** Stops the sandbox and deletes its saved state (part of "remove the demo"). */
  discard(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Demo mode's platforms: the sandbox of main/sandbox/, started inside Outpost on 127.0.0.1 and
 * kept in `<data>/demo/`, so demo accounts and their history survive restarts. Nothing of it
 * starts until the owner chooses "Try the demo". A fixed `port` (development and end-to-end tests,
 * `OUTPOST_DEMO_SANDBOX_PORT`) lets a person or a test reach its control endpoint (`/__sandbox/`).
 */
export function createDemoSandbox(options: { dataDirectory: string; logger: Logger; port?: number }): DemoSandbox {
  const directory = join(options.dataDirectory, 'demo');
  const stateFile = join(directory, 'sandbox-state.json');
  let running: Promise<Sandbox> | undefined;

  const start = () =>
    startSandbox({
      seed: DEMO_SEED,
      stateFile,
      ...(options.port !== undefined && { port: options.port }),
      history: { days: DEMO_HISTORY_DAYS },
      onInternalError: (error) => options.logger.error({ err: error }, 'demo: sandbox internal error'),
    });

  const stop = async () => {
    const sandbox = await running?.catch(() => undefined);
    running = undefined;
    await sandbox?.close();
  };

  return {
    async environment() {
      running ??= start().catch((error: unknown) => {
        running = undefined;
        throw error;
      });
      const sandbox = await running;
      const demo = sandbox.control.demo();
      return {
        endpoints: resolveEndpoints(sandbox.env),
        apps: {
          meta: { appId: demo.meta.appId, appSecret: demo.meta.appSecret },
          instagram: { appId: demo.instagram.appId, appSecret: demo.instagram.appSecret },
          tiktok: { appId: demo.tiktok.clientKey, appSecret: demo.tiktok.clientSecret },
        },
        registerRedirectUri: (kind, uri) => sandbox.control.setRedirectUris(kind, [uri]),
      };
    },
    async discard() {
      await stop();
      rmSync(directory, { recursive: true, force: true });
    },
    close: stop,
  };
}
