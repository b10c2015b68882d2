/**
 * The Facebook Login permissions the sandbox app can ask for (reference 1.7). Anything else in
 * `scope` is refused by the dialog as an invalid scope.
 */
export const metaPermissions = [
  'public_profile',
  'email',
  'openid',
  'pages_show_list',
  'pages_read_engagement',
  'pages_manage_posts',
  'pages_manage_engagement',
  'pages_read_user_content',
  'pages_manage_metadata',
  'read_insights',
  'business_management',
  'publish_video',
  'instagram_basic',
  'instagram_content_publish',
  'instagram_manage_insights',
  'instagram_manage_comments',
  'ads_management',
  'ads_read',
] as const;

/** Scopes with which a PKCE exchange may skip the secret (reference 1.3: proven only for openid login). */
export const secretlessScopes = new Set(['openid', 'public_profile', 'email']);

export function splitScopes(scope: string | null | undefined): string[] {
  return [...new Set((scope ?? '').split(/[,\s]+/).map((item) => item.trim()).filter((item) => item !== ''))];
}
