import { createSystemClock, type SandboxClock } from './core/clock';
import { htmlResponse } from './core/sandboxHttp';
import { renderErrorPage } from './core/consentPage';
import type { HostService } from './core/hostService';
import { startHttpServer } from './core/httpServer';
import { createSeededRandom } from './core/seededRandom';
import type { HostKey } from './core/sandboxHttp';
import { createStatePersistence, loadStateFile } from './core/stateFile';
import { createControlHost } from './control/controlHost';
import { createSandboxControl, type SandboxControl } from './control/sandboxControl';
import { FaultPlan } from './faults/faultPlan';
import { createMediaFetcher } from './media/mediaFetcher';
import { createGraphHostService } from './meta/graphHostService';
import { createGraphHostDefinitions } from './meta/graphHosts';
import { createMetaDialogHost } from './meta/metaDialogHost';
import { buildUrls, clientEnvironment, type SandboxUrls } from './urlLayout';
import { seedDemoHistory } from './world/demoHistory';
import { createDemoState } from './world/demoWorld';
import { resolveSettings, type SandboxSettingsOverrides } from './world/sandboxSettings';
import type { SandboxWorld } from './world/sandboxWorld';
import { createSettler } from './world/settleWorld';
import { createPlatformModules } from './platformModules';

/**
 * Starts the sandbox: one HTTP server on 127.0.0.1 that answers for Meta's and TikTok's hosts
 * under path prefixes (urlLayout.ts), with demo accounts, a controllable clock, seeded
 * randomness, fault knobs and optional persistence.
 */
export interface SandboxOptions {
  /** Everything random (ids, secrets, insight values, mixed faults) follows from it. */
  seed: string | number;
  /** 0 or omitted: a free port. */
  port?: number;
  /** Default: real time plus whatever `advance` adds. Tests pass createManualClock(). */
  clock?: SandboxClock;
  /** Keep the state in this JSON file across restarts. */
  stateFile?: string;
  settings?: SandboxSettingsOverrides;
  meta?: { redirectUris?: string[] };
  instagram?: { redirectUris?: string[] };
  tiktok?: { redirectUris?: string[]; verifiedUrlPrefixes?: string[]; audited?: boolean };
  /** Demo mode: seed this many days of past posts (and so insight history). Default none. */
  history?: { days: number };
  /** More shops (Page + Instagram + TikTok each) beside Rosie's, for tests needing many accounts. */
  extraShops?: number;
  /** Called with unexpected exceptions inside the sandbox (default: console.error). */
  onInternalError?: (error: unknown) => void;
}

export interface Sandbox {
  urls: SandboxUrls;
  /** The OUTPOST_* variables that point the platform clients here. */
  env: Record<string, string>;
  control: SandboxControl;
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const seed = String(options.seed);
  const clock = options.clock ?? createSystemClock();
  const settings = resolveSettings(options.settings);
  const freshState = () => {
    const state = createDemoState({
      seed,
      metaRedirectUris: options.meta?.redirectUris,
      instagramRedirectUris: options.instagram?.redirectUris,
      tiktokRedirectUris: options.tiktok?.redirectUris,
      tiktokVerifiedUrlPrefixes: options.tiktok?.verifiedUrlPrefixes,
      tiktokAudited: options.tiktok?.audited,
      extraShops: options.extraShops,
    });
    seedDemoHistory({ state, clock, seed, settings, urls, random: createSeededRandom(`${seed}:history`) }, options.history?.days ?? 0);
    return state;
  };
  const urls = buildUrls('http://127.0.0.1:0');
  const world: SandboxWorld = {
    state: (options.stateFile ? loadStateFile(options.stateFile) : null) ?? freshState(),
    clock,
    seed,
    settings,
    urls,
    random: createSeededRandom(`${seed}:requests`),
  };
  const faults = new FaultPlan(createSeededRandom(`${seed}:faults`));
  const fetcher = createMediaFetcher(settings.mediaFetchTimeoutMs);
  const services = { world, faults, fetcher };
  const modules = createPlatformModules(services);
  const settle = createSettler(modules.settlers);
  const persistence = createStatePersistence(options.stateFile, () => world.state);
  const onInternalError = options.onInternalError ?? ((error: unknown) => console.error('[sandbox]', error));

  const control = createSandboxControl({
    world,
    faults,
    settle: () => settle(world),
    reset: () => {
      world.state = freshState();
      faults.clear();
      persistence.schedule();
    },
    issueTikTokTokens: modules.issueTikTokTokens,
  });

  const graph = createGraphHostDefinitions(modules.graph);
  const htmlFault = (platform: string) => (status: number) =>
    htmlResponse(status, renderErrorPage(platform, 'Sorry, something went wrong', 'We are working on it and will get it fixed as soon as we can.'));
  const hosts: Record<HostKey, HostService> = {
    metaGraph: createGraphHostService(graph.facebook, services),
    instagramGraph: createGraphHostService(graph.instagram, services),
    metaDialog: createMetaDialogHost(world, htmlFault('Facebook')),
    ...modules.hosts,
    control: createControlHost(world, control),
  };

  const server = await startHttpServer(options.port ?? 0, {
    services: hosts,
    decideFault: (host, method, path) => faults.decide(host, method, path, clock.now()),
    beforeHandle: () => settle(world),
    afterRequest: () => persistence.schedule(),
    onInternalError,
  });
  Object.assign(urls, buildUrls(server.origin));

  return {
    urls,
    env: clientEnvironment(urls),
    control,
    async close() {
      await server.close();
      persistence.flush();
    },
  };
}
