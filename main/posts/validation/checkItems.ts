import { suggestPostType, type MediaKind, type PostType, type ValidationIssue } from '../../../preload/contract';
import { postTypeRules } from './platformRules';
import type { ResolvedTarget } from './resolveTarget';
import type { PostTypeRules } from './ruleTypes';
import { capitalize, postKind, targetIssue, type TargetScope } from './targetScope';
import type { ValidationContext } from './validationContext';
import { formatCount, plural } from './wording';

/** "photo", "video", "photo or video" for what the post type takes. */
function itemNoun({ image, video }: PostTypeRules, count: number): string {
  const s = count === 1 ? '' : 's';
  if (image && !video) return `photo${s}`;
  if (video && !image) return `video${s}`;
  return `photo${s} or video${s}`;
}

/** "1 video", "2 to 10 photos or videos", "no photos or videos". */
function whatItTakes(rules: PostTypeRules): string {
  const { min, max } = rules.items;
  if (max === 0) return 'no photos or videos';
  if (min === max) return `${formatCount(min)} ${itemNoun(rules, min)}`;
  return `${formatCount(min)} to ${formatCount(max)} ${itemNoun(rules, max)}`;
}

/** The name of the post type that fits the kinds chosen ("reel"), when it is another one. */
function betterPostType(scope: TargetScope, postType: PostType, kinds: readonly MediaKind[]): string | null {
  const suggestion = suggestPostType(scope.rules.platform, kinds);
  return suggestion === postType ? null : postTypeRules(scope.rules, suggestion).name;
}

/** What is wrong with the number of items and what to do, or null when it is right. */
function countProblem(scope: TargetScope, postType: PostType, resolved: ResolvedTarget): string | null {
  const { typeRules } = scope;
  const { min, max } = typeRules.items;
  const used = resolved.itemIds.length;
  const takes = `${postKind(scope)} takes ${whatItTakes(typeRules)}`;
  const has = `This ${typeRules.name} has ${plural(used, 'item')}`;
  if (used > max && max === 0) {
    const switchTo = betterPostType(scope, postType, resolved.media.map((item) => item.probe.kind));
    return `${capitalize(takes)}. Remove them${switchTo ? `, or switch the post type to ${switchTo}` : ''}.`;
  }
  if (used > max) return `${has}; ${takes}. Remove ${formatCount(used - max)}.`;
  if (used === 0 && min > 0) return `${capitalize(takes)}. Add ${min === 1 ? 'one' : formatCount(min)}.`;
  if (used < min) return `${has}; ${takes}. Add ${formatCount(min - used)} more.`;
  return null;
}

function checkCount(scope: TargetScope, postType: PostType, resolved: ResolvedTarget): ValidationIssue[] {
  const message = countProblem(scope, postType, resolved);
  return message === null ? [] : [targetIssue(scope, { subject: 'media', severity: 'error', code: 'items.count', message })];
}

/** An item of a kind the post type does not take (a video in a feed post). */
function checkKinds(scope: TargetScope, postType: PostType, resolved: ResolvedTarget): ValidationIssue[] {
  const { typeRules } = scope;
  // A post type that takes no media at all is covered by the count.
  if (typeRules.items.max === 0) return [];
  const kinds = resolved.media.map((item) => item.probe.kind);
  const switchTo = betterPostType(scope, postType, kinds);
  const advice = switchTo ? `Switch the post type to ${switchTo}.` : 'Remove it.';
  return resolved.media
    .filter((item) => (item.probe.kind === 'image' ? !typeRules.image : !typeRules.video))
    .map((item) =>
      targetIssue(scope, {
        subject: 'post_type',
        mediaId: item.id,
        severity: 'error',
        code: 'items.kind',
        message: `${capitalize(postKind(scope))} takes ${whatItTakes(typeRules)}; ${item.originalName} is a ${item.probe.kind === 'image' ? 'photo' : 'video'}. ${advice}`,
      }),
    );
}

function checkRepeats(scope: TargetScope, resolved: ResolvedTarget, context: ValidationContext): ValidationIssue[] {
  const seen = new Map<string, number>();
  for (const id of resolved.itemIds) seen.set(id, (seen.get(id) ?? 0) + 1);
  const severity = scope.rules.duplicateMedia;
  const consequence = severity === 'error' ? `${scope.rules.name} refuses the same photo twice` : 'it would show twice';
  return [...seen]
    .filter(([, times]) => times > 1)
    .map(([id, times]) =>
      targetIssue(scope, {
        subject: 'media',
        mediaId: id,
        severity,
        code: 'items.repeated',
        message: `${context.media.get(id)?.originalName ?? 'A photo or video'} is in this ${scope.typeRules.name} ${times} times; ${consequence}. Remove the extra ${times === 2 ? 'one' : 'ones'}.`,
      }),
    );
}

/** How many items, of which kinds, and none twice. */
export const checkItems = (scope: TargetScope, postType: PostType, resolved: ResolvedTarget, context: ValidationContext) => [
  ...checkCount(scope, postType, resolved),
  ...checkKinds(scope, postType, resolved),
  ...checkRepeats(scope, resolved, context),
];
