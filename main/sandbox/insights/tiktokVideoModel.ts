import type { TikTokVideoRecord } from '../world/sandboxState';
import type { SandboxWorld } from '../world/sandboxWorld';
import { grown, HOUR_MS, seededBetween } from './growthCurve';

/** Plausible, seeded counters for a TikTok video (reference 6.3: view, like, comment, share counts). */
export function tiktokVideoCounts(world: SandboxWorld, video: TikTokVideoRecord) {
  const followers = world.state.tiktok.users[video.openId]?.followerCount ?? 1_000;
  const at = (label: string, min: number, max: number) => seededBetween(world.seed, min, max, 'tiktok-video', video.id, label);
  const age = world.clock.now() - video.createTime;
  const grow = (value: number) => grown(value, age, 36 * HOUR_MS);
  const reach = video.privacyLevel === 'SELF_ONLY' ? 0 : followers * at('views', 0.3, 4);
  return {
    view_count: grow(reach),
    like_count: grow(reach * at('likes', 0.04, 0.12)),
    comment_count: grow(reach * at('comments', 0.002, 0.01)),
    share_count: grow(reach * at('shares', 0.001, 0.008)),
  };
}
