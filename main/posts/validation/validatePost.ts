import type { Platform, PostDraft, PostTarget, PostValidation } from '../../../preload/contract';
import { checkPost } from './checkPost';
import type { TargetValidation } from './checkTargetAgainstRules';
import { validateFacebookTarget } from './validateFacebookTarget';
import { validateInstagramTarget } from './validateInstagramTarget';
import { validateTikTokTarget } from './validateTikTokTarget';
import type { ValidationContext } from './validationContext';

export type { ContextAccount, ContextMedia, ValidationContext } from './validationContext';

type TargetValidator = (post: PostDraft, target: PostTarget, context: ValidationContext) => TargetValidation;

const VALIDATORS: Record<Platform, TargetValidator> = {
  instagram: validateInstagramTarget,
  facebook: validateFacebookTarget,
  tiktok: validateTikTokTarget,
};

/**
 * What the platforms would say about a post, per destination, with the live counters. Pure: no
 * I/O, no clock, no network; it runs on every keystroke and again before scheduling.
 */
export function validatePost(post: PostDraft, context: ValidationContext): PostValidation {
  const targets = post.targets.map((target) => VALIDATORS[target.platform](post, target, context));
  const issues = [...checkPost(post, context), ...targets.flatMap((target) => target.issues)];
  return {
    issues,
    measures: targets.map((target) => target.measure),
    readyToSchedule: post.targets.length > 0 && !issues.some((issue) => issue.severity === 'error'),
  };
}
