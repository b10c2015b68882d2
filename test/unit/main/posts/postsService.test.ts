import { afterEach, describe, expect, it, vi } from 'vitest';
import { PostEditorState, PostSummary, type MediaFixRequest, type MediaItem } from '../../../../preload/contract';
import { createAccountsRepository } from '../../../../main/accounts/accountsRepository';
import { createPostsService, type PostsMediaLibrary } from '../../../../main/posts/postsService';
import { useTempDirectory } from '../../../support/useTempDirectory';
import { mediaId, openDrafts, probe, target, withChanges } from './draftsFixtures';
import { memoryStagingBucket } from '../../../support/memoryStagingBucket';

/** The library as the service sees it: items from a map; a fix makes a new item (and its row). */
function fakeLibrary(store: ReturnType<typeof openDrafts>) {
  const items = new Map<string, MediaItem>();
  const add = (label: string): MediaItem => {
    const id = store.addMedia(label);
    const item: MediaItem = {
      id,
      originalName: `${label}.jpg`,
      importedAt: '2026-11-20T09:00:00.000Z',
      probe: probe(),
      thumbnailUrl: `outpost-media://${id}/thumbnail.jpg`,
      previewUrl: `outpost-media://${id}/preview.jpg`,
      derivedFrom: null,
      usedByPostCount: 0,
    };
    items.set(id, item);
    return item;
  };
  const library = {
    itemsByIds: vi.fn((ids: readonly string[]) => new Map(ids.flatMap((id) => (items.has(id) ? [[id, items.get(id)!] as const] : [])))),
    applyFix: vi.fn(async (id: string, fix: MediaFixRequest): Promise<MediaItem> => {
      const fixed = add(`${id}-${fix.kind}`);
      return { ...fixed, derivedFrom: { mediaId: id, fix: fix.kind } };
    }),
  } satisfies PostsMediaLibrary;
  return { library, add };
}

