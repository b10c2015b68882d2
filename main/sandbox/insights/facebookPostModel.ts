import type { FacebookPostRecord } from '../world/sandboxState';
import type { SandboxWorld } from '../world/sandboxWorld';
import { grown, HOUR_MS, seededBetween } from './growthCurve';

/**
 * Plausible, seeded engagement for a live Page post at the sandbox's current time: reach grows
 * from the moment it went live (scheduled posts from their publish time) towards a share of the
 * Page's followers; reactions, comments, shares and clicks are small fractions of reach.
 * Used by the post's fields (shares, reactions, comments) and by post insights (reference 4.3).
 */
export const reactionTypes = ['like', 'love', 'wow', 'haha', 'sorry', 'anger'] as const;

export interface FacebookPostTotals {
  reach: number;
  views: number;
  reactions: Record<(typeof reactionTypes)[number], number>;
  reactionsTotal: number;
  comments: number;
  shares: number;
  clicksByType: Record<string, number>;
  clicks: number;
}

export function facebookPostTotals(world: SandboxWorld, post: FacebookPostRecord, at: number = world.clock.now()): FacebookPostTotals {
  const page = world.state.meta.pages[post.pageId];
  const followers = page?.followersCount ?? 1_000;
  const pick = (label: string, min: number, max: number) => seededBetween(world.seed, min, max, 'fb-post', post.id, label);
  const age = post.published && post.publishedAt !== null ? at - post.publishedAt : 0;
  const tau = (post.kind === 'video' ? 20 : 8) * HOUR_MS;
  const grow = (value: number) => grown(value, age, tau);
  const finalReach = followers * pick('reach', 0.08, 0.45);
  const finalReactions = finalReach * pick('reactions', 0.02, 0.08);
  const shares: Record<string, number> = { like: 0.72, love: 0.2, wow: 0.03, haha: 0.03, sorry: 0.01, anger: 0.01 };
  const reactions = Object.fromEntries(reactionTypes.map((type) => [type, grow(finalReactions * (shares[type] ?? 0) * pick(type, 0.7, 1.3))])) as FacebookPostTotals['reactions'];
  const clicksByType: Record<string, number> = {
    'other clicks': grow(finalReach * pick('other clicks', 0.01, 0.04)),
    ...(post.kind === 'link' ? { 'link clicks': grow(finalReach * pick('link clicks', 0.01, 0.05)) } : {}),
    ...(post.kind === 'photo' || post.kind === 'album' ? { 'photo view': grow(finalReach * pick('photo view', 0.03, 0.12)) } : {}),
    ...(post.kind === 'video' ? { 'video play': grow(finalReach * pick('video play', 0.1, 0.4)) } : {}),
  };
  return {
    reach: grow(finalReach),
    views: grow(finalReach * pick('views', 1.1, 1.6)),
    reactions,
    reactionsTotal: Object.values(reactions).reduce((sum, value) => sum + value, 0),
    comments: grow(finalReactions * pick('comments', 0.05, 0.2)),
    shares: grow(finalReactions * pick('shares', 0.02, 0.1)),
    clicksByType,
    clicks: Object.values(clicksByType).reduce((sum, value) => sum + value, 0),
  };
}
