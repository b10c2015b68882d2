import { DomainError } from '../errors/domainError';

/**
 * The Graph API version every Meta call uses, in one place. v25.0 is the newest version the
 * reference sees in working publishing code (mixpost's version picker tops out at v25.0, March
 * 2026 [S60]; rupload and per-type insight code up to v25.0 [S64] [S70]); v26.0 appears only in
 * one Meta doc example [S27]. It is at least v23.0, which the current Page insight metrics need
 * [S59], and at least v22.0, which Instagram's `views` metric needs [S45]. The legacy
 * `upload_phase` Page video flow we use is confirmed in code up to v25.0 [S60].
 */
export const GRAPH_API_VERSION = 'v25.0';

/** TikTok's Login Kit and Content Posting API are both v2 [S76] [S79]. */
export const TIKTOK_API_VERSION = 'v2';

/** Base URLs (scheme, host and an optional path prefix, never a trailing slash). */
export interface PlatformEndpoints {
  /** Graph API for the Facebook Login path: Pages, Instagram publishing, insights. */
  metaGraph: string;
  /** Facebook Login dialog, opened in a browser window, never called by axios. */
  metaDialog: string;
  /** Resumable upload host for Instagram video [S35]. */
  metaUpload: string;
  /** Graph API for the Instagram Login path, and its token endpoints [S32] [S33]. */
  instagramGraph: string;
  /** Instagram Login authorize page and code exchange [S20] [S32]. */
  instagramApi: string;
  /** TikTok open API: tokens, user info, content posting, video query [S76] [S79]. */
  tiktokApi: string;
  /** TikTok Login Kit authorize page, opened in a browser [S59] [S74]. */
  tiktokAuth: string;
}

const PRODUCTION_ENDPOINTS: PlatformEndpoints = {
  metaGraph: 'https://graph.facebook.com',
  metaDialog: 'https://www.facebook.com',
  metaUpload: 'https://rupload.facebook.com',
  instagramGraph: 'https://graph.instagram.com',
  // The reference page names api.instagram.com for authorize [S20]; postiz uses
  // www.instagram.com [S59]. The code exchange is on api.instagram.com in every source [S32].
  instagramApi: 'https://api.instagram.com',
  tiktokApi: 'https://open.tiktokapis.com',
  tiktokAuth: 'https://www.tiktok.com',
};

/**
 * The environment variable that points each base URL somewhere else (the sandbox, a test
 * server). OUTPOST_INSTAGRAM_API_URL is the one the issue did not list: the Instagram Login
 * code exchange lives on its own host (api.instagram.com), and without it a sandboxed run would
 * still call Meta. The sandbox's URL layout uses the same name.
 */
export const ENDPOINT_OVERRIDES: Readonly<Record<keyof PlatformEndpoints, string>> = {
  metaGraph: 'OUTPOST_META_GRAPH_URL',
  metaDialog: 'OUTPOST_META_DIALOG_URL',
  metaUpload: 'OUTPOST_META_UPLOAD_URL',
  instagramGraph: 'OUTPOST_INSTAGRAM_GRAPH_URL',
  instagramApi: 'OUTPOST_INSTAGRAM_API_URL',
  tiktokApi: 'OUTPOST_TIKTOK_API_URL',
  tiktokAuth: 'OUTPOST_TIKTOK_AUTH_URL',
};

/**
 * How long one request may take. API calls answer in seconds; 30 s leaves room for a slow
 * network without hiding a hung connection from the retry policy. Uploads send up to one TikTok
 * chunk (64 MB, 128 MB for the last [S82]) or one whole Instagram video per request, and 64 MB at
 * 1 Mbit/s upstream takes about 9 minutes.
 */
export const REQUEST_TIMEOUTS = {
  apiCallMs: 30_000,
  uploadMs: 15 * 60_000,
} as const;

/** An override that is not an http(s) URL: a typo here would otherwise send calls to Meta. */
export class InvalidEndpointOverrideError extends DomainError {
  constructor(
    readonly variable: string,
    readonly value: string,
  ) {
    super(
      'INTERNAL',
      `${variable} is set to "${value}", which is not an http:// or https:// URL.`,
      `Fix or unset ${variable}, then start Outpost again.`,
    );
  }
}

/** The base URLs to use: production unless an environment variable overrides one. */
export function resolveEndpoints(env: Readonly<Record<string, string | undefined>>): PlatformEndpoints {
  const resolved = { ...PRODUCTION_ENDPOINTS };
  for (const key of Object.keys(ENDPOINT_OVERRIDES) as (keyof PlatformEndpoints)[]) {
    const variable = ENDPOINT_OVERRIDES[key];
    const value = env[variable]?.trim();
    if (value) resolved[key] = parseBaseUrl(variable, value);
  }
  return resolved;
}

function parseBaseUrl(variable: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidEndpointOverrideError(variable, value);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
    throw new InvalidEndpointOverrideError(variable, value);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
