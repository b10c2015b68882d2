import { REQUEST_TIMEOUTS, type PlatformEndpoints } from './endpoints';
import { createPlatformHttp, type PlatformHttp } from './platformHttp';
import type { UsageLedger } from './usageLedger';

export interface PlatformNetworkDependencies {
  endpoints: PlatformEndpoints;
  ledger: UsageLedger;
  now: () => Date;
}

/** graph.facebook.com: the Facebook Login path (Pages, Instagram publishing, insights, tokens). */
export function createGraphHttp({ endpoints, ledger, now }: PlatformNetworkDependencies): PlatformHttp {
  return createPlatformHttp({
    network: 'metaGraph',
    baseURL: endpoints.metaGraph,
    timeoutMs: REQUEST_TIMEOUTS.apiCallMs,
    now,
    usage: { ledger, app: 'facebookApp' },
  });
}

/** rupload.facebook.com: Instagram video bytes [S35]; one request carries a whole video. */
export function createMetaUploadHttp({ endpoints, ledger, now }: PlatformNetworkDependencies): PlatformHttp {
  return createPlatformHttp({
    network: 'metaUpload',
    baseURL: endpoints.metaUpload,
    timeoutMs: REQUEST_TIMEOUTS.uploadMs,
    now,
    usage: { ledger, app: 'facebookApp' },
  });
}

/** graph.instagram.com: the Instagram Login path and its token endpoints [S32] [S33]. */
export function createInstagramGraphHttp({ endpoints, ledger, now }: PlatformNetworkDependencies): PlatformHttp {
  return createPlatformHttp({
    network: 'instagramGraph',
    baseURL: endpoints.instagramGraph,
    timeoutMs: REQUEST_TIMEOUTS.apiCallMs,
    now,
    usage: { ledger, app: 'instagramApp' },
  });
}

/** api.instagram.com: the Instagram Login code exchange [S32]. */
export function createInstagramApiHttp({ endpoints, ledger, now }: PlatformNetworkDependencies): PlatformHttp {
  return createPlatformHttp({
    network: 'instagramApi',
    baseURL: endpoints.instagramApi,
    timeoutMs: REQUEST_TIMEOUTS.apiCallMs,
    now,
    usage: { ledger, app: 'instagramApp' },
  });
}

/**
 * open.tiktokapis.com. TikTok sends no usage headers (its limits are per token per minute and
 * answer `rate_limit_exceeded` [S78]), so there is nothing to record.
 */
export function createTikTokHttp({ endpoints, now }: PlatformNetworkDependencies): PlatformHttp {
  return createPlatformHttp({ network: 'tiktokApi', baseURL: endpoints.tiktokApi, timeoutMs: REQUEST_TIMEOUTS.apiCallMs, now });
}

/** TikTok's `upload_url` (absolute, handed out by video init [S80]); one request carries one chunk. */
export function createTikTokUploadHttp({ now }: PlatformNetworkDependencies): PlatformHttp {
  return createPlatformHttp({ network: 'tiktokUpload', timeoutMs: REQUEST_TIMEOUTS.uploadMs, now });
}

export interface PlatformNetworks {
  metaGraph: PlatformHttp;
  metaUpload: PlatformHttp;
  instagramGraph: PlatformHttp;
  instagramApi: PlatformHttp;
  tiktokApi: PlatformHttp;
  tiktokUpload: PlatformHttp;
}

/** Every network, sharing one usage ledger: what the composition root builds once. */
export function createPlatformNetworks(dependencies: PlatformNetworkDependencies): PlatformNetworks {
  return {
    metaGraph: createGraphHttp(dependencies),
    metaUpload: createMetaUploadHttp(dependencies),
    instagramGraph: createInstagramGraphHttp(dependencies),
    instagramApi: createInstagramApiHttp(dependencies),
    tiktokApi: createTikTokHttp(dependencies),
    tiktokUpload: createTikTokUploadHttp(dependencies),
  };
}
