/**
 * The library as the screens and the posts service read it: list with search and filters, details
 * with the posts that use an item, lookups by id, and delete (blocked while scheduled, removing the
 * item from drafts otherwise).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MediaDetails, MediaItem } from '../../../../preload/contract';
import { DomainError } from '../../../../main/errors/domainError';
import { HEIC_FIXTURE, mediaFixture, type MediaFixtureName } from '../../../support/mediaFixtures';
import { useTempDirectory } from '../../../support/useTempDirectory';
import { filesUnder, mediaRowCount, openTestLibrary, seedPost, type TestLibrary } from './mediaTestLibrary';

const tempDirectory = useTempDirectory('media-library');
let opened: TestLibrary | undefined;
afterEach(() => opened?.close());

/** A library holding the given files, imported in order under the given names. */
async function libraryWith(files: [MediaFixtureName | 'heic', string][]) {
  opened = openTestLibrary(tempDirectory());
  const items: MediaItem[] = [];
  for (const [fixture, name] of files) {
    const result = await opened.library.importFile(fixture === 'heic' ? HEIC_FIXTURE : await mediaFixture(fixture), name);
    if (result.outcome !== 'imported') throw new Error(result.message);
    items.push(result.item);
  }
  return { ...opened, items };
}

const namesOf = (items: MediaItem[]) => items.map((item) => item.originalName);

