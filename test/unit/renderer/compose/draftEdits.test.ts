import { describe, expect, it } from 'vitest';
import type { MediaKind } from '../../../../preload/contract';
import {
  addMedia,
  addTarget,
  chosenTypesOf,
  removeMedia,
  reorder,
  replaceMedia,
  targetSelection,
  withSuggestedTypes,
} from '../../../../renderer/src/features/compose/draftEdits';
import { draftPost, draftTarget } from '../fakeComposer';

const kinds: Record<string, MediaKind> = { photo1: 'image', photo2: 'image', clip: 'video' };
const kindOf = (id: string) => kinds[id];

describe('draft edits', () => {
  it('reorders like a drop: the moved items keep their order and land before or after the anchor', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    expect(reorder(ids, new Set(['d']), 'a', 'before')).toEqual(['d', 'a', 'b', 'c', 'e']);
    expect(reorder(ids, new Set(['a']), 'c', 'after')).toEqual(['b', 'c', 'a', 'd', 'e']);
    expect(reorder(ids, new Set(['e', 'b']), 'c', 'after')).toEqual(['a', 'c', 'b', 'e', 'd']);
    expect(reorder(ids, new Set(['c']), 'c', 'before')).toEqual(ids);
  });

  it('adds media once, and removing one takes it out of every target and cover too', () => {
    let draft = draftPost('p', { mediaIds: ['photo1'] });
    draft = addMedia(draft, ['photo1', 'clip', 'clip']);
    expect(draft.mediaIds).toEqual(['photo1', 'clip']);

    const reel = draftTarget('p', 'instagram', 'ig', {
      postType: 'reel',
      mediaIds: ['clip', 'photo1'],
      options: { platform: 'instagram', shareToFeed: true, coverMediaId: 'photo1', thumbOffsetMs: null, altTexts: {}, firstComment: null },
    });
    draft = { ...draft, targets: [reel] };
    const removed = removeMedia(draft, 'photo1');
    expect(removed.mediaIds).toEqual(['clip']);
    expect(removed.targets[0]?.mediaIds).toEqual(['clip']);
    expect(removed.targets[0]?.options).toMatchObject({ coverMediaId: null });

    const replaced = replaceMedia(draft, 'photo1', 'photo1-fixed');
    expect(replaced.mediaIds).toEqual(['photo1-fixed', 'clip']);
    expect(replaced.targets[0]?.mediaIds).toEqual(['clip', 'photo1-fixed']);
    expect(replaced.targets[0]?.options).toMatchObject({ coverMediaId: 'photo1-fixed' });
  });

  it("keeps a target on the post's media until its selection or order differs", () => {
    const draft = draftPost('p', { mediaIds: ['photo1', 'photo2', 'clip'] });
    expect(targetSelection(draft, ['photo1', 'photo2', 'clip'])).toBeNull();
    expect(targetSelection(draft, ['photo2', 'photo1', 'clip'])).toEqual(['photo2', 'photo1', 'clip']);
    expect(targetSelection(draft, ['photo1'])).toEqual(['photo1']);
  });

  it('lets targets follow their media until the owner picks a type', () => {
    let draft = addTarget(draftPost('p'), { id: 'ig', platform: 'instagram', accountId: null }, []);
    draft = addTarget(draft, { id: 'fb', platform: 'facebook', accountId: null }, []);
    draft = addTarget(draft, { id: 'tt', platform: 'tiktok', accountId: null }, []);
    expect(draft.targets.map((target) => target.postType)).toEqual(['feed', 'text', 'video']);

    draft = withSuggestedTypes(addMedia(draft, ['photo1', 'photo2']), kindOf, new Set(['tt']));
    expect(draft.targets.map((target) => target.postType)).toEqual(['carousel', 'multi_photo', 'video']);

    // An unknown kind (the item is still loading) changes nothing.
    const unknown = addMedia(draft, ['not-loaded']);
    expect(withSuggestedTypes(unknown, kindOf, new Set())).toBe(unknown);
  });

  it("reads a saved draft's chosen types as those its media would not suggest", () => {
    const draft = draftPost('p', {
      mediaIds: ['clip'],
      targets: [
        draftTarget('p', 'instagram', 'ig', { id: 'follows', postType: 'reel' }),
        draftTarget('p', 'instagram', 'ig2', { id: 'chosen', postType: 'story' }),
      ],
    });
    expect([...chosenTypesOf(draft, kindOf)]).toEqual(['chosen']);
  });
});
