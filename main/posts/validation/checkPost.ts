import type { PostDraft, ValidationIssue } from '../../../preload/contract';
import { makeIssue } from './issues';
import { stripMetadataFix } from './mediaFixes';
import type { ValidationContext } from './validationContext';

/** Issues about the post as a whole rather than one destination. */

const postIssue = (fields: Parameters<typeof makeIssue>[1]) => makeIssue(null, fields);

/** A new post is not wrong, just not started: an info, never an error. */
function checkStarted(post: PostDraft): ValidationIssue[] {
  const hasText = post.body.trim() !== '' || post.targets.some((target) => (target.caption ?? '').trim() !== '');
  if (hasText || post.mediaIds.length > 0) return [];
  return [postIssue({ subject: 'caption', severity: 'info', code: 'post.empty', message: 'Start writing, or add a photo or video.' })];
}

/** Destinations can be chosen later; until then the post cannot be scheduled. */
function checkHasTargets(post: PostDraft): ValidationIssue[] {
  if (post.targets.length > 0) return [];
  return [postIssue({ subject: 'account', severity: 'info', code: 'post.no_targets', message: 'Choose where to post it: Instagram, Facebook or TikTok.' })];
}

/** An item deleted from the library (or never imported) cannot be posted. */
function checkInLibrary(post: PostDraft, context: ValidationContext): ValidationIssue[] {
  return [...new Set(post.mediaIds)]
    .filter((id) => !context.media.has(id))
    .map((id) =>
      postIssue({
        subject: 'media',
        mediaId: id,
        severity: 'error',
        code: 'post.media.missing',
        message: 'A photo or video of this post is no longer in the library. Remove it from the post, and import it again if you still want it.',
      }),
    );
}

const listDetails = (location: boolean, camera: boolean) =>
  location && camera ? 'the place it was taken and camera details' : location ? 'the place it was taken' : 'camera details';

/**
 * With "remove location and camera details" on, a photo that carries them is cleaned before
 * posting; the owner is told so rather than having it happen silently. Outpost cannot clean a
 * video, so one that carries them is a warning instead: the owner assumes the switch covers it.
 */
function checkMetadata(post: PostDraft, context: ValidationContext): ValidationIssue[] {
  if (!post.stripMetadata) return [];
  const ids = [...new Set(post.mediaIds)];
  return ids.flatMap((id) => {
    const item = context.media.get(id);
    if (!item || (!item.probe.hasLocation && !item.probe.hasCameraDetails)) return [];
    const details = listDetails(item.probe.hasLocation, item.probe.hasCameraDetails);
    if (item.probe.kind === 'video') {
      const which = ids.length > 1 ? item.originalName : 'This video';
      return [
        postIssue({
          subject: 'media',
          mediaId: id,
          severity: 'warning',
          code: 'post.media.video_metadata',
          message: `${which} carries ${details}, and Outpost cannot remove it from videos. Export the video again without location (your phone's share or export option), or post it as it is.`,
          fix: null,
        }),
      ];
    }
    const which = ids.length > 1 ? item.originalName : 'This photo';
    return [
      postIssue({
        subject: 'media',
        mediaId: id,
        severity: 'info',
        code: 'post.media.metadata',
        message: `${which} carries ${details}; Outpost removes this information before posting.`,
        fix: stripMetadataFix(id),
      }),
    ];
  });
}

export const checkPost = (post: PostDraft, context: ValidationContext): ValidationIssue[] => [
  ...checkStarted(post),
  ...checkHasTargets(post),
  ...checkInLibrary(post, context),
  ...checkMetadata(post, context),
];
