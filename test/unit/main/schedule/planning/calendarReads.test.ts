import { afterEach, describe, expect, it } from 'vitest';
import { PublishingOverview, ScheduledItem, type TargetStatus } from '../../../../../preload/contract';
import { createPostsRepository } from '../../../../../main/store/postsRepository';
import { useTempDirectory } from '../../../../support/useTempDirectory';
import { openPlanning, START, target, type Planning, type TargetState } from './planningFixtures';

const PROBLEM = { code: 'TOKEN_EXPIRED', message: 'Facebook no longer accepts the sign-in.', action: 'Reconnect it in Accounts.' } as const;

describe('reading the schedule', () => {
  const directory = useTempDirectory('calendar-reads');
  let planning: Planning | undefined;
  afterEach(() => planning?.store.database.close());

  function open() {
    planning = openPlanning(directory());
    planning.account('fb', 'facebook', "Rosie's Bakery");
    planning.account('ig', 'instagram', 'rosies.bakery');
    planning.account('tt', 'tiktok', 'Rosie on TikTok');
    return planning;
  }

  /** A one-target post in `status` due at `due`, with the engine's columns as given. */
  function placed(p: Planning, id: string, accountId: 'fb' | 'ig' | 'tt', status: TargetStatus, due: string | null, state: Partial<TargetState> = {}) {
    const platform = accountId === 'fb' ? 'facebook' : accountId === 'ig' ? 'instagram' : 'tiktok';
    p.post(`Post ${id}`, [target(id, platform, { accountId })]);
    p.setTarget(id, { status, due_at_utc: due, timezone: due === null ? null : 'Europe/Paris', ...state });
    return id;
  }

  const ids = (items: readonly ScheduledItem[]) => items.map((item) => item.targetId);

  describe('list', () => {
    it('gives the targets due in [from, to), earliest first, drafts with a time included', () => {
      const p = open();
      placed(p, 'before', 'fb', 'scheduled', '2026-11-22T22:59:59.999Z');
      placed(p, 'first', 'fb', 'scheduled', '2026-11-22T23:00:00.000Z');
      placed(p, 'published', 'ig', 'published', '2026-11-24T08:00:00.000Z');
      placed(p, 'draft-with-time', 'tt', 'draft', '2026-11-25T08:00:00.000Z');
      placed(p, 'draft', 'tt', 'draft', null);
      placed(p, 'tie-b', 'ig', 'failed', '2026-11-26T08:00:00.000Z');
      placed(p, 'tie-a', 'fb', 'missed', '2026-11-26T08:00:00.000Z');
      placed(p, 'end', 'fb', 'scheduled', '2026-11-29T23:00:00.000Z');

      // The week of Monday 23 November in Paris, asked with the page's offset.
      const items = p.service.list({ from: '2026-11-23T00:00:00+01:00', to: '2026-11-30T00:00:00+01:00' });

      expect(items.map((item) => ScheduledItem.parse(item))).toEqual(items);
      expect(ids(items)).toEqual(['first', 'published', 'draft-with-time', 'tie-a', 'tie-b']);
    });

    it('filters by account, platform and status; an empty filter does not filter', () => {
      const p = open();
      placed(p, 'fb-s', 'fb', 'scheduled', '2026-11-24T08:00:00.000Z');
      placed(p, 'ig-s', 'ig', 'scheduled', '2026-11-24T09:00:00.000Z');
      placed(p, 'ig-f', 'ig', 'failed', '2026-11-24T10:00:00.000Z');
      placed(p, 'tt-p', 'tt', 'published', '2026-11-24T11:00:00.000Z');
      const week = { from: '2026-11-23T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z' };

      expect(ids(p.service.list({ ...week, accountIds: ['ig'] }))).toEqual(['ig-s', 'ig-f']);
      expect(ids(p.service.list({ ...week, platforms: ['facebook', 'tiktok'] }))).toEqual(['fb-s', 'tt-p']);
      expect(ids(p.service.list({ ...week, statuses: ['scheduled'] }))).toEqual(['fb-s', 'ig-s']);
      expect(ids(p.service.list({ ...week, accountIds: ['ig', 'tt'], statuses: ['failed', 'published'] }))).toEqual(['ig-f', 'tt-p']);
      expect(ids(p.service.list({ ...week, accountIds: [], platforms: [], statuses: [] }))).toEqual(['fb-s', 'ig-s', 'ig-f', 'tt-p']);
    });

    it('leaves out posts in the bin', () => {
      const p = open();
      placed(p, 'binned', 'fb', 'failed', '2026-11-24T08:00:00.000Z');
      p.db.prepare("UPDATE posts SET deleted_at = ? WHERE body = 'Post binned'").run(START);
      expect(p.service.list({ from: '2026-11-23T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z' })).toEqual([]);
      expect(p.service.listProblems()).toEqual([]);
    });
  });

  describe('what an item shows', () => {
    it('account, excerpt, thumbnail, where it runs, live progress and the stored outcome', () => {
      const p = open();
      const [cake, bread] = [p.photo('cake'), p.photo('bread')];
      p.post('The post text\n\nwith lines', [
        target('own-media', 'instagram', { accountId: 'ig', mediaIds: [bread, cake], caption: 'Instagram  caption' }),
        target('post-media', 'facebook', { accountId: 'fb', postType: 'multi_photo' }),
      ], [cake, bread]);
      p.setTarget('own-media', {
        status: 'published',
        due_at_utc: '2026-11-19T08:00:00.000Z',
        published_at: '2026-11-19T08:04:00.000Z',
        permalink: 'https://instagram.com/p/abc',
        platform_post_id: '178',
        late_by_minutes: 4,
      });
      p.setTarget('post-media', {
        status: 'publishing',
        due_at_utc: '2026-11-20T08:59:00.000Z',
        handoff: JSON.stringify({ state: 'handed', scheduledPostId: '12_34', dueAt: '2026-11-20T08:59:00.000Z', fingerprint: 'f' }),
      });
      p.engine.liveProgress.mockImplementation((targetId) => (targetId === 'post-media' ? { step: 'Uploading the photos', progress: 0.5 } : null));

      const [published, publishing] = p.service.itemsByIds(['own-media', 'post-media']);

      expect(published).toEqual({
        targetId: 'own-media',
        postId: expect.any(String),
        platform: 'instagram',
        accountId: 'ig',
        accountName: 'rosies.bakery',
        postType: 'feed',
        excerpt: 'Instagram caption',
        thumbnailUrl: 'outpost-media://thumbnail/bread',
        status: 'published',
        dueAt: '2026-11-19T08:00:00.000Z',
        timezone: null,
        runsWhere: 'app',
        step: null,
        progress: null,
        waitingUntil: null,
        problem: null,
        publishedAt: '2026-11-19T08:04:00.000Z',
        permalink: 'https://instagram.com/p/abc',
        lateByMinutes: 4,
      });
      expect(publishing).toMatchObject({
        accountName: "Rosie's Bakery",
        postType: 'multi_photo',
        excerpt: 'The post text with lines',
        thumbnailUrl: 'outpost-media://thumbnail/cake',
        runsWhere: 'platform',
        step: 'Uploading the photos',
        progress: 0.5,
      });
    });

    it('no account, a disconnected account, no media, a text-only selection', () => {
      const p = open();
      const photo = p.photo('photo');
      p.post(
        'Words',
        [target('none', 'instagram'), target('gone', 'facebook', { accountId: 'fb' }), target('text', 'facebook', { accountId: 'fb', postType: 'text', mediaIds: [] })],
        [photo],
      );
      p.db.prepare('UPDATE accounts SET disconnected_at = ? WHERE id = ?').run(START, 'fb');
      p.post('Nothing attached', [target('bare', 'tiktok', { accountId: 'tt' })]);

      const [none, gone, text, bare] = p.service.itemsByIds(['none', 'gone', 'text', 'bare']);
      expect(none).toMatchObject({ accountId: null, accountName: null, thumbnailUrl: 'outpost-media://thumbnail/photo', dueAt: null, runsWhere: 'app' });
      expect(gone).toMatchObject({ accountId: 'fb', accountName: null });
      expect(text).toMatchObject({ thumbnailUrl: null });
      expect(bare).toMatchObject({ accountName: 'Rosie on TikTok', thumbnailUrl: null });
    });

    it('waits until a future hold only; a handoff not yet accepted by Facebook runs in the app', () => {
      const p = open();
      placed(p, 'held', 'ig', 'scheduled', '2026-11-20T08:00:00.000Z', { not_before_utc: '2026-11-20T09:30:00.000Z' });
      placed(p, 'hold-over', 'ig', 'scheduled', '2026-11-20T08:00:00.000Z', { not_before_utc: '2026-11-20T08:30:00.000Z' });
      placed(p, 'uploading', 'fb', 'scheduled', '2026-11-28T08:00:00.000Z', { handoff: JSON.stringify({ state: 'handing' }) });
      const [held, holdOver, uploading] = p.service.itemsByIds(['held', 'hold-over', 'uploading']);
      expect(held?.waitingUntil).toBe('2026-11-20T09:30:00.000Z');
      expect(holdOver?.waitingUntil).toBeNull();
      expect(uploading?.runsWhere).toBe('app');
    });

    it('the problem in words, as stored', () => {
      const p = open();
      placed(p, 'stuck', 'fb', 'needs_attention', '2026-11-19T08:00:00.000Z', { problem: JSON.stringify(PROBLEM) });
      expect(p.service.itemsByIds(['stuck'])[0]?.problem).toEqual(PROBLEM);
    });

    it('targets written before they had a platform or post type take the account’s and one from the media', () => {
      const p = open();
      createPostsRepository(p.db).insertPostWithTargets({ id: 'old-post', body: 'From an import', createdAt: START }, [
        { id: 'old', accountId: 'tt', status: 'scheduled', dueAtUtc: '2026-11-24T08:00:00.000Z', timezone: 'Europe/Paris', caption: null },
      ]);
      expect(p.service.itemsByIds(['old'])[0]).toMatchObject({ platform: 'tiktok', postType: 'video', excerpt: 'From an import' });
    });

    it('itemsByIds keeps the order asked and leaves out unknown ids', () => {
      const p = open();
      placed(p, 'a', 'fb', 'scheduled', '2026-11-24T08:00:00.000Z');
      placed(p, 'b', 'fb', 'scheduled', '2026-11-23T08:00:00.000Z');
      expect(ids(p.service.itemsByIds(['a', 'unknown', 'b']))).toEqual(['a', 'b']);
      expect(p.service.itemsByIds([])).toEqual([]);
    });
  });

  it('listProblems gives failed, waiting and missed targets whenever they were due', () => {
    const p = open();
    placed(p, 'missed-long-ago', 'fb', 'missed', '2026-01-05T08:00:00.000Z');
    placed(p, 'failed', 'ig', 'failed', '2026-11-19T08:00:00.000Z');
    placed(p, 'waiting-future', 'tt', 'needs_attention', '2027-02-01T08:00:00.000Z');
    placed(p, 'scheduled', 'fb', 'scheduled', '2026-11-24T08:00:00.000Z');
    placed(p, 'published', 'fb', 'published', '2026-11-18T08:00:00.000Z');
    expect(ids(p.service.listProblems())).toEqual(['missed-long-ago', 'failed', 'waiting-future']);
  });

  describe('overview', () => {
    it('counts, what is publishing, the next post and those needing the app within 24 hours', () => {
      const p = open();
      placed(p, 'overdue', 'ig', 'scheduled', '2026-11-20T08:30:00.000Z');
      placed(p, 'soon-fb-handed', 'fb', 'scheduled', '2026-11-20T12:00:00.000Z', {
        handoff: JSON.stringify({ state: 'handed', scheduledPostId: '1_2', dueAt: '2026-11-20T12:00:00.000Z', fingerprint: 'f' }),
      });
      placed(p, 'soon-tt', 'tt', 'scheduled', '2026-11-21T08:59:59.999Z');
      placed(p, 'tomorrow-later', 'tt', 'scheduled', '2026-11-21T09:00:00.000Z');
      placed(p, 'going', 'fb', 'publishing', '2026-11-20T08:55:00.000Z');
      placed(p, 'failed', 'ig', 'failed', '2026-11-19T08:00:00.000Z');
      placed(p, 'waiting', 'ig', 'needs_attention', '2026-11-19T09:00:00.000Z');
      placed(p, 'missed', 'tt', 'missed', '2026-11-18T08:00:00.000Z');
      placed(p, 'out', 'tt', 'published', '2026-11-18T09:00:00.000Z');
      placed(p, 'draft', 'tt', 'draft', null);
      p.engine.liveProgress.mockImplementation((targetId) => (targetId === 'going' ? { step: 'Publishing', progress: null } : null));

      const overview = p.service.overview();

      expect(PublishingOverview.parse(overview)).toEqual(overview);
      expect(overview).toMatchObject({ paused: false, upcoming: 4, needsAttention: 3 });
      expect(overview.publishing).toEqual([expect.objectContaining({ targetId: 'going', step: 'Publishing', progress: null })]);
      expect(overview.next?.targetId).toBe('overdue');
      expect(ids(overview.dueSoonInApp)).toEqual(['overdue', 'soon-tt']);
    });

    it('is empty with nothing scheduled', () => {
      const p = open();
      expect(p.service.overview()).toEqual({ paused: false, upcoming: 0, needsAttention: 0, publishing: [], next: null, dueSoonInApp: [] });
    });

    it('setPaused pauses through the engine and answers the new overview', () => {
      const p = open();
      expect(p.service.setPaused(true)).toMatchObject({ paused: true });
      expect(p.engine.setPaused).toHaveBeenCalledExactlyOnceWith(true);
      expect(p.service.setPaused(false).paused).toBe(false);
    });
  });

  describe('posting times', () => {
    it('lists every connected account, with its times or none', () => {
      const p = open();
      expect(p.service.slots()).toEqual([
        { accountId: 'fb', slots: [] },
        { accountId: 'ig', slots: [] },
        { accountId: 'tt', slots: [] },
      ]);
    });

    it("replaces an account's times, each once, weekday then time", () => {
      const p = open();
      p.service.setSlots('ig', [{ weekday: 5, time: '08:00' }]);
      const answer = p.service.setSlots('ig', [
        { weekday: 3, time: '18:00' },
        { weekday: 1, time: '09:30' },
        { weekday: 3, time: '07:05' },
        { weekday: 1, time: '09:30' },
      ]);
      expect(answer).toEqual([
        { accountId: 'fb', slots: [] },
        { accountId: 'ig', slots: [{ weekday: 1, time: '09:30' }, { weekday: 3, time: '07:05' }, { weekday: 3, time: '18:00' }] },
        { accountId: 'tt', slots: [] },
      ]);
      expect(p.service.slots()).toEqual(answer);
      expect(p.service.setSlots('ig', [])[1]).toEqual({ accountId: 'ig', slots: [] });
    });

    it('refuses an unknown or disconnected account with NOT_FOUND, and lists only connected ones', () => {
      const p = open();
      expect(() => p.service.setSlots('nope', [{ weekday: 1, time: '09:00' }])).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
      p.db.prepare('UPDATE accounts SET disconnected_at = ? WHERE id = ?').run(START, 'tt');
      expect(() => p.service.setSlots('tt', [{ weekday: 1, time: '09:00' }])).toThrow(
        expect.objectContaining({ code: 'NOT_FOUND', message: 'This account is not connected any more.' }),
      );
      expect(p.service.slots().map((entry) => entry.accountId)).toEqual(['fb', 'ig']);
    });

    it('the queue follows the owner to a new time zone', () => {
      const p = open();
      p.service.setSlots('fb', [{ weekday: 1, time: '09:00' }]);
      p.setTimeZone('America/New_York');
      const [item] = p.service.schedulePost(p.facebookPost('t1', 'fb'), { kind: 'queue' });
      expect(item).toMatchObject({ dueAt: '2026-11-23T14:00:00.000Z', timezone: 'America/New_York' });
      expect(p.lines('t1')[0]?.message).toBe('Added to the queue: Mon 23 Nov, 09:00 (America/New_York)');
    });

    it('the queue across the October change in Paris', () => {
      const p = open();
      p.setNow('2026-10-23T10:00:00.000Z'); // Friday 12:00 CEST
      p.service.setSlots('fb', [{ weekday: 6, time: '09:00' }, { weekday: 7, time: '02:30' }, { weekday: 1, time: '09:00' }]);
      const dues = ['a', 'b', 'c'].map((id) => p.service.schedulePost(p.facebookPost(id, 'fb'), { kind: 'queue' })[0]?.dueAt);
      // Saturday 09:00 CEST, Sunday 02:30 the first time (CEST), Monday 09:00 CET.
      expect(dues).toEqual(['2026-10-24T07:00:00.000Z', '2026-10-25T00:30:00.000Z', '2026-10-26T08:00:00.000Z']);
    });
  });
});
