import type { Platform, PostType } from '../../../preload/contract';
import { FACEBOOK_RULES } from './facebookRules';
import { INSTAGRAM_RULES } from './instagramRules';
import type { AnyPlatformRules, PlatformRules, PostTypeRules } from './ruleTypes';
import { TIKTOK_RULES } from './tiktokRules';

export const PLATFORM_RULES: { readonly [P in Platform]: PlatformRules<P> } = {
  instagram: INSTAGRAM_RULES,
  facebook: FACEBOOK_RULES,
  tiktok: TIKTOK_RULES,
};

/**
 * The rules of one of the platform's post types. A draft pairs them by construction (PostTarget
 * refuses a post type of another platform), so a miss is a programming error.
 */
export function postTypeRules(rules: AnyPlatformRules, postType: PostType): PostTypeRules {
  const found = (rules.postTypes as Partial<Record<PostType, PostTypeRules>>)[postType];
  if (!found) throw new Error(`${rules.name} has no post type "${postType}".`);
  return found;
}
