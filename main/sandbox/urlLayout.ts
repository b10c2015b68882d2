import { ENDPOINT_OVERRIDES, type PlatformEndpoints } from '../platforms/endpoints';
import type { HostKey } from './core/sandboxHttp';

/**
 * One loopback server, one path prefix per real host. A client whose base URL is overridden to
 * `http://127.0.0.1:PORT/<prefix>` keeps the real path after it, e.g.
 *   https://graph.facebook.com/v23.0/me        -> http://127.0.0.1:PORT/graph/v23.0/me
 *   https://www.facebook.com/v23.0/dialog/oauth -> http://127.0.0.1:PORT/dialog/v23.0/dialog/oauth
 *   https://open.tiktokapis.com/v2/user/info/   -> http://127.0.0.1:PORT/tiktok-api/v2/user/info/
 */
export const hostPrefixes: Record<HostKey, string> = {
  metaGraph: '/graph', // graph.facebook.com (also graph-video.facebook.com)
  metaDialog: '/dialog', // www.facebook.com (the OAuth dialog)
  metaUpload: '/rupload', // rupload.facebook.com (Instagram resumable upload, reference 2.3)
  instagramGraph: '/ig', // graph.instagram.com (Instagram Login path, reference 1.8)
  instagramApi: '/ig-api', // api.instagram.com (Instagram Login authorize and code exchange)
  tiktokApi: '/tiktok-api', // open.tiktokapis.com
  tiktokAuth: '/tiktok-auth', // www.tiktok.com (authorize page)
  tiktokUpload: '/tiktok-upload', // open-upload.tiktokapis.com (the upload_url TikTok hands out)
  cdn: '/cdn', // scontent.xx.fbcdn.net-like URLs for photos the sandbox stores
  control: '/__sandbox', // the sandbox's own control endpoint and test media host
};

/** Extra prefixes that reach the same handlers. */
export const hostAliases: Record<string, HostKey> = {
  '/graph-video': 'metaGraph',
};

export interface SandboxUrls {
  metaGraph: string;
  metaDialog: string;
  metaUpload: string;
  instagramGraph: string;
  instagramApi: string;
  tiktokApi: string;
  tiktokAuth: string;
  tiktokUpload: string;
  cdn: string;
  control: string;
  /** The server root, e.g. http://127.0.0.1:40123 */
  origin: string;
}

export function buildUrls(origin: string): SandboxUrls {
  const urls = { origin } as SandboxUrls;
  for (const [key, prefix] of Object.entries(hostPrefixes) as [HostKey, string][]) urls[key] = `${origin}${prefix}`;
  return urls;
}

/**
 * The environment variables the platform clients read, pointed at this sandbox. The names come
 * from the clients' own table, so the two can never disagree.
 */
export function clientEnvironment(urls: SandboxUrls): Record<string, string> {
  return Object.fromEntries(
    (Object.entries(ENDPOINT_OVERRIDES) as [keyof PlatformEndpoints, string][]).map(([host, variable]) => [variable, urls[host]]),
  );
}

/** Finds the host for a request path: the longest prefix that is the path's first segment. */
export function resolveHost(pathname: string): { host: HostKey; rest: string } | null {
  const firstSegment = `/${pathname.split('/')[1] ?? ''}`;
  const host =
    (Object.entries(hostPrefixes) as [HostKey, string][]).find(([, prefix]) => prefix === firstSegment)?.[0] ??
    hostAliases[firstSegment];
  if (!host) return null;
  const rest = pathname.slice(firstSegment.length);
  return { host, rest: rest === '' ? '/' : rest };
}
