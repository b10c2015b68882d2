import { z } from 'zod';
import type { SandboxRequest } from '../core/sandboxHttp';
import type { TikTokUserRecord } from '../world/sandboxState';
import type { SandboxWorld } from '../world/sandboxWorld';
import { authenticateTikTok, requireScope } from './tiktokAccess';
import { readJsonBody } from './tiktokJsonBody';
import { takeRateLimit } from './tiktokRateLimits';

/**
 * POST /v2/post/publish/creator_info/query/ (reference 6.2): scope video.publish, 20 per minute
 * per token. The privacy options depend on whether the account is private.
 */
export function privacyOptions(user: TikTokUserRecord): string[] {
  return user.privateAccount ? ['FOLLOWER_OF_CREATOR', 'MUTUAL_FOLLOW_FRIENDS', 'SELF_ONLY'] : ['PUBLIC_TO_EVERYONE', 'MUTUAL_FOLLOW_FRIENDS', 'SELF_ONLY'];
}

export function creatorInfo(world: SandboxWorld, request: SandboxRequest): Record<string, unknown> {
  const caller = authenticateTikTok(world, request);
  requireScope(caller, ['video.publish']);
  takeRateLimit(world, 'creatorInfo', caller.token);
  readJsonBody(request, z.strictObject({}), { allowEmpty: true });
  const { user } = caller;
  return {
    creator_avatar_url: `${world.urls.cdn}/profile/tiktok-${user.username}.jpg?x-expires=${Math.floor((world.clock.now() + 2 * 3600 * 1000) / 1000)}`,
    creator_username: user.username,
    creator_nickname: user.displayName,
    privacy_level_options: privacyOptions(user),
    comment_disabled: user.commentDisabled,
    duet_disabled: user.duetDisabled,
    stitch_disabled: user.stitchDisabled,
    max_video_post_duration_sec: user.maxVideoPostDurationSec,
  };
}
