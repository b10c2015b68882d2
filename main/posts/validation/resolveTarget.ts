import type { MediaId, PostDraft, PostTarget, ValidationIssue } from '../../../preload/contract';
import { targetIssue, type TargetScope } from './targetScope';
import type { MediaInScope, ValidationContext } from './validationContext';

/** What a target would publish: its caption and its items. */
export interface ResolvedTarget {
  caption: string;
  /** The items in order as chosen; a repeat stays, so that it is counted and reported. */
  itemIds: readonly MediaId[];
  /** The library items among them, once each, in order. */
  media: readonly MediaInScope[];
  issues: ValidationIssue[];
}

/**
 * A null caption or media list inherits the post's. An item the post no longer holds is
 * reported here; one the library does not know is reported once for the post (checkPost).
 * `coverMediaId` (an Instagram reel's cover) is not one of the items.
 */
export function resolveTarget(
  post: PostDraft,
  target: PostTarget,
  context: ValidationContext,
  scope: TargetScope,
  coverMediaId: MediaId | null,
): ResolvedTarget {
  const itemIds = (target.mediaIds ?? post.mediaIds).filter((id) => id !== coverMediaId);
  const distinct = [...new Set(itemIds)];
  const inPost = new Set(post.mediaIds);
  const issues = distinct
    .filter((id) => !inPost.has(id))
    .map((id) =>
      targetIssue(scope, {
        subject: 'media',
        mediaId: id,
        severity: 'error',
        code: 'media.not_in_post',
        message: `${context.media.get(id)?.originalName ?? 'A photo or video'} is no longer part of this post. Remove it from the ${scope.rules.name} selection.`,
      }),
    );
  const known = distinct.flatMap((id) => {
    const found = context.media.get(id);
    return found ? [{ id, ...found }] : [];
  });
  const media = known.map((item) => ({
    ...item,
    label: known.length > 1 ? item.originalName : item.probe.kind === 'image' ? 'This photo' : 'This video',
  }));
  return { caption: target.caption ?? post.body, itemIds, media, issues };
}
