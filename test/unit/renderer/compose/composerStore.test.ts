import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PostDraft, PostEditorState, Result } from '../../../../preload/contract';
import { createNavigationStore } from '../../../../renderer/src/app/navigationStore';
import { createComposerStore } from '../../../../renderer/src/features/compose/composerStore';
import { addTarget } from '../../../../renderer/src/features/compose/draftEdits';
import { createRememberedPost } from '../../../../renderer/src/features/compose/rememberedPost';
import { createFakeApi, ok, type FakeApi } from '../fakeApi';
import { draftPost, draftTarget, mediaItem } from '../fakeComposer';

const REMEMBERED = 'outpost.compose.openPostId';

function composerOver(fake: FakeApi) {
  const navigation = createNavigationStore(window);
  const store = createComposerStore({ api: fake.api, navigation, rememberedPost: createRememberedPost(() => window.localStorage) });
  const typeBody = (body: string) => store.getState().edit((draft) => ({ ...draft, body }));
  const savedPost = (id = store.getState().draft.id) => fake.composer.posts.find((post) => post.id === id);
  return { store, navigation, typeBody, savedPost };
}

/** A channel answer that waits until the test lets it through. */
function gate<T>() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, wait: async (answer: () => T) => (await opened, answer()) };
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2025-12-08T09:00:00Z') });
  window.localStorage.clear();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('composer store: a new post', () => {
  it('makes no post in main until the owner writes something, then saves it within a second', async () => {
    const fake = createFakeApi();
    const { store, typeBody, savedPost } = composerOver(fake);
    await store.getState().resume();
    await vi.advanceTimersByTimeAsync(5000);
    expect(fake.callsTo('posts.create')).toEqual([]);

    typeBody('Fresh sourdough at 8');
    await vi.advanceTimersByTimeAsync(999);

    expect(fake.callsTo('posts.create')).toHaveLength(1);
    expect(savedPost()?.body).toBe('Fresh sourdough at 8');
    expect(store.getState().save).toEqual({ state: 'saved' });
    expect(window.localStorage.getItem(REMEMBERED)).toBe(store.getState().draft.id);
  });

  it('reopens the remembered post after a reload, and starts afresh when it was deleted', async () => {
    const fake = createFakeApi({ posts: [draftPost('post-7', { body: 'Half-term opening hours' })] });
    window.localStorage.setItem(REMEMBERED, 'post-7');
    const first = composerOver(fake);
    await first.store.getState().resume();
    expect(first.store.getState().draft.body).toBe('Half-term opening hours');

    fake.composer.binned.add('post-7');
    const second = composerOver(fake);
    await second.store.getState().resume();
    expect(second.store.getState().phase).toBe('ready');
    expect(second.store.getState().draft.body).toBe('');
    expect(window.localStorage.getItem(REMEMBERED)).toBeNull();
  });
});

describe('composer store: coming back to Compose', () => {
  it('shows the open post as stored, and a new post once it was moved to the bin elsewhere', async () => {
    const fake = createFakeApi({ posts: [draftPost('post-1', { body: 'Before' })] });
    const { store } = composerOver(fake);
    await store.getState().openPostInComposer('post-1');

    fake.composer.posts = [draftPost('post-1', { body: 'Changed elsewhere' })];
    await store.getState().resume();
    expect(store.getState().draft.body).toBe('Changed elsewhere');

    fake.composer.binned.add('post-1');
    await store.getState().resume();
    expect(store.getState().draft).toMatchObject({ id: '', body: '' });
  });

  it('keeps unsaved changes rather than reloading over them', async () => {
    const fake = createFakeApi({ posts: [draftPost('post-1', { body: 'Before' })] });
    const { store, typeBody } = composerOver(fake);
    await store.getState().openPostInComposer('post-1');
    typeBody('Typed just now');

    await store.getState().resume();
    expect(store.getState().draft.body).toBe('Typed just now');
    expect(fake.callsTo('posts.get')).toHaveLength(1);
  });
});

