import type { PostDraft, PostTarget, ValidationIssue } from '../../../preload/contract';
import { checkCoverTime } from './checkCoverTime';
import { checkTargetAgainstRules, type TargetValidation } from './checkTargetAgainstRules';
import { optionsOf } from './targetOptions';
import { targetIssue, type TargetScope } from './targetScope';
import { TIKTOK_PHOTO_TITLE_MAX_UTF16 } from './tiktokRules';
import { checkDisclosure, checkInteractions, checkPrivacy } from './tiktokOptionChecks';
import type { ContextAccount, ContextStaging, MediaInScope, ValidationContext } from './validationContext';
import { formatCount, formatDuration, formatElapsed } from './wording';

/**
 * A video longer than this creator may post (`max_video_post_duration_sec`, 6.2 [S78]) but within
 * the API's own limit, which the rules table already checks.
 */
function checkCreatorDuration(scope: TargetScope, video: MediaInScope, account: ContextAccount | null): ValidationIssue[] {
  const creatorMaxMs = (account?.tiktokCreator?.maxVideoPostDurationSec ?? Infinity) * 1000;
  const apiMaxMs = scope.typeRules.video?.durationMs.max ?? Infinity;
  const duration = video.probe.durationMs;
  if (!account || duration === null || duration <= creatorMaxMs || duration > apiMaxMs) return [];
  return [
    targetIssue(scope, {
      subject: 'media',
      mediaId: video.id,
      severity: 'error',
      code: 'video.creator_duration',
      message: `${video.label} is ${formatElapsed(duration)} long; ${account.displayName} can post TikTok videos up to ${formatDuration(creatorMaxMs)}. Trim it.`,
    }),
  ];
}

/** A photo post's title (6.2 [S83]: ≤ 90 UTF-16 units). */
function checkPhotoTitle(scope: TargetScope, title: string | null): ValidationIssue[] {
  const length = title?.length ?? 0;
  if (length <= TIKTOK_PHOTO_TITLE_MAX_UTF16) return [];
  const excess = length - TIKTOK_PHOTO_TITLE_MAX_UTF16;
  return [
    targetIssue(scope, {
      subject: 'options',
      severity: 'error',
      code: 'photo.title_length',
      message: `The title is ${formatCount(length)} characters; TikTok takes up to ${TIKTOK_PHOTO_TITLE_MAX_UTF16}. Shorten it by ${formatCount(excess)}.`,
    }),
  ];
}

/**
 * TikTok pulls photo posts from web addresses on a domain verified with TikTok; it cannot take them
 * from this computer (6.2 [S83]). Outpost serves them from the owner's bucket through its public
 * address, so without a bucket on such a domain the post cannot be planned; a video can.
 */
function checkPhotoHost(scope: TargetScope, staging: ContextStaging): ValidationIssue[] {
  if (staging.canServeTikTokPhotos) return [];
  const why = 'TikTok takes photo posts only from web addresses on a domain verified with TikTok, never from this computer';
  const what = staging.canStage
    ? 'your storage bucket has no public address on such a domain. Add the bucket’s public address in Settings and verify its domain with TikTok'
    : 'no storage bucket is set up. Set one up in Settings with a public address on a domain you verified with TikTok';
  return [
    targetIssue(scope, {
      subject: 'post_type',
      severity: 'error',
      code: 'photo.needs_public_host',
      message: `${why}, and ${what}, or post a video instead.`,
    }),
  ];
}

/** A TikTok target: the rules table, then the creator's settings, disclosure, and each post type's own rules. */
export function validateTikTokTarget(post: PostDraft, target: PostTarget, context: ValidationContext): TargetValidation {
  const options = optionsOf(target, 'tiktok');
  const { issues, measure, scope, resolved, account } = checkTargetAgainstRules(post, target, context);
  const video = resolved.media.find((item) => item.probe.kind === 'video');
  const typeIssues =
    target.postType === 'photo'
      ? [...checkPhotoTitle(scope, options.title), ...checkPhotoHost(scope, context.staging)]
      : video
        ? [...checkCreatorDuration(scope, video, account), ...checkCoverTime(scope, video, options.coverTimestampMs)]
        : [];
  return {
    issues: [
      ...issues,
      ...checkPrivacy(scope, options, account),
      ...checkInteractions(scope, options, account, target.postType),
      ...checkDisclosure(scope, options),
      ...typeIssues,
    ],
    measure,
  };
}
