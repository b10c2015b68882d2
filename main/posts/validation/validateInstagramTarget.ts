import type { MediaId, PostDraft, PostTarget, ValidationIssue } from '../../../preload/contract';
import { checkCoverTime } from './checkCoverTime';
import { checkTargetAgainstRules, type CheckedTarget, type TargetValidation } from './checkTargetAgainstRules';
import { optionsOf } from './targetOptions';
import { targetIssue } from './targetScope';
import type { ValidationContext } from './validationContext';

/** A reel's cover image must be a photo of this post (2.1: `cover_url`). */
function checkReelCover(checked: CheckedTarget, post: PostDraft, context: ValidationContext, coverMediaId: MediaId | null): ValidationIssue[] {
  if (coverMediaId === null) return [];
  const cover = context.media.get(coverMediaId);
  const problem = !post.mediaIds.includes(coverMediaId)
    ? 'The cover picture is no longer part of this post. Choose another cover.'
    : cover?.probe.kind === 'video'
      ? `The cover must be a photo, and ${cover.originalName} is a video. Choose a photo of this post as the cover.`
      : null;
  if (problem === null) return [];
  return [
    targetIssue(checked.scope, { subject: 'options', mediaId: coverMediaId, severity: 'error', code: 'reel.cover', message: problem }),
  ];
}

/** An Instagram target: the rules table, then a reel's cover image and cover frame. */
export function validateInstagramTarget(post: PostDraft, target: PostTarget, context: ValidationContext): TargetValidation {
  const options = optionsOf(target, 'instagram');
  if (target.postType !== 'reel') {
    const { issues, measure } = checkTargetAgainstRules(post, target, context);
    return { issues, measure };
  }
  const checked = checkTargetAgainstRules(post, target, context, options.coverMediaId);
  const video = checked.resolved.media.find((item) => item.probe.kind === 'video');
  return {
    issues: [
      ...checked.issues,
      ...checkReelCover(checked, post, context, options.coverMediaId),
      ...checkCoverTime(checked.scope, video, options.thumbOffsetMs),
    ],
    measure: checked.measure,
  };
}