describe('composer store: autosave', () => {
  it('keeps what the owner typed while a save was in flight, then saves that too', async () => {
    const fake = createFakeApi({ posts: [draftPost('post-1')] });
    const { store, typeBody, savedPost } = composerOver(fake);
    await store.getState().openPostInComposer('post-1');

    const held = gate<Result<PostEditorState>>();
    fake.handle('posts.save', (draft) => held.wait(() => ok({ post: { ...draft, updatedAt: new Date().toISOString() }, validation: fake.composer.validate(draft) })));
    typeBody('Croissants');
    await vi.advanceTimersByTimeAsync(400);
    expect(fake.callsTo('posts.save')).toHaveLength(1);

    typeBody('Croissants and pain au chocolat');
    held.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().draft.body).toBe('Croissants and pain au chocolat');
    expect(store.getState().draft.updatedAt).not.toBe(draftPost('post-1').updatedAt);

    fake.handle('posts.save', (draft) => {
      fake.composer.posts = [...fake.composer.posts.filter((post) => post.id !== draft.id), draft];
      return ok({ post: draft, validation: fake.composer.validate(draft) });
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(savedPost('post-1')?.body).toBe('Croissants and pain au chocolat');
    expect(fake.callsTo('posts.save')).toHaveLength(2);
  });

  it('keeps the text in the editor when the disk is full, says so, and saves once it can', async () => {
    const fake = createFakeApi({ posts: [draftPost('post-1')] });
    const { store, typeBody, savedPost } = composerOver(fake);
    await store.getState().openPostInComposer('post-1');
    let diskFull = true;
    fake.handle('posts.save', (draft) => {
      if (diskFull) return { ok: false, code: 'DISK_FULL', message: 'The disk is full.', action: 'Free some space.' };
      fake.composer.posts = [draft];
      return ok({ post: draft, validation: fake.composer.validate(draft) });
    });

    typeBody('Gingerbread is back');
    await vi.advanceTimersByTimeAsync(500);
    expect(store.getState().save).toMatchObject({ state: 'failed', error: { code: 'DISK_FULL' } });
    expect(store.getState().draft.body).toBe('Gingerbread is back');

    diskFull = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(savedPost('post-1')?.body).toBe('Gingerbread is back');
    expect(store.getState().save).toEqual({ state: 'saved' });
  });

  it('saves the open post before opening another, and stays on it if it cannot be saved', async () => {
    const fake = createFakeApi({ posts: [draftPost('post-1'), draftPost('post-2', { body: 'Second' })] });
    const { store, navigation, typeBody, savedPost } = composerOver(fake);
    await store.getState().openPostInComposer('post-1');
    expect(navigation.getState().section).toBe('compose');

    typeBody('Not saved yet');
    await store.getState().openPostInComposer('post-2');
    expect(savedPost('post-1')?.body).toBe('Not saved yet');
    expect(store.getState().draft.body).toBe('Second');

    fake.handle('posts.save', () => ({ ok: false, code: 'DISK_FULL', message: 'The disk is full.' }));
    typeBody('Second, edited');
    await store.getState().openPostInComposer('post-1');
    expect(store.getState().draft).toMatchObject({ id: 'post-2', body: 'Second, edited' });
  });
});

describe('composer store: live validation', () => {
  it('checks after a pause while the owner types, and at once after a click, so no message about the old post lingers', async () => {
    const fake = createFakeApi({ posts: [draftPost('post-1', { body: 'Croissants' })] });
    window.localStorage.setItem(REMEMBERED, 'post-1');
    const { store, typeBody } = composerOver(fake);
    await store.getState().resume();
    const asked = () => fake.callsTo('posts.validate').length;
    const before = asked();

    typeBody('Croissants at 7');
    await vi.advanceTimersByTimeAsync(100);
    expect(asked()).toBe(before);
    await vi.advanceTimersByTimeAsync(50);
    expect(asked()).toBe(before + 1);

    store.getState().edit((draft) => addTarget(draft, { id: 'ig', platform: 'instagram', accountId: null }, []));
    await vi.advanceTimersByTimeAsync(0);
    expect(asked()).toBe(before + 2);
    expect((fake.callsTo('posts.validate').at(-1) as PostDraft).targets.map((target) => target.id)).toEqual(['ig']);
  });
});

describe('composer store: media', () => {
  const photo = mediaItem('cake.png', { probe: { format: 'png' } });
  const clip = mediaItem('oven.mp4', { probe: { kind: 'video' } });

  it("fixes an item in main and keeps edits made meanwhile, with the fixed item (as main names it) in the old one's place", async () => {
    const post = draftPost('post-1', { mediaIds: [photo.id], targets: [draftTarget('post-1', 'instagram', 'ig')] });
    const fake = createFakeApi({ posts: [post], media: [photo, clip] });
    const { store, typeBody } = composerOver(fake);
    await store.getState().openPostInComposer('post-1');

    const held = gate<void>();
    fake.handle('posts.applyMediaFix', async () => {
      await held.wait(() => undefined);
      const fixedId = 'f'.repeat(64);
      fake.composer.media.push({ ...photo, id: fixedId, derivedFrom: { mediaId: photo.id, fix: 'convert_to_jpeg' } });
      // Main's copy of the post changed meanwhile (another save put the clip first): only the
      // id main names is the fixed item, never whatever sits at the old position.
      const fixed: PostDraft = { ...post, mediaIds: [clip.id, fixedId] };
      return ok({ post: fixed, validation: fake.composer.validate(fixed), fixedMediaId: fixedId });
    });
    const applied = store.getState().applyFix(photo.id, { kind: 'convert_to_jpeg' });
    await vi.advanceTimersByTimeAsync(0);
    typeBody('Typed while converting');
    held.open();
    const result = await applied;

    expect(fake.callsTo('posts.applyMediaFix')).toEqual([{ postId: 'post-1', mediaId: photo.id, fix: { kind: 'convert_to_jpeg' } }]);
    expect(result).toMatchObject({ ok: true, value: { original: { originalName: 'cake.png' }, fixed: { id: 'f'.repeat(64) } } });
    expect(store.getState().draft).toMatchObject({ body: 'Typed while converting', mediaIds: ['f'.repeat(64)] });
  });

  it("adds imported files to the post, lists the ones that failed, and suggests each target's type", async () => {
    const fake = createFakeApi({ posts: [draftPost('post-1')] });
    const { store } = composerOver(fake);
    await store.getState().openPostInComposer('post-1');
    store.getState().edit((draft) => addTarget(addTarget(draft, { id: 'ig', platform: 'instagram', accountId: null }, []), { id: 'tt', platform: 'tiktok', accountId: null }, []));
    store.getState().choosePostType('tt', 'video');

    await store.getState().importFiles([
      new File(['jpeg bytes'], 'loaf.jpg', { type: 'image/jpeg' }),
      new File([], 'empty.jpg', { type: 'image/jpeg' }),
      new File(['more jpeg bytes'], 'rolls.jpg', { type: 'image/jpeg' }),
    ]);

    const { draft, importFailures } = store.getState();
    expect(draft.mediaIds).toHaveLength(2);
    expect(importFailures).toEqual([expect.objectContaining({ fileName: 'empty.jpg', message: 'This file is empty.' })]);
    expect(draft.targets.map((target) => target.postType)).toEqual(['carousel', 'video']);
  });

  it('fills a post up to 50 items and names the files that did not fit (they stay in the library), so saving never breaks', async () => {
    const existing = Array.from({ length: 49 }, (_, index) => mediaItem(`photo-${index}.jpg`));
    const fake = createFakeApi({ posts: [draftPost('post-1', { mediaIds: existing.map((item) => item.id) })], media: existing });
    const { store, typeBody, savedPost } = composerOver(fake);
    await store.getState().openPostInComposer('post-1');

    await store.getState().importFiles([
      new File(['a'], 'fits.jpg', { type: 'image/jpeg' }),
      new File(['b'], 'one-too-many.jpg', { type: 'image/jpeg' }),
    ]);
    typeBody('Still saves');
    await vi.advanceTimersByTimeAsync(1000);

    expect(store.getState().draft.mediaIds).toHaveLength(50);
    expect(store.getState().importFailures).toEqual([
      expect.objectContaining({ fileName: 'one-too-many.jpg', message: expect.stringContaining('A post holds at most 50 photos and videos') }),
    ]);
    expect(savedPost()).toMatchObject({ body: 'Still saves' });
    expect(savedPost()?.mediaIds).toHaveLength(50);
  });

  it('loads the items a post names when it opens', async () => {
    const fake = createFakeApi({ posts: [draftPost('post-1', { mediaIds: [clip.id] })], media: [clip] });
    const { store } = composerOver(fake);
    await store.getState().openPostInComposer('post-1');
    expect(store.getState().media[clip.id]).toMatchObject({ originalName: 'oven.mp4' });
  });
});

describe('composer store: a post that is out', () => {
  it('takes no edit of a post with a target publishing or published, so nothing is saved', async () => {
    const fake = createFakeApi({
      posts: [draftPost('post-out', { body: 'Croissant Friday', targets: [draftTarget('post-out', 'instagram', 'acc-ig-page', { status: 'published' })] })],
    });
    const { store, typeBody } = composerOver(fake);
    await store.getState().openPostInComposer('post-out');

    typeBody('Croissant Saturday');
    await vi.advanceTimersByTimeAsync(5000);

    expect(store.getState().draft.body).toBe('Croissant Friday');
    expect(store.getState().save).toEqual({ state: 'idle' });
    expect(fake.callsTo('posts.save')).toEqual([]);
  });
});
