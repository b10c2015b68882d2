import type { PostDraft, PostTarget, ValidationIssue } from '../../../preload/contract';
import { checkFirstComment } from './checkFirstComment';
import { checkTargetAgainstRules, type TargetValidation } from './checkTargetAgainstRules';
import { optionsOf } from './targetOptions';
import { targetIssue, type TargetScope } from './targetScope';
import type { ValidationContext } from './validationContext';

/** A web address Facebook can fetch a preview of: http(s) and a host with a domain. */
function isShareableLink(link: string): boolean {
  const url = URL.parse(link.trim());
  return url !== null && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
}

/** A link post shares its `link` (3 [S25]: `POST /{page-id}/feed` with `link`). */
function checkLink(scope: TargetScope, link: string | null): ValidationIssue[] {
  const issue = (code: string, message: string) => [targetIssue(scope, { subject: 'options', severity: 'error', code: `link.${code}`, message })];
  if (link === null || link.trim() === '') return issue('missing', 'Add the web address this link post shares.');
  if (!isShareableLink(link)) return issue('invalid', `“${link.trim()}” is not a web address Facebook can share. Write it in full, starting with https://.`);
  return [];
}

/** A Facebook Page target: the rules table, then a link post's link and the first comment. */
export function validateFacebookTarget(post: PostDraft, target: PostTarget, context: ValidationContext): TargetValidation {
  const options = optionsOf(target, 'facebook');
  const { issues, measure, scope } = checkTargetAgainstRules(post, target, context);
  const link = target.postType === 'link' ? checkLink(scope, options.link) : [];
  return { issues: [...issues, ...link, ...checkFirstComment(scope, target.postType, options.firstComment)], measure };
}
