import type { MediaId, PostDraft, PostTarget, ValidationIssue } from '../../../preload/contract';
import { checkAltTexts } from './checkAltTexts';
import { checkCoverTime } from './checkCoverTime';
import { checkFirstComment } from './checkFirstComment';
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

/**
 * Instagram fetches every photo and video from a web address (2.3). An account connected with
 * Instagram Login has no Facebook Page to stage them on and no resumable upload, so it can post
 * only through the owner's storage bucket.
 */
function checkStagingHost(checked: CheckedTarget, context: ValidationContext): ValidationIssue[] {
  const { account } = checked;
  if (account?.loginPath !== 'instagram_login' || context.staging.canStage) return [];
  return [
    targetIssue(checked.scope, {
      subject: 'account',
      severity: 'error',
      code: 'account.needs_bucket',
      message: `Instagram fetches photos and videos from a web address, and ${account.displayName} is connected with Instagram Login, without a Facebook Page to hold them, so it needs a storage bucket: set one up in Settings.`,
    }),
  ];
}

/** The photos' alt text and the first comment (InstagramOptions). */
function checkTexts(checked: CheckedTarget, target: PostTarget): ValidationIssue[] {
  const options = optionsOf(target, 'instagram');
  return [
    ...checkAltTexts(checked.scope, target.postType, checked.resolved.media, options.altTexts),
    ...checkFirstComment(checked.scope, target.postType, options.firstComment),
  ];
}

/** An Instagram target: the rules table, the staging host, then a reel's cover image and cover frame. */
export function validateInstagramTarget(post: PostDraft, target: PostTarget, context: ValidationContext): TargetValidation {
  const options = optionsOf(target, 'instagram');
  if (target.postType !== 'reel') {
    const checked = checkTargetAgainstRules(post, target, context);
    return { issues: [...checked.issues, ...checkStagingHost(checked, context), ...checkTexts(checked, target)], measure: checked.measure };
  }
  const checked = checkTargetAgainstRules(post, target, context, options.coverMediaId);
  const video = checked.resolved.media.find((item) => item.probe.kind === 'video');
  return {
    issues: [
      ...checked.issues,
      ...checkStagingHost(checked, context),
      ...checkReelCover(checked, post, context, options.coverMediaId),
      ...checkCoverTime(checked.scope, video, options.thumbOffsetMs),
      ...checkTexts(checked, target),
    ],
    measure: checked.measure,
  };
}
