import { afterEach, describe, expect, it } from 'vitest';
import type { PostDraft } from '../../../../preload/contract';
import { BIN_RETENTION_DAYS } from '../../../../main/posts/draftsRepository';
import { DRAFTS_LIST_LIMIT } from '../../../../main/posts/draftsListing';
import { createPostsRepository } from '../../../../main/store/postsRepository';
import { useTempDirectory } from '../../../support/useTempDirectory';
import { openDrafts, target, withChanges } from './draftsFixtures';

const DAY = 24 * 60 * 60 * 1000;

describe('drafts repository', () => {
  const directory = useTempDirectory('drafts');
  let store: ReturnType<typeof openDrafts>;
  const open = () => (store = openDrafts(directory()));
  afterEach(() => store?.database.close());

  /** A post with media and one target per platform, saved once. */
  function savedPost() {
    const s = open();
    const [photo, clip, extra] = [s.addMedia('photo'), s.addMedia('clip', 'video'), s.addMedia('extra')];
    s.addAccount('ig', 'instagram');
    s.addAccount('fb', 'facebook');
    const created = s.drafts.create();
    const draft: PostDraft = withChanges(created, {
      body: 'Fresh sourdough every Saturday 🍞 #bakery',
      mediaIds: [photo, clip, extra],
      stripMetadata: false,
      targets: [
        target('t-ig', 'instagram', {
          accountId: 'ig',
          postType: 'reel',
          caption: 'Reel caption #sourdough',
          mediaIds: [clip],
          options: { platform: 'instagram', shareToFeed: false, coverMediaId: photo, thumbOffsetMs: 1500, altTexts: {}, firstComment: null },
        }),
        target('t-fb', 'facebook', { accountId: 'fb', postType: 'link', options: { platform: 'facebook', link: 'https://rosies.example/bread', firstComment: null } }),
        target('t-tt', 'tiktok', {
          postType: 'photo',
          mediaIds: [extra, photo],
          options: {
            platform: 'tiktok',
            privacyLevel: 'SELF_ONLY',
            allowComments: true,
            allowDuet: false,
            allowStitch: true,
            discloseCommercialContent: true,
            promotesOwnBusiness: true,
            brandedContent: false,
            coverTimestampMs: null,
            title: 'Saturday bread',
          },
        }),
      ],
    });
    s.clock.advance(60_000);
    return { s, created, draft, saved: s.drafts.save(draft), media: { photo, clip, extra } };
  }

  it('creates an empty draft with metadata stripping on, stored and readable', () => {
    const s = open();
    const draft = s.drafts.create();
    expect(draft).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      body: '',
      mediaIds: [],
      stripMetadata: true,
      targets: [],
      createdAt: '2026-11-20T09:00:00.000Z',
      updatedAt: '2026-11-20T09:00:00.000Z',
    });
    expect(s.drafts.get(draft.id)).toEqual(draft);
    expect(s.drafts.create().id).not.toBe(draft.id);
  });

  it('stores every field and gives back exactly what was saved, with updatedAt from the clock', () => {
    const { s, created, draft, saved } = savedPost();
    expect(saved).toEqual({ ...draft, createdAt: created.createdAt, updatedAt: '2026-11-20T09:01:00.000Z' });
    expect(s.drafts.get(draft.id)).toEqual(saved);
  });

  it('keeps inherited captions inheriting and variants as written; a reset variant inherits again', () => {
    const { s, saved } = savedPost();
    const edited = s.drafts.save(
      withChanges(saved, {
        body: 'Now with rye',
        targets: saved.targets.map((t) => (t.id === 't-ig' ? { ...t, caption: null } : t.id === 't-fb' ? { ...t, caption: 'Facebook only' } : t)),
      }),
    );
    expect(edited.body).toBe('Now with rye');
    expect(edited.targets.map((t) => [t.id, t.caption])).toEqual([
      ['t-ig', null],
      ['t-fb', 'Facebook only'],
      ['t-tt', null],
    ]);
    // Empty is a variant of its own, not "inherit".
    const emptied = s.drafts.save(withChanges(edited, { targets: edited.targets.map((t) => ({ ...t, caption: t.id === 't-tt' ? '' : t.caption })) }));
    expect(emptied.targets.find((t) => t.id === 't-tt')?.caption).toBe('');
  });

  it('keeps the media order the owner set, and the targets in the order given', () => {
    const { s, saved, media } = savedPost();
    const reordered = s.drafts.save(withChanges(saved, { mediaIds: [media.extra, media.photo, media.clip], targets: [...saved.targets].reverse() }));
    expect(reordered.mediaIds).toEqual([media.extra, media.photo, media.clip]);
    expect(reordered.targets.map((t) => t.id)).toEqual(['t-tt', 't-fb', 't-ig']);
    expect(s.drafts.get(saved.id)).toEqual(reordered);
  });

  it("drops a target's media that are no longer among the post's media", () => {
    const { s, saved, media } = savedPost();
    const without = s.drafts.save(withChanges(saved, { mediaIds: [media.clip, media.extra] }));
    expect(without.targets.find((t) => t.id === 't-tt')?.mediaIds).toEqual([media.extra]);
    expect(without.targets.find((t) => t.id === 't-ig')?.mediaIds).toEqual([media.clip]);
  });

  it('stores new targets as drafts whatever status the caller sends', () => {
    const s = open();
    const created = s.drafts.create();
    const saved = s.drafts.save(withChanges(created, { targets: [target('t1', 'facebook', { status: 'published' })] }));
    expect(saved.targets[0]?.status).toBe('draft');
  });

  it('removes a draft target the owner took out', () => {
    const { s, saved } = savedPost();
    const after = s.drafts.save(withChanges(saved, { targets: saved.targets.filter((t) => t.id !== 't-fb') }));
    expect(after.targets.map((t) => t.id)).toEqual(['t-ig', 't-tt']);
    expect(s.count('targets')).toBe(2);
  });

  it.each(['scheduled', 'publishing', 'published'] as const)('refuses to remove a %s target, and changes nothing', (status) => {
    const { s, saved } = savedPost();
    s.schedule('t-fb', status);
    const stored = s.drafts.get(saved.id);
    expect(() => s.drafts.save(withChanges(stored, { body: 'lost?', targets: stored.targets.filter((t) => t.id !== 't-fb') }))).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', message: expect.stringContaining('The Facebook version of this post') }),
    );
    expect(s.drafts.get(saved.id)).toEqual(stored);
  });

  it.each(['publishing', 'published'] as const)('keeps a post with a %s target as it was sent: edits and fixes are refused', (status) => {
    const { s, saved } = savedPost();
    s.schedule('t-ig', status);
    const stored = s.drafts.get(saved.id);
    const rewrite = withChanges(stored, {
      body: 'rewritten history',
      targets: stored.targets.map((t) => (t.id === 't-ig' ? { ...t, caption: 'other words', postType: 'story' as const } : t)),
    });
    expect(() => s.drafts.save(rewrite)).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', message: expect.stringMatching(/^The Instagram version of this post .*, so it cannot be edited\.$/) }),
    );
    expect(s.drafts.get(saved.id)).toEqual(stored);
  });

  it("never touches a scheduled target's status or due time, while its text still saves", () => {
    const { s, saved } = savedPost();
    s.schedule('t-ig');
    const stored = s.drafts.get(saved.id);
    // The renderer may send a stale status: it is read-only here.
    const edited = s.drafts.save(
      withChanges(stored, { targets: stored.targets.map((t) => (t.id === 't-ig' ? { ...t, status: 'draft', caption: 'New words' } : t)) }),
    );
    expect(edited.targets.find((t) => t.id === 't-ig')).toMatchObject({ status: 'scheduled', caption: 'New words' });
    expect(s.db.prepare("SELECT status, due_at_utc, timezone FROM targets WHERE id = 't-ig'").get()).toEqual({
      status: 'scheduled',
      due_at_utc: '2026-12-01T10:00:00.000Z',
      timezone: 'Europe/Berlin',
    });
  });

  it('accepts a target without an account, and refuses one of another platform, leaving the stored draft as it was', () => {
    const s = open();
    s.addAccount('fb', 'facebook');
    const created = s.drafts.create();
    expect(s.drafts.save(withChanges(created, { targets: [target('t1', 'instagram')] })).targets[0]?.accountId).toBeNull();
    expect(() => s.drafts.save(withChanges(created, { body: 'x', targets: [target('t1', 'instagram', { accountId: 'fb' })] }))).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', message: expect.stringContaining('A Facebook account cannot be used for the Instagram') }),
    );
    expect(s.drafts.get(created.id).body).toBe('');
  });

  it('saves the text even when an account or a media item went away meanwhile: the target waits for an account, the item leaves the post', () => {
    const s = open();
    const created = s.drafts.create();
    const gone = 'f'.repeat(64);
    const saved = s.drafts.save(
      withChanges(created, { body: 'Still here', mediaIds: [gone], targets: [target('t1', 'instagram', { accountId: 'gone', mediaIds: [gone] })] }),
    );
    expect(saved.body).toBe('Still here');
    expect(saved.mediaIds).toEqual([]);
    expect(saved.targets[0]?.accountId).toBeNull();
    expect(saved.targets[0]?.mediaIds).toEqual([]);
  });

  it('answers NOT_FOUND for a post that does not exist or is in the bin', () => {
    const { s, saved } = savedPost();
    s.drafts.delete(saved.id);
    for (const act of [() => s.drafts.get(saved.id), () => s.drafts.save(saved), () => s.drafts.duplicate(saved.id), () => s.drafts.get('nope')]) {
      expect(act).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    }
  });

  it('duplicates text, media and targets as a new unscheduled draft', () => {
    const { s, saved } = savedPost();
    s.schedule('t-fb');
    s.clock.advance(DAY);
    const copy = s.drafts.duplicate(saved.id);
    expect(copy.id).not.toBe(saved.id);
    expect(copy).toMatchObject({ body: saved.body, mediaIds: saved.mediaIds, stripMetadata: saved.stripMetadata });
    expect(copy.createdAt).toBe(s.clock.now().toISOString());
    expect(copy.targets.map(({ id: _id, ...rest }) => rest)).toEqual(saved.targets.map(({ id: _id, ...rest }) => ({ ...rest, status: 'draft' })));
    expect(copy.targets.map((t) => t.id).filter((id) => saved.targets.some((t) => t.id === id))).toEqual([]);
    const row = s.db.prepare('SELECT count(*) AS n FROM targets WHERE post_id = ? AND (due_at_utc IS NOT NULL OR timezone IS NOT NULL)').get(copy.id);
    expect(row?.n).toBe(0);
    // The original is untouched.
    expect(s.drafts.get(saved.id).targets.find((t) => t.id === 't-fb')?.status).toBe('scheduled');
  });

  it('moves a post to the bin and back', () => {
    const { s, saved } = savedPost();
    s.drafts.delete(saved.id);
    expect(s.drafts.listDrafts({})).toEqual([]);
    expect(() => s.drafts.get(saved.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    s.drafts.restore(saved.id);
    expect(s.drafts.get(saved.id)).toEqual(saved);
    // Restoring what is not in the bin changes nothing; what never existed is NOT_FOUND.
    s.drafts.restore(saved.id);
    expect(() => s.drafts.restore('nope')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => s.drafts.delete('nope')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('refuses to bin a post while a target is scheduled', () => {
    const { s, saved } = savedPost();
    s.schedule('t-tt');
    expect(() => s.drafts.delete(saved.id)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', action: 'Unschedule it first.' }));
    expect(s.drafts.get(saved.id).id).toBe(saved.id);
  });

  it(`purges posts that have been in the bin for more than ${BIN_RETENTION_DAYS} days, with their targets and media rows`, () => {
    const { s, saved } = savedPost();
    const recent = s.drafts.create();
    const kept = s.drafts.create();
    s.drafts.delete(saved.id);
    s.clock.advance(2 * DAY);
    s.drafts.delete(recent.id);
    s.clock.advance((BIN_RETENTION_DAYS - 1) * DAY);
    expect(s.drafts.purgeBin()).toBe(1);
    expect(s.count('posts')).toBe(2);
    expect(s.count('targets')).toBe(0);
    expect(s.count('post_media')).toBe(0);
    s.drafts.restore(recent.id);
    expect(s.drafts.listDrafts({}).map((d) => d.id).sort()).toEqual([kept.id, recent.id].sort());
  });

  it("replaces an item in the post's media, every target's selection and the reel cover", () => {
    const { s, saved, media } = savedPost();
    const fixed = s.addMedia('photo-fixed');
    const after = s.drafts.replaceMedia(saved.id, media.photo, fixed);
    expect(after.mediaIds).toEqual([fixed, media.clip, media.extra]);
    expect(after.targets.find((t) => t.id === 't-tt')?.mediaIds).toEqual([media.extra, fixed]);
    expect(after.targets.find((t) => t.id === 't-ig')?.options).toMatchObject({ coverMediaId: fixed });
    expect(JSON.stringify(after)).not.toContain(media.photo);
  });

  it('reads targets written by the bulk insert (no platform, type or options) from their account', () => {
    const s = open();
    s.addAccount('ig', 'instagram');
    createPostsRepository(s.db).insertPostWithTargets({ id: 'old', body: 'Written before the composer', createdAt: '2026-01-01T00:00:00.000Z' }, [
      { id: 'old-t', accountId: 'ig', status: 'draft', dueAtUtc: null, timezone: null, caption: null },
    ]);
    expect(s.drafts.get('old').targets).toEqual([target('old-t', 'instagram', { accountId: 'ig' })]);
  });

  describe('the drafts list', () => {
    function listFixture() {
      const s = open();
      s.addAccount('ig', 'instagram');
      s.addAccount('fb', 'facebook');
      const photo = s.addMedia('photo');
      const clip = s.addMedia('clip', 'video');
      const write = (body: string, changes: Partial<PostDraft> = {}) => {
        s.clock.advance(60_000);
        const draft = s.drafts.create();
        s.clock.advance(60_000);
        return s.drafts.save(withChanges(draft, { body, ...changes }));
      };
      // Written in this order, a minute apart, so "created" and "updated" orders are known.
      const bread = write('bread of the week: RYE', { mediaIds: [clip, photo], targets: [target('b-ig', 'instagram', { accountId: 'ig' })] });
      const cakes = write('Cakes on Sunday', { targets: [target('c-fb', 'facebook', { accountId: 'fb', caption: 'Facebook: 50% off cakes_today' })] });
      const empty = write('');
      const scheduled = write('Scheduled one', { targets: [target('s-ig', 'instagram', { accountId: 'ig' })] });
      s.schedule('s-ig');
      const binned = write('In the bin: bread');
      s.drafts.delete(binned.id);
      // Edited last: first by "updated".
      s.clock.advance(60_000);
      s.drafts.save(withChanges(bread, { body: 'bread of the week: rye and spelt' }));
      return { s, bread, cakes, empty, scheduled, photo, clip };
    }

    const ids = (list: { id: string }[]) => list.map((item) => item.id);

    it('lists drafts, newest edit first, with their media and targets; not scheduled posts, not the bin', () => {
      const { s, bread, cakes, empty, photo, clip } = listFixture();
      const list = s.drafts.listDrafts({});
      expect(ids(list)).toEqual([bread.id, empty.id, cakes.id]);
      expect(list[0]).toEqual({
        id: bread.id,
        body: 'bread of the week: rye and spelt',
        createdAt: bread.createdAt,
        updatedAt: s.clock.now().toISOString(),
        mediaIds: [clip, photo],
        targets: [{ platform: 'instagram', accountId: 'ig', status: 'draft' }],
      });
      expect(list[1]).toMatchObject({ mediaIds: [], targets: [] });
    });

    it('sorts by creation (newest first) or by text (ignoring case: "bread" before "Cakes")', () => {
      const { s, bread, cakes, empty } = listFixture();
      expect(ids(s.drafts.listDrafts({ sort: 'created' }))).toEqual([empty.id, cakes.id, bread.id]);
      expect(ids(s.drafts.listDrafts({ sort: 'text' }))).toEqual([empty.id, bread.id, cakes.id]);
    });

    it('searches the text and every caption variant, ignoring case', () => {
      const { s, bread, cakes } = listFixture();
      expect(ids(s.drafts.listDrafts({ search: 'RYE' }))).toEqual([bread.id]);
      expect(ids(s.drafts.listDrafts({ search: 'facebook:' }))).toEqual([cakes.id]);
      expect(ids(s.drafts.listDrafts({ search: '  CAKES ', sort: 'created' }))).toEqual([cakes.id]);
      // The scheduled and binned posts match "bread"/"one" but are not drafts.
      expect(ids(s.drafts.listDrafts({ search: 'one' }))).toEqual([]);
      expect(ids(s.drafts.listDrafts({ search: 'bread' }))).toEqual([bread.id]);
    });

    it('ignores case beyond ASCII: "BÄCKEREI" finds "Bäckerei", "öffnung" finds "Öffnungszeiten"', () => {
      const s = open();
      const german = s.drafts.save(withChanges(s.drafts.create(), { body: 'Bäckerei Öffnungszeiten am Sonntag' }));
      s.drafts.save(withChanges(s.drafts.create(), { body: 'Backerei without the umlaut' }));
      expect(ids(s.drafts.listDrafts({ search: 'BÄCKEREI' }))).toEqual([german.id]);
      expect(ids(s.drafts.listDrafts({ search: 'öffnung' }))).toEqual([german.id]);
    });

    it("matches the owner's % and _ as themselves", () => {
      const { s, cakes } = listFixture();
      expect(ids(s.drafts.listDrafts({ search: '50%' }))).toEqual([cakes.id]);
      expect(ids(s.drafts.listDrafts({ search: '5%f' }))).toEqual([]);
      expect(ids(s.drafts.listDrafts({ search: 'cakes_t' }))).toEqual([cakes.id]);
      expect(ids(s.drafts.listDrafts({ search: 'cakes_' }))).toEqual([cakes.id]);
      expect(ids(s.drafts.listDrafts({ search: 'f_cakes' }))).toEqual([]);
      expect(ids(s.drafts.listDrafts({ search: '\\' }))).toEqual([]);
    });

    it('filters by account, with search and sort', () => {
      const { s, bread, cakes } = listFixture();
      expect(ids(s.drafts.listDrafts({ accountId: 'ig' }))).toEqual([bread.id]);
      expect(ids(s.drafts.listDrafts({ accountId: 'fb', search: 'cakes' }))).toEqual([cakes.id]);
      expect(ids(s.drafts.listDrafts({ accountId: 'fb', search: 'rye' }))).toEqual([]);
    });

    it(`stops at ${DRAFTS_LIST_LIMIT} drafts, the most recent`, () => {
      const s = open();
      const all = Array.from({ length: DRAFTS_LIST_LIMIT + 1 }, () => {
        s.clock.advance(1000);
        return s.drafts.create();
      });
      const list = s.drafts.listDrafts({});
      expect(list).toHaveLength(DRAFTS_LIST_LIMIT);
      expect(list[0]?.id).toBe(all.at(-1)?.id);
      expect(ids(list)).not.toContain(all[0]?.id);
    });
  });
});
