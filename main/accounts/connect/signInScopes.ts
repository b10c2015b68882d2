/**
 * The scopes Outpost asks for at sign-in, per platform-apis.md 1.7 (Facebook Login path) and 6.1
 * (TikTok). What the owner declines is named back to them after sign-in.
 */
export const META_SCOPES = [
  'pages_show_list',
  'business_management',
  'pages_manage_posts',
  'pages_manage_engagement',
  'pages_read_engagement',
  'read_insights',
  'publish_video',
  'instagram_basic',
  'instagram_content_publish',
  'instagram_manage_comments',
  'instagram_manage_insights',
] as const;

/** Instagram API with Instagram Login (platform-apis.md 1.8); the old `business_*` names are gone. */
export const INSTAGRAM_LOGIN_SCOPES = [
  'instagram_business_basic',
  'instagram_business_content_publish',
  'instagram_business_manage_comments',
  'instagram_business_manage_insights',
] as const;

export const TIKTOK_SCOPES = [
  'user.info.basic',
  'user.info.profile',
  'user.info.stats',
  'video.list',
  'video.upload',
  'video.publish',
] as const;

/** The path both loopback listeners answer on, registered with each platform. */
export const CALLBACK_PATH = '/callback/';
