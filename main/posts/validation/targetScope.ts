import type { MediaKind, ValidationIssue } from '../../../preload/contract';
import { makeIssue, type IssueFields } from './issues';
import type { AnyPlatformRules, PostTypeRules } from './ruleTypes';
import { withArticle } from './wording';

/** The target a check works on, with the rules of its platform and post type. */
export interface TargetScope {
  targetId: string;
  rules: AnyPlatformRules;
  typeRules: PostTypeRules;
}

/**
 * An issue about the target. Its code is given without the platform ("image.format") and
 * gets it here ("instagram.image.format").
 */
export const targetIssue = (scope: TargetScope, fields: IssueFields): ValidationIssue =>
  makeIssue(scope.targetId, { ...fields, code: `${scope.rules.platform}.${fields.code}` });

/** "an Instagram reel", "a Facebook text post". */
export const postKind = (scope: TargetScope) => withArticle(`${scope.rules.name} ${scope.typeRules.name}`);

export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "photo" / "photos", "video" / "videos". */
export const mediaNoun = (kind: MediaKind, count = 1) => `${kind === 'image' ? 'photo' : 'video'}${count === 1 ? '' : 's'}`;
