import type { SandboxRequest } from '../core/sandboxHttp';
import type { SandboxWorld } from '../world/sandboxWorld';
import { authenticateTikTok } from './tiktokAccess';
import { TikTokApiError } from './tiktokErrors';
import { readFields } from './tiktokQueryFields';
import { takeRateLimit } from './tiktokRateLimits';
import { userFieldScopes } from './tiktokScopes';

/** GET /v2/user/info/?fields=… (reference 6.3): each field needs its scope, else scope_permission_missed. */
export function userInfo(world: SandboxWorld, request: SandboxRequest): { user: Record<string, unknown> } {
  const caller = authenticateTikTok(world, request);
  takeRateLimit(world, 'userInfo', caller.token);
  const fields = readFields(request, Object.keys(userFieldScopes));
  const missing = fields.filter((field) => !caller.record.scopes.includes(userFieldScopes[field] ?? ''));
  if (missing.length > 0) {
    throw new TikTokApiError('scope_permission_missed', `Access token is invalid, some fields need additional scopes: ${missing.join(', ')}.`, 401);
  }
  const { user } = caller;
  const videoCount = Object.values(world.state.tiktok.videos).filter((video) => video.openId === user.openId).length;
  const avatar = `${world.urls.cdn}/profile/tiktok-${user.username}.jpg`;
  const values: Record<string, unknown> = {
    open_id: user.openId,
    union_id: user.unionId,
    avatar_url: avatar,
    avatar_url_100: avatar,
    avatar_large_url: avatar,
    display_name: user.displayName,
    bio_description: user.bioDescription,
    profile_deep_link: `https://vm.tiktok.com/sandbox-${user.username}/`,
    is_verified: user.isVerified,
    username: user.username,
    follower_count: user.followerCount,
    following_count: user.followingCount,
    likes_count: user.likesCount,
    video_count: videoCount,
  };
  return { user: Object.fromEntries(fields.map((field) => [field, values[field]])) };
}
