import type { PostDraft, PostTarget } from '../../preload/contract';

/** Every item the post shows: its media, the targets' selections (a subset) and reel covers. */
export function draftMediaIds(draft: PostDraft): string[] {
  const ids = new Set(draft.mediaIds);
  for (const target of draft.targets) {
    for (const id of target.mediaIds ?? []) ids.add(id);
    const cover = coverOf(target);
    if (cover !== null) ids.add(cover);
  }
  return [...ids];
}

/**
 * The draft with `newId` wherever `oldId` was: the post's media and every target's selection keep
 * their order, and a reel cover follows. A fix makes a new item, so this is how the fixed photo
 * takes the original's place everywhere at once.
 */
export function replaceMediaInDraft(draft: PostDraft, oldId: string, newId: string): PostDraft {
  const swap = (id: string) => (id === oldId ? newId : id);
  return {
    ...draft,
    mediaIds: draft.mediaIds.map(swap),
    targets: draft.targets.map((target) => ({
      ...target,
      mediaIds: target.mediaIds === null ? null : target.mediaIds.map(swap),
      options: target.options.platform === 'instagram' && target.options.coverMediaId !== null
        ? { ...target.options, coverMediaId: swap(target.options.coverMediaId) }
        : target.options,
    })),
  };
}

const coverOf = (target: PostTarget) => (target.options.platform === 'instagram' ? target.options.coverMediaId : null);
