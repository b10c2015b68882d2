/**
 * The composer's edits, as pure functions from one draft to the next. The store applies them and
 * saves the result; keeping them pure lets every rule (what a removed photo takes with it, when a
 * target follows the post) be tested without a screen.
 */
import {
  defaultTargetOptions,
  suggestPostType,
  type MediaKind,
  type Platform,
  type PostDraft,
  type PostTarget,
  type PostType,
  type TargetOptions,
} from '../../../../preload/contract';

/** The draft of a post main has not made yet: nothing is created until the owner changes something. */
export const UNSAVED_POST_ID = '';

export function blankDraft(): PostDraft {
  return { id: UNSAVED_POST_ID, body: '', mediaIds: [], stripMetadata: true, targets: [], createdAt: '', updatedAt: '' };
}

export function isCreated(draft: PostDraft): boolean {
  return draft.id !== UNSAVED_POST_ID;
}

/**
 * A target is being published or is out: the post is kept as it was sent (main refuses to save
 * it), so the composer shows it read-only and offers a copy instead.
 */
export function isSent(draft: PostDraft): boolean {
  return draft.targets.some((target) => target.status === 'publishing' || target.status === 'published');
}

/** The media a target posts, in its order: its own selection, else all of the post's. */
export function mediaOfTarget(draft: PostDraft, target: PostTarget): string[] {
  return target.mediaIds ?? draft.mediaIds;
}

/** The text a target posts: its own caption, else the post's. */
export function captionOfTarget(draft: PostDraft, target: PostTarget): string {
  return target.caption ?? draft.body;
}

export function updateTarget(draft: PostDraft, targetId: string, change: (target: PostTarget) => PostTarget): PostDraft {
  return { ...draft, targets: draft.targets.map((target) => (target.id === targetId ? change(target) : target)) };
}

export function addTarget(draft: PostDraft, target: { id: string; platform: Platform; accountId: string | null }, kinds: readonly MediaKind[]): PostDraft {
  const added: PostTarget = {
    ...target,
    postType: suggestPostType(target.platform, kinds),
    caption: null,
    mediaIds: null,
    options: defaultTargetOptions(target.platform),
    status: 'draft',
  };
  return { ...draft, targets: [...draft.targets, added] };
}

export function removeTarget(draft: PostDraft, targetId: string): PostDraft {
  return { ...draft, targets: draft.targets.filter((target) => target.id !== targetId) };
}

/** Options are replaced whole; the platform cannot change (a target keeps its platform). */
export function setTargetOptions<P extends Platform>(
  draft: PostDraft,
  targetId: string,
  change: (options: Extract<TargetOptions, { platform: P }>) => Extract<TargetOptions, { platform: P }>,
): PostDraft {
  return updateTarget(draft, targetId, (target) => ({ ...target, options: change(target.options as Extract<TargetOptions, { platform: P }>) }));
}

/** Adds media at the end, once each; targets that pick their own media do not get them. */
export function addMedia(draft: PostDraft, mediaIds: readonly string[]): PostDraft {
  const fresh = [...new Set(mediaIds)].filter((id) => !draft.mediaIds.includes(id));
  return fresh.length === 0 ? draft : { ...draft, mediaIds: [...draft.mediaIds, ...fresh] };
}

/** Takes an item out of the post, every target's selection and any cover that used it. */
export function removeMedia(draft: PostDraft, mediaId: string): PostDraft {
  const without = (ids: string[]) => ids.filter((id) => id !== mediaId);
  return {
    ...draft,
    mediaIds: without(draft.mediaIds),
    targets: draft.targets.map((target) => ({
      ...target,
      mediaIds: target.mediaIds && without(target.mediaIds),
      options:
        target.options.platform === 'instagram' && target.options.coverMediaId === mediaId
          ? { ...target.options, coverMediaId: null }
          : target.options,
    })),
  };
}

/** Puts a fixed item where the original was, everywhere the post uses it (as main's applyMediaFix). */
export function replaceMedia(draft: PostDraft, originalId: string, fixedId: string): PostDraft {
  const swap = (ids: string[]) => ids.map((id) => (id === originalId ? fixedId : id));
  return {
    ...draft,
    mediaIds: swap(draft.mediaIds),
    targets: draft.targets.map((target) => ({
      ...target,
      mediaIds: target.mediaIds && swap(target.mediaIds),
      options:
        target.options.platform === 'instagram' && target.options.coverMediaId === originalId
          ? { ...target.options, coverMediaId: fixedId }
          : target.options,
    })),
  };
}

/** Moves `moving` (in their current order) before or after `anchor`, as a drag and drop does. */
export function reorder(ids: readonly string[], moving: ReadonlySet<string>, anchor: string, position: 'before' | 'after'): string[] {
  if (moving.has(anchor)) return [...ids];
  const moved = ids.filter((id) => moving.has(id));
  const rest = ids.filter((id) => !moving.has(id));
  const at = rest.indexOf(anchor) + (position === 'after' ? 1 : 0);
  return [...rest.slice(0, at), ...moved, ...rest.slice(at)];
}

/**
 * A target's own media selection, or null when it is exactly the post's media in the post's order
 * (so it keeps following the post).
 */
export function targetSelection(draft: PostDraft, mediaIds: readonly string[]): string[] | null {
  const same = mediaIds.length === draft.mediaIds.length && mediaIds.every((id, index) => draft.mediaIds[index] === id);
  return same ? null : [...mediaIds];
}

/**
 * Targets whose type the owner has not chosen follow their media: one video on Instagram is a
 * reel, several pictures a carousel (suggestPostType). Nothing changes while a kind is unknown.
 */
export function withSuggestedTypes(
  draft: PostDraft,
  kindOf: (mediaId: string) => MediaKind | undefined,
  chosenTypes: ReadonlySet<string>,
): PostDraft {
  let changed = false;
  const targets = draft.targets.map((target) => {
    if (chosenTypes.has(target.id)) return target;
    const kinds = mediaOfTarget(draft, target).map(kindOf);
    if (kinds.some((kind) => kind === undefined)) return target;
    const postType: PostType = suggestPostType(target.platform, kinds as MediaKind[]);
    if (postType === target.postType) return target;
    changed = true;
    return { ...target, postType };
  });
  return changed ? { ...draft, targets } : draft;
}

/**
 * The targets whose type the owner must have chosen: those not on what their media suggest. Used
 * when a saved draft opens, since the draft itself does not record who chose the type.
 */
export function chosenTypesOf(draft: PostDraft, kindOf: (mediaId: string) => MediaKind | undefined): Set<string> {
  const chosen = new Set<string>();
  for (const target of draft.targets) {
    const kinds = mediaOfTarget(draft, target).map(kindOf);
    if (kinds.some((kind) => kind === undefined)) continue;
    if (suggestPostType(target.platform, kinds as MediaKind[]) !== target.postType) chosen.add(target.id);
  }
  return chosen;
}