async function thrownBy(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('list', () => {
  it('is newest first, and searches names case-insensitively, wildcards taken literally', async () => {
    const { library } = await libraryWith([
      ['plain.jpg', 'Cake_front.jpg'],
      ['picture.png', 'cake 100%.png'],
      ['faststart.mp4', 'Bakery tour.mp4'],
      ['picture.webp', 'Cakewalk.webp'],
      ['picture.gif', 'Cake front.gif'],
      ['camera.jpg', 'Ölgemälde.jpg'],
    ]);
    expect(namesOf(library.list({}))).toEqual(['Ölgemälde.jpg', 'Cake front.gif', 'Cakewalk.webp', 'Bakery tour.mp4', 'cake 100%.png', 'Cake_front.jpg']);
    expect(namesOf(library.list({ search: 'ÖLGEMÄLDE' }))).toEqual(['Ölgemälde.jpg']);
    expect(namesOf(library.list({ search: 'CAKE' }))).toEqual(['Cake front.gif', 'Cakewalk.webp', 'cake 100%.png', 'Cake_front.jpg']);
    expect(namesOf(library.list({ search: '100%' }))).toEqual(['cake 100%.png']);
    // `_` and `%` are not wildcards: "e_f" matches only the underscore, "%" only the percent sign.
    expect(namesOf(library.list({ search: 'e_f' }))).toEqual(['Cake_front.jpg']);
    expect(namesOf(library.list({ search: '%' }))).toEqual(['cake 100%.png']);
    expect(namesOf(library.list({ search: '   ' }))).toHaveLength(6);
    for (const item of library.list({})) expect(MediaItem.safeParse(item).success).toBe(true);
  });

  it('filters by kind and by use (posts in the bin do not count)', async () => {
    const { library, db, items } = await libraryWith([
      ['plain.jpg', 'used.jpg'],
      ['faststart.mp4', 'used.mp4'],
      ['picture.png', 'binned.png'],
      ['picture.webp', 'cover.webp'],
      ['picture.gif', 'unused.gif'],
    ]);
    const [photo, video, binned, cover] = items as [MediaItem, MediaItem, MediaItem, MediaItem];
    seedPost(db, { id: 'p1', mediaIds: [photo.id, video.id], targets: [{ status: 'draft' }] });
    seedPost(db, { id: 'p2', mediaIds: [photo.id], targets: [{ status: 'published' }] });
    seedPost(db, { id: 'p3', mediaIds: [binned.id], deleted: true });
    // A reel's cover is a use of the item too, though it is not among the post's media.
    seedPost(db, { id: 'p4', mediaIds: [video.id], targets: [{ status: 'draft', coverMediaId: cover.id }] });

    expect(namesOf(library.list({ kind: 'video' }))).toEqual(['used.mp4']);
    expect(namesOf(library.list({ usage: 'used' }))).toEqual(['cover.webp', 'used.mp4', 'used.jpg']);
    expect(namesOf(library.list({ usage: 'unused' }))).toEqual(['unused.gif', 'binned.png']);
    expect(namesOf(library.list({ usage: 'unused', kind: 'image', search: 'gif' }))).toEqual(['unused.gif']);
    expect(Object.fromEntries(library.list({}).map((item) => [item.originalName, item.usedByPostCount]))).toEqual({
      'used.jpg': 2,
      'used.mp4': 2,
      'binned.png': 0,
      'cover.webp': 1,
      'unused.gif': 0,
    });
  });
});

describe('get', () => {
  it('gives the item with the posts that use it, saying which are scheduled', async () => {
    const { library, db, items } = await libraryWith([['plain.jpg', 'menu.jpg']]);
    const [photo] = items as [MediaItem];
    seedPost(db, { id: 'draft', body: 'Fresh bread\n\nevery   morning', mediaIds: [photo.id], targets: [{ status: 'draft' }] });
    seedPost(db, { id: 'soon', body: 'Sale on Saturday', mediaIds: [photo.id], targets: [{ status: 'draft' }, { status: 'scheduled' }] });
    seedPost(db, { id: 'bin', mediaIds: [photo.id], deleted: true });

    const details = MediaDetails.parse(library.get(photo.id));
    expect(details).toMatchObject({ id: photo.id, originalName: 'menu.jpg', usedByPostCount: 2 });
    expect(details.usedBy.sort((a, b) => a.postId.localeCompare(b.postId))).toEqual([
      { postId: 'draft', excerpt: 'Fresh bread every morning', scheduled: false },
      { postId: 'soon', excerpt: 'Sale on Saturday', scheduled: true },
    ]);
  });

  it('is NOT_FOUND for an id the library does not have', async () => {
    const { library } = await libraryWith([]);
    expect(() => library.get('a'.repeat(64))).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});

describe('itemsByIds', () => {
  it('gives the items that exist, keyed by id, with their use', async () => {
    const { library, db, items } = await libraryWith([
      ['plain.jpg', 'a.jpg'],
      ['heic', 'b.heic'],
      ['picture.png', 'c.png'],
    ]);
    const [a, b] = items as [MediaItem, MediaItem];
    seedPost(db, { id: 'p', mediaIds: [b.id] });
    const missing = '9'.repeat(64);

    const found = library.itemsByIds([b.id, missing, a.id, b.id]);

    expect([...found.keys()].sort()).toEqual([a.id, b.id].sort());
    expect(found.get(b.id)).toMatchObject({ originalName: 'b.heic', usedByPostCount: 1, probe: { format: 'heic' } });
    expect(found.get(a.id)).toMatchObject({ usedByPostCount: 0 });
    expect(library.itemsByIds([]).size).toBe(0);
  });
});

describe('delete', () => {
  it.each(['scheduled', 'publishing'] as const)('is refused while a %s post uses the item; nothing changes', async (status) => {
    const { library, db, items, mediaDirectory } = await libraryWith([['plain.jpg', 'menu.jpg']]);
    const [photo] = items as [MediaItem];
    seedPost(db, { id: 'p', mediaIds: [photo.id], targets: [{ status: 'draft' }, { status }] });
    const files = filesUnder(mediaDirectory);

    const error = await thrownBy(library.delete(photo.id));

    expect(error).toMatchObject({
      code: 'MEDIA_IN_USE',
      message: 'A scheduled post uses this photo or video, so it cannot be deleted.',
      action: 'Unschedule those posts or take the item out of them first.',
    });
    expect(mediaRowCount(db)).toBe(1);
    expect(filesUnder(mediaDirectory)).toEqual(files);
    expect(db.prepare('SELECT count(*) AS count FROM post_media').get()).toEqual({ count: 1 });
  });

  it('names how many scheduled posts stand in the way', async () => {
    const { library, db, items } = await libraryWith([['plain.jpg', 'menu.jpg']]);
    const [photo] = items as [MediaItem];
    seedPost(db, { id: 'p1', mediaIds: [photo.id], targets: [{ status: 'scheduled' }, { status: 'scheduled' }] });
    seedPost(db, { id: 'p2', mediaIds: [photo.id], targets: [{ status: 'publishing' }] });
    expect(await thrownBy(library.delete(photo.id))).toMatchObject({ message: '2 scheduled posts use this photo or video, so it cannot be deleted.' });
  });

  it('counts a scheduled reel that uses it as its cover', async () => {
    const { library, db, items } = await libraryWith([
      ['faststart.mp4', 'reel.mp4'],
      ['plain.jpg', 'cover.jpg'],
    ]);
    const [reel, cover] = items as [MediaItem, MediaItem];
    seedPost(db, { id: 'p', mediaIds: [reel.id], targets: [{ status: 'scheduled', coverMediaId: cover.id }] });
    expect(await thrownBy(library.delete(cover.id))).toMatchObject({ code: 'MEDIA_IN_USE' });
  });

  it('is allowed when the scheduled post is in the bin', async () => {
    const { library, db, items } = await libraryWith([['plain.jpg', 'menu.jpg']]);
    const [photo] = items as [MediaItem];
    seedPost(db, { id: 'p', mediaIds: [photo.id], deleted: true, targets: [{ status: 'scheduled', mediaIds: [photo.id] }] });
    await library.delete(photo.id);
    expect(mediaRowCount(db)).toBe(0);
    expect(db.prepare("SELECT media_ids FROM targets WHERE post_id = 'p'").get()).toEqual({ media_ids: '[]' });
  });

  it('takes the item out of every draft (media, selections, cover) in one go, then removes it and its files', async () => {
    const { library, db, items, mediaDirectory } = await libraryWith([
      ['plain.jpg', 'first.jpg'],
      ['picture.png', 'gone.png'],
      ['picture.webp', 'third.webp'],
    ]);
    const [first, gone, third] = items as [MediaItem, MediaItem, MediaItem];
    seedPost(db, {
      id: 'draft',
      mediaIds: [first.id, gone.id, third.id],
      targets: [
        { status: 'draft', mediaIds: [gone.id, third.id] },
        { status: 'draft', mediaIds: null, coverMediaId: gone.id },
      ],
    });
    seedPost(db, { id: 'other', mediaIds: [third.id], targets: [{ status: 'published' }] });

    await library.delete(gone.id);

    expect(db.prepare("SELECT position, media_id FROM post_media WHERE post_id = 'draft' ORDER BY position").all()).toEqual([
      { position: 0, media_id: first.id },
      { position: 1, media_id: third.id },
    ]);
    const targets = db.prepare("SELECT media_ids, options, updated_at FROM targets WHERE post_id = 'draft' ORDER BY position").all() as {
      media_ids: string | null;
      options: string;
      updated_at: string;
    }[];
    expect(JSON.parse(targets[0]!.media_ids!)).toEqual([third.id]);
    expect(targets[1]!.media_ids).toBeNull();
    expect(JSON.parse(targets[1]!.options)).toMatchObject({ platform: 'instagram', coverMediaId: null });
    // The edited post and targets say they changed; the other post does not.
    expect(db.prepare('SELECT id, updated_at > ? AS changed FROM posts ORDER BY id').all('2026-02-01T10:00:00.000Z')).toEqual([
      { id: 'draft', changed: 1 },
      { id: 'other', changed: 0 },
    ]);
    expect(targets.every((target) => target.updated_at > '2026-02-01T10:00:00.000Z')).toBe(true);

    expect(() => library.get(gone.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(filesUnder(mediaDirectory).filter((file) => file.includes(gone.id))).toEqual([]);
    expect(filesUnder(mediaDirectory).filter((file) => file.includes(first.id))).toHaveLength(3);
    expect(await library.filePath(gone.id, 'thumbnail')).toBeNull();
  });

  it('keeps a fixed copy when its original goes (it only forgets where it came from)', async () => {
    const { library, items } = await libraryWith([['picture.png', 'logo.png']]);
    const [original] = items as [MediaItem];
    const copy = await library.applyFix(original.id, { kind: 'convert_to_jpeg' });
    await library.delete(original.id);
    expect(library.get(copy.id)).toMatchObject({ id: copy.id, derivedFrom: null });
  });

  it('is NOT_FOUND for an item that is not there', async () => {
    const { library } = await libraryWith([]);
    expect(await thrownBy(library.delete('b'.repeat(64)))).toMatchObject({ code: 'NOT_FOUND' });
  });
});
