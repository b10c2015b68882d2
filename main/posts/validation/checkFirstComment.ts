import { FIRST_COMMENT_MAX_CHARS, type PostType, type ValidationIssue } from '../../../preload/contract';
import { countCharacters } from './countCharacters';
import { targetIssue, type TargetScope } from './targetScope';
import { formatCount } from './wording';

/**
 * The optional first comment posted under the post once it is out (Instagram and Facebook). Its
 * length is held to FIRST_COMMENT_MAX_CHARS (the caption's limit: the reference gives none for
 * comments, see the contract). Instagram stories take no comments, so one left from when the
 * target was another kind of post is not posted, and the owner is told.
 */
export function checkFirstComment(scope: TargetScope, postType: PostType, firstComment: string | null): ValidationIssue[] {
  const text = firstComment?.trim() ?? '';
  if (text === '') return [];
  if (scope.rules.platform === 'instagram' && postType === 'story') {
    return [
      targetIssue(scope, {
        subject: 'options',
        severity: 'info',
        code: 'first_comment.not_posted',
        message: 'Stories take no comments, so the first comment will not be posted with this story.',
      }),
    ];
  }
  const used = countCharacters(text, 'code_points');
  if (used <= FIRST_COMMENT_MAX_CHARS) return [];
  return [
    targetIssue(scope, {
      subject: 'options',
      severity: 'error',
      code: 'first_comment.too_long',
      message: `The first comment has ${formatCount(used)} characters; ${scope.rules.name} takes up to ${formatCount(FIRST_COMMENT_MAX_CHARS)}. Remove ${formatCount(used - FIRST_COMMENT_MAX_CHARS)}.`,
    }),
  ];
}
