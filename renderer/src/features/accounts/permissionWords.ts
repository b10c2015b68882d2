/**
 * What each permission (the platforms call them scopes) lets Outpost do, in plain words, so a
 * list of permissions never shows only codes like `pages_manage_posts`.
 */
const PERMISSION_WORDS: Record<string, string> = {
  // Facebook Login (Pages and the Instagram accounts linked to them)
  public_profile: 'see your Facebook name and picture',
  pages_show_list: 'see which Pages you manage',
  business_management: 'find Pages that belong to your business portfolio',
  pages_manage_posts: 'publish posts to your Pages',
  pages_manage_engagement: 'post first comments on your Pages',
  pages_read_engagement: 'read your Pages’ posts, needed to publish',
  read_insights: 'read your Pages’ insights',
  publish_video: 'publish videos to your Pages',
  instagram_basic: 'see your Instagram profile and posts',
  instagram_content_publish: 'publish posts to Instagram',
  instagram_manage_comments: 'post first comments on Instagram',
  instagram_manage_insights: 'read your Instagram insights',
  // Instagram Login
  instagram_business_basic: 'see your Instagram profile and posts',
  instagram_business_content_publish: 'publish posts to Instagram',
  instagram_business_manage_comments: 'post first comments on Instagram',
  instagram_business_manage_insights: 'read your Instagram insights',
  // TikTok
  'user.info.basic': 'see your TikTok name and picture',
  'user.info.profile': 'see your TikTok username and profile',
  'user.info.stats': 'read your follower and like counts',
  'video.list': 'list your TikTok videos and their views',
  'video.upload': 'send videos to your TikTok inbox as drafts',
  'video.publish': 'publish videos to TikTok',
};

/** What the permission lets Outpost do, or null for one Outpost has no words for. */
export function permissionWords(permission: string): string | null {
  return PERMISSION_WORDS[permission] ?? null;
}
