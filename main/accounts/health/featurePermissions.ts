import type { LoginPath, MissingPermission, Platform } from '../../../preload/contract';

interface FeatureNeed {
  feature: string;
  permissions: readonly string[];
}

/**
 * What each feature needs, per account kind (platform-apis.md 1.7 for the Facebook Login path,
 * 1.8 for Instagram Login, 6.1 for TikTok). An account lacking one of these still works for the
 * other features; the owner sees which feature is affected and can ask for it again.
 */
const NEEDS: Record<string, readonly FeatureNeed[]> = {
  'facebook_login:facebook': [
    { feature: 'Find your Pages', permissions: ['pages_show_list'] },
    { feature: 'Publish to the Page', permissions: ['pages_manage_posts', 'pages_read_engagement'] },
    { feature: 'Publish videos to the Page', permissions: ['publish_video'] },
    { feature: 'Post first comments', permissions: ['pages_manage_engagement'] },
    { feature: 'Page insights', permissions: ['read_insights'] },
  ],
  'facebook_login:instagram': [
    { feature: 'Publish to Instagram', permissions: ['instagram_basic', 'instagram_content_publish', 'pages_read_engagement'] },
    { feature: 'Post first comments', permissions: ['instagram_manage_comments'] },
    { feature: 'Instagram insights', permissions: ['instagram_manage_insights'] },
  ],
  'instagram_login:instagram': [
    { feature: 'Publish to Instagram', permissions: ['instagram_business_basic', 'instagram_business_content_publish'] },
    { feature: 'Post first comments', permissions: ['instagram_business_manage_comments'] },
    { feature: 'Instagram insights', permissions: ['instagram_business_manage_insights'] },
  ],
  'tiktok_login:tiktok': [
    { feature: 'Show your TikTok profile', permissions: ['user.info.basic', 'user.info.profile'] },
    { feature: 'Publish to TikTok', permissions: ['video.upload', 'video.publish'] },
    { feature: 'TikTok insights', permissions: ['user.info.stats', 'video.list'] },
  ],
};

/** Every permission a feature of this account needs that the platform did not grant. */
export function missingPermissions(
  loginPath: LoginPath,
  platform: Platform,
  granted: readonly string[],
): MissingPermission[] {
  const have = new Set(granted);
  return (NEEDS[`${loginPath}:${platform}`] ?? []).flatMap(({ feature, permissions }) =>
    permissions.filter((permission) => !have.has(permission)).map((permission) => ({ permission, feature })),
  );
}
