import { tokenKey } from '../world/accessTokens';
import type { SandboxWorld } from '../world/sandboxWorld';
import { TikTokApiError } from './tiktokErrors';

/**
 * Per-token limits over a one-minute sliding window (reference 6.2; TikTok's rate-limit page):
 * creator_info 20, video init 6 (direct and inbox), photo content init 6, status fetch 30,
 * user/info, video/query and video/list 600. Over the limit: 429 rate_limit_exceeded.
 */
export const perMinuteLimits = {
  creatorInfo: 20,
  videoInit: 6,
  contentInit: 6,
  statusFetch: 30,
  userInfo: 600,
  videoQuery: 600,
  videoList: 600,
} as const;

export type RateLimitedEndpoint = keyof typeof perMinuteLimits;

const WINDOW_MS = 60_000;

export function takeRateLimit(world: SandboxWorld, endpoint: RateLimitedEndpoint, token: string): void {
  const now = world.clock.now();
  const key = `${endpoint}:${tokenKey(token)}`;
  const recent = (world.state.usage.rateWindows[key] ?? []).filter((time) => time > now - WINDOW_MS);
  if (recent.length >= perMinuteLimits[endpoint]) {
    world.state.usage.rateWindows[key] = recent;
    throw new TikTokApiError('rate_limit_exceeded', 'The API rate limit was exceeded. Please try again later.');
  }
  recent.push(now);
  world.state.usage.rateWindows[key] = recent;
}