describe('posts service', () => {
  const directory = useTempDirectory('posts-service');
  let store: ReturnType<typeof openDrafts>;
  afterEach(() => store?.database.close());

  function open() {
    store = openDrafts(directory());
    const media = fakeLibrary(store);
    const accounts = createAccountsRepository(store.db, store.clock.now);
    const posts = createPostsService({ drafts: store.drafts, media: media.library, account: (id) => accounts.get(id)?.summary, staging: memoryStagingBucket() });
    return { s: store, posts, media };
  }

  it('creates, gets and saves drafts as editor states the contract accepts', () => {
    const { s, posts } = open();
    const created = posts.create();
    expect(PostEditorState.parse(created)).toEqual(created);
    expect(posts.get(created.post.id)).toEqual(created);
    const saved = posts.save(withChanges(created.post, { body: 'Hello' }));
    expect(saved.post).toEqual(s.drafts.get(created.post.id));
    expect(saved.post.body).toBe('Hello');
  });

  it('validates what is stored: a destination without an account is an error next to the account', () => {
    const { posts } = open();
    const created = posts.create();
    const { validation } = posts.save(withChanges(created.post, { body: 'Hello', targets: [target('t-ig', 'instagram')] }));
    expect(validation.issues).toContainEqual(expect.objectContaining({ targetId: 't-ig', subject: 'account', severity: 'error' }));
    expect(validation.readyToSchedule).toBe(false);
  });

  it('validates a draft without writing it', () => {
    const { posts } = open();
    const created = posts.create();
    const validation = posts.validate(withChanges(created.post, { body: 'Not saved', targets: [target('t-fb', 'facebook')] }));
    expect(validation.issues).toContainEqual(expect.objectContaining({ targetId: 't-fb', subject: 'account' }));
    expect(posts.get(created.post.id).post).toEqual(created.post);
  });

  it('lists drafts with an excerpt, the first item as thumbnail, the media count and the destinations', () => {
    const { s, posts, media } = open();
    s.addAccount('ig', 'instagram');
    const [first, second] = [media.add('first'), media.add('second')];
    const draft = posts.create().post;
    s.clock.advance(1000);
    const body = `Fresh   sourdough\nevery Saturday. ${'More words about bread. '.repeat(10)}`;
    posts.save(withChanges(draft, { body, mediaIds: [first.id, second.id], targets: [target('t-ig', 'instagram', { accountId: 'ig' })] }));
    s.clock.advance(1000);
    const empty = posts.create().post;

    const list = posts.listDrafts({});
    expect(list.map((summary) => PostSummary.parse(summary))).toEqual(list);
    expect(list).toEqual([
      { id: empty.id, excerpt: '', thumbnailUrl: null, mediaCount: 0, targets: [], createdAt: empty.createdAt, updatedAt: empty.updatedAt },
      {
        id: draft.id,
        excerpt: expect.stringMatching(/^Fresh sourdough every Saturday\. More words about bread\..*…$/),
        thumbnailUrl: first.thumbnailUrl,
        mediaCount: 2,
        targets: [{ platform: 'instagram', accountId: 'ig', status: 'draft' }],
        createdAt: draft.createdAt,
        updatedAt: '2026-11-20T09:00:01.000Z',
      },
    ]);
    // Only the thumbnails' items are looked up, once for the whole list.
    expect(media.library.itemsByIds).toHaveBeenLastCalledWith([first.id]);
  });

  it('answers NOT_FOUND for a post in the bin, and brings it back on restore', () => {
    const { posts } = open();
    const { post } = posts.create();
    posts.delete(post.id);
    expect(() => posts.get(post.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    posts.restore(post.id);
    expect(posts.get(post.id).post).toEqual(post);
  });

  it('duplicates a post into a new editor state', () => {
    const { posts } = open();
    const { post } = posts.create();
    posts.save(withChanges(post, { body: 'Twice', targets: [target('t-tt', 'tiktok')] }));
    const copy = posts.duplicate(post.id);
    expect(copy.post).toMatchObject({ body: 'Twice', targets: [{ platform: 'tiktok', status: 'draft' }] });
    expect(copy.post.id).not.toBe(post.id);
    expect(copy.validation.issues).toContainEqual(expect.objectContaining({ targetId: copy.post.targets[0]?.id, subject: 'account' }));
  });

  describe('applying a media fix', () => {
    function postWithPhotos() {
      const opened = open();
      const [photo, other] = [opened.media.add('photo'), opened.media.add('other')];
      const { post } = opened.posts.create();
      const saved = opened.posts.save(
        withChanges(post, {
          body: 'Look at this',
          mediaIds: [other.id, photo.id],
          targets: [
            target('t-ig', 'instagram', {
              postType: 'reel',
              mediaIds: [photo.id],
              options: { platform: 'instagram', shareToFeed: true, coverMediaId: photo.id, thumbOffsetMs: null, altTexts: {}, firstComment: null },
            }),
            target('t-fb', 'facebook', { postType: 'multi_photo', mediaIds: [photo.id, other.id] }),
          ],
        }),
      ).post;
      return { ...opened, photo, other, saved };
    }

    it("puts the fixed item in the original's place in the post, every target and the reel cover", async () => {
      const { posts, media, photo, other, saved } = postWithPhotos();
      const state = await posts.applyMediaFix(saved.id, photo.id, { kind: 'convert_to_jpeg' });

      expect(media.library.applyFix).toHaveBeenCalledExactlyOnceWith(photo.id, { kind: 'convert_to_jpeg' });
      const fixed = mediaId(`${photo.id}-convert_to_jpeg`);
      expect(state.post.mediaIds).toEqual([other.id, fixed]);
      expect(state.post.targets.map((t) => t.mediaIds)).toEqual([[fixed], [fixed, other.id]]);
      expect(state.post.targets[0]?.options).toMatchObject({ coverMediaId: fixed });
      expect(state.fixedMediaId).toBe(fixed);
      expect(posts.get(saved.id)).toEqual({ post: state.post, validation: state.validation });
    });

    it('keeps what the owner typed while the fix was running', async () => {
      const { posts, media, photo, saved } = postWithPhotos();
      let finishFix: () => void = () => undefined;
      const applyFix = media.library.applyFix.getMockImplementation()!;
      media.library.applyFix.mockImplementationOnce(async (id, fix) => {
        await new Promise<void>((resolve) => (finishFix = resolve));
        return applyFix(id, fix);
      });

      const fixing = posts.applyMediaFix(saved.id, photo.id, { kind: 'strip_metadata' });
      await vi.waitFor(() => expect(media.library.applyFix).toHaveBeenCalled());
      posts.save(withChanges(saved, { body: 'Look at this, typed during the fix' }));
      finishFix();

      const state = await fixing;
      expect(state.post.body).toBe('Look at this, typed during the fix');
      expect(state.post.mediaIds).toContain(mediaId(`${photo.id}-strip_metadata`));
    });

    it('refuses an item the post does not show, without making a fixed copy', async () => {
      const { posts, media, saved } = postWithPhotos();
      const stranger = media.add('stranger');
      await expect(posts.applyMediaFix(saved.id, stranger.id, { kind: 'convert_to_jpeg' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(media.library.applyFix).not.toHaveBeenCalled();
    });

    it('says the disk is full when writing the fixed file ran out of space', async () => {
      const { posts, media, photo, saved } = postWithPhotos();
      media.library.applyFix.mockRejectedValueOnce(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
      await expect(posts.applyMediaFix(saved.id, photo.id, { kind: 'downscale', maxLongEdge: 1080 })).rejects.toMatchObject({ code: 'DISK_FULL' });
      expect(posts.get(saved.id).post).toEqual(saved);
    });
  });

  it('says the disk is full, in words the owner can act on, when SQLite cannot grow the file; the stored draft is intact', () => {
    const { s, posts } = open();
    const { post } = posts.create();
    const stored = posts.save(withChanges(post, { body: 'Short and saved' })).post;
    // A database size limit at its current size fails the next growth with SQLITE_FULL, as a full disk does.
    const pages = Number(s.db.prepare('PRAGMA page_count').get()?.page_count);
    s.db.exec(`PRAGMA max_page_count = ${pages}`);

    expect(() => posts.save(withChanges(stored, { body: 'A long text. '.repeat(5000) }))).toThrow(
      expect.objectContaining({
        code: 'DISK_FULL',
        message: 'The disk is full. Your text is still in the editor; free some space and Outpost saves it again.',
      }),
    );
    expect(posts.get(post.id).post).toEqual(stored);

    // Space freed: the same save goes through.
    s.db.exec('PRAGMA max_page_count = 1073741823');
    expect(posts.save(withChanges(stored, { body: 'A long text. '.repeat(5000) })).post.body).toHaveLength(13 * 5000);
  });
});
