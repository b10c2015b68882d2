import type { InstagramMediaRecord } from '../world/sandboxState';
import type { SandboxWorld } from '../world/sandboxWorld';
import { grown, HOUR_MS, seededBetween } from './growthCurve';

/**
 * Plausible, seeded engagement for a published Instagram media at the sandbox's current time.
 * Reach scales with the account's followers and the product type (reels travel further, stories
 * less), views exceed reach, interactions are small fractions of reach. Used by the media fields
 * (like_count, comments_count) and by media insights (reference 4.1).
 */
export interface InstagramMediaTotals {
  views: number;
  reach: number;
  likes: number;
  comments: number;
  saved: number;
  shares: number;
  replies: number;
  reposts: number;
  profileActivity: number;
  navigation: number;
  follows: number;
  totalInteractions: number;
  /** Paid + organic figures (the FB-Login-only total_* metrics) add a little promoted engagement. */
  promotedFactor: number;
  avgWatchTimeMs: number;
  totalWatchTimeMs: number;
  skipRate: number;
  crosspostedViews: number;
  facebookViews: number;
}

const shape = {
  FEED: { reachShare: [0.25, 0.6], tauMs: 10 * HOUR_MS },
  REELS: { reachShare: [0.6, 2.8], tauMs: 30 * HOUR_MS },
  STORY: { reachShare: [0.06, 0.16], tauMs: 3 * HOUR_MS },
} as const;

export function instagramMediaTotals(world: SandboxWorld, media: InstagramMediaRecord, at: number = world.clock.now()): InstagramMediaTotals {
  const followers = world.state.instagram.accounts[media.igUserId]?.followersCount ?? 1_000;
  const { seed } = world;
  const pick = (label: string, min: number, max: number) => seededBetween(seed, min, max, 'ig-media', media.id, label);
  const { reachShare, tauMs } = shape[media.productType];
  const age = at - media.timestamp;
  const grow = (value: number) => grown(value, age, tauMs);

  const finalReach = followers * pick('reach', reachShare[0], reachShare[1]);
  const reach = grow(finalReach);
  const views = grow(finalReach * pick('views', 1.15, 1.9));
  const likes = grow(finalReach * pick('likes', 0.035, 0.11));
  const comments = grow(finalReach * pick('likes', 0.035, 0.11) * pick('comments', 0.02, 0.09));
  const saved = grow(finalReach * pick('saved', 0.004, 0.02));
  const shares = grow(finalReach * pick('shares', 0.003, 0.015));
  const replies = media.productType === 'STORY' ? grow(finalReach * pick('replies', 0.004, 0.02)) : 0;
  const reposts = media.productType === 'REELS' ? grow(finalReach * pick('reposts', 0.001, 0.006)) : 0;
  const profileActivity = grow(finalReach * pick('profile', 0.01, 0.04));
  const durationMs = media.durationMs ?? 15_000;
  const avgWatchTimeMs = Math.round(durationMs * pick('watch', 0.35, 0.8));
  return {
    views,
    reach,
    likes,
    comments,
    saved,
    shares,
    replies,
    reposts,
    profileActivity,
    navigation: media.productType === 'STORY' ? grow(finalReach * pick('navigation', 0.6, 1.1)) : 0,
    follows: grow(finalReach * pick('follows', 0.001, 0.008)),
    totalInteractions: likes + comments + saved + shares + replies,
    promotedFactor: pick('promoted', 1, 1.08),
    avgWatchTimeMs,
    totalWatchTimeMs: avgWatchTimeMs * views,
    skipRate: Math.round(pick('skip', 12, 48) * 10) / 10,
    crosspostedViews: grow(finalReach * pick('crossposted', 0.05, 0.3)),
    facebookViews: grow(finalReach * pick('facebook', 0.03, 0.2)),
  };
}
