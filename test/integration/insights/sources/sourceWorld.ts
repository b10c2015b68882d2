import type { LoginPath, Platform, PostType } from '../../../../preload/contract';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import type { InsightsCallContext, RefusedMetrics } from '../../../../main/insights/insightsSource';
import { GRAPH_API_VERSION } from '../../../../main/platforms/endpoints';
import type { PlatformHttp } from '../../../../main/platforms/platformHttp';
import type { PublishAccount } from '../../../../main/platforms/publisher';
import { createManualClock } from '../../../../main/sandbox/core/clock';
import { createSeededRandom } from '../../../../main/sandbox/core/seededRandom';
import { resolveSettings } from '../../../../main/sandbox/world/sandboxSettings';
import type { SandboxWorld } from '../../../../main/sandbox/world/sandboxWorld';
import type { PlatformSandbox } from '../../platforms/support/platformSandbox';

/**
 * What an insights source is called with, on the platform test sandbox (one per file, a manual
 * clock): an account as the app stores it, its token as the vault would hand it, an in-memory
 * RefusedMetrics, and the sandbox's own models at its clock for the expected numbers.
 */

export interface Refusal {
  platform: Platform;
  kind: PostType;
  metric: string;
  reason: string;
  deprecated: boolean;
}

export function memoryRefusedMetrics(): RefusedMetrics & { remembered: Refusal[] } {
  const remembered: Refusal[] = [];
  return {
    remembered,
    refused: (platform, kind) => new Set(remembered.filter((item) => item.platform === platform && item.kind === kind).map((item) => item.metric)),
    remember: (refusal) => void remembered.push(refusal),
  };
}

export function sourceContext(
  ctx: PlatformSandbox,
  account: { platform: Platform; platformAccountId: string; loginPath: LoginPath },
  accessToken: () => Promise<string> | string,
  refusedMetrics: RefusedMetrics = memoryRefusedMetrics(),
): InsightsCallContext {
  const publishAccount: PublishAccount = { id: `account-${account.platform}`, isDemo: false, displayName: 'Rosie', ...account };
  return {
    account: publishAccount,
    networks: ctx.networks,
    credentials: {
      accessToken: async () => accessToken(),
      linkedPageAccessToken: async () => null,
      renew: async () => undefined,
    },
    refusedMetrics,
    logger: createSilentLogger(),
    now: () => ctx.now(),
  };
}

/** The sandbox's world as its insight models read it, at its clock now (a copy: reading changes nothing). */
export function modelWorld(ctx: PlatformSandbox, seed: string): SandboxWorld {
  return {
    state: ctx.control.state(),
    clock: createManualClock(ctx.control.clock.now()),
    seed,
    settings: resolveSettings(),
    urls: ctx.sandbox.urls,
    random: createSeededRandom(seed),
  };
}

/** Every request a network sends from now on: path and query parameters. */
export interface SentRequest {
  url: string;
  params: Record<string, string>;
}

export function recordRequests(http: PlatformHttp): SentRequest[] {
  const sent: SentRequest[] = [];
  http.axios.interceptors.request.use((config) => {
    sent.push({ url: config.url ?? '', params: { ...(config.params as Record<string, string> | undefined) } });
    return config;
  });
  return sent;
}

/** A raw GET on the sandbox's Graph host, past every Outpost client: the independent read. */
export async function rawGraphGet<T>(ctx: PlatformSandbox, host: 'metaGraph' | 'instagramGraph', path: string, params: Record<string, string | number>): Promise<T> {
  const url = new URL(`${ctx.sandbox.urls[host]}/${GRAPH_API_VERSION}/${path}`);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, String(value));
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The sandbox answered ${response.status} to ${path}.`);
  return (await response.json()) as T;
}
