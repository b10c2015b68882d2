import type { MediaId, PostDraft, PostTarget, TargetMeasure, ValidationIssue } from '../../../preload/contract';
import { checkAccount } from './checkAccount';
import { checkCaption } from './checkCaption';
import { checkItems } from './checkItems';
import { checkMediaItem } from './checkMediaItem';
import { PLATFORM_RULES, postTypeRules } from './platformRules';
import { resolveTarget, type ResolvedTarget } from './resolveTarget';
import type { AnyPlatformRules } from './ruleTypes';
import type { TargetScope } from './targetScope';
import type { ContextAccount, ValidationContext } from './validationContext';

/** What a platform validator returns for one target. */
export interface TargetValidation {
  issues: ValidationIssue[];
  measure: TargetMeasure;
}

/** The table-driven part, with what the platform's own checks need next. */
export interface CheckedTarget extends TargetValidation {
  scope: TargetScope;
  resolved: ResolvedTarget;
  account: ContextAccount | null;
}

/**
 * Everything the rules table decides for a target: account, caption, items and each item's
 * file. `coverMediaId` (an Instagram reel's cover image) is set aside from the items.
 */
export function checkTargetAgainstRules(
  post: PostDraft,
  target: PostTarget,
  context: ValidationContext,
  coverMediaId: MediaId | null = null,
): CheckedTarget {
  const rules: AnyPlatformRules = PLATFORM_RULES[target.platform];
  const scope: TargetScope = { targetId: target.id, rules, typeRules: postTypeRules(rules, target.postType) };
  const { issues: accountIssues, account } = checkAccount(scope, target.accountId, context);
  const resolved = resolveTarget(post, target, context, scope, coverMediaId);
  const caption = checkCaption(scope, resolved.caption);
  return {
    scope,
    resolved,
    account,
    issues: [
      ...accountIssues,
      ...resolved.issues,
      ...caption.issues,
      ...checkItems(scope, target.postType, resolved, context),
      ...resolved.media.flatMap((item) => checkMediaItem(scope, item)),
    ],
    measure: {
      targetId: target.id,
      characters: caption.characters,
      hashtags: caption.hashtags,
      mentions: caption.mentions,
      items: { used: resolved.itemIds.length, ...scope.typeRules.items },
    },
  };
}
