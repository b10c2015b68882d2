import { afterEach, describe, expect, it } from 'vitest';
import { ScheduledItem, TargetDetails, type TargetStatus } from '../../../../../preload/contract';
import { useTempDirectory } from '../../../../support/useTempDirectory';
import { openPlanning, START, target, type Planning, type TargetState } from './planningFixtures';

const DUE = '2026-11-24T08:00:00.000Z'; // Tue 24 Nov, 09:00 in Paris
const LATER = '2026-11-25T09:30:00.000Z'; // Wed 25 Nov, 10:30 in Paris
const PROBLEM = JSON.stringify({ code: 'PLATFORM_UNAVAILABLE', message: 'Facebook did not answer.', action: 'Try again later.' });
const HANDOFF = JSON.stringify({ state: 'handed', scheduledPostId: '1234_5678', dueAt: DUE, fingerprint: 'abc' });

describe('the owner’s actions on a target', () => {
  const directory = useTempDirectory('target-operations');
  let planning: Planning | undefined;
  afterEach(() => planning?.store.database.close());

  function open() {
    planning = openPlanning(directory());
    planning.account('fb', 'facebook', "Rosie's Bakery");
    return planning;
  }

  /** A Facebook target in `status`, due at DUE, with the engine's columns as given. */
  function targetIn(p: Planning, id: string, status: TargetStatus, state: Partial<TargetState> = {}) {
    p.facebookPost(id, 'fb');
    p.setTarget(id, { status, due_at_utc: DUE, timezone: 'Europe/Paris', ...state });
    return id;
  }

  const LOCKED_FOR: Record<string, TargetStatus[]> = {
    reschedule: ['draft', 'publishing', 'published', 'failed', 'needs_attention'],
    publishNow: ['publishing', 'published', 'failed', 'needs_attention'],
    retry: ['draft', 'scheduled', 'publishing', 'published', 'missed'],
    cancel: ['draft', 'publishing', 'published'],
  };

  async function attempt(p: Planning, operation: string, targetId: string) {
    switch (operation) {
      case 'reschedule':
        return p.service.reschedule(targetId, LATER);
      case 'publishNow':
        return p.service.publishNow(targetId);
      case 'retry':
        return p.service.retry(targetId);
      default:
        return p.service.cancel(targetId);
    }
  }

  for (const [operation, statuses] of Object.entries(LOCKED_FOR)) {
    it(`${operation} is refused with TARGET_LOCKED from ${statuses.join(', ')}, and nothing changes`, async () => {
      const p = open();
      for (const status of statuses) {
        const id = targetIn(p, `t-${status}`, status, { handoff: HANDOFF });
        const before = p.row(id);
        await expect(attempt(p, operation, id)).rejects.toMatchObject({ code: 'TARGET_LOCKED' });
        expect(p.row(id)).toEqual(before);
        expect(p.lines(id)).toEqual([]);
      }
      expect(p.engine.withdrawHandoff).not.toHaveBeenCalled();
      expect(p.engine.wake).not.toHaveBeenCalled();
    });
  }

  it('says in words why a target is locked', () => {
    const p = open();
    targetIn(p, 't1', 'publishing');
    expect(() => p.service.reschedule('t1', LATER)).toThrow(
      expect.objectContaining({
        code: 'TARGET_LOCKED',
        message: 'The Facebook post is being published right now, so it cannot be moved to another time.',
        action: 'Wait until it is published.',
      }),
    );
  });

  it('answers NOT_FOUND for an unknown target and for one whose post is in the bin', async () => {
    const p = open();
    targetIn(p, 't1', 'failed');
    const postId = p.db.prepare('SELECT post_id FROM targets WHERE id = ?').get('t1')?.post_id as string;
    p.db.prepare('UPDATE posts SET deleted_at = ? WHERE id = ?').run(START, postId);
    for (const id of ['nope', 't1']) {
      expect(() => p.service.target(id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
      expect(() => p.service.retry(id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
      await expect(p.service.cancel(id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  describe('reschedule', () => {
    it('moves a scheduled target, lifts a hold, keeps its attempts, and says from when to when', () => {
      const p = open();
      targetIn(p, 't1', 'scheduled', { attempt: 1, not_before_utc: '2026-11-24T08:05:00.000Z', step_results: '{"upload":{"id":"v1"}}' });

      const item = p.service.reschedule('t1', '2026-11-25T10:30:00+01:00');

      expect(ScheduledItem.parse(item)).toEqual(item);
      expect(item).toMatchObject({ targetId: 't1', status: 'scheduled', dueAt: LATER, timezone: 'Europe/Paris', waitingUntil: null });
      expect(p.row('t1')).toMatchObject({ due_at_utc: LATER, not_before_utc: null, attempt: 1, step_results: '{"upload":{"id":"v1"}}' });
      expect(p.lines('t1')).toEqual([{ kind: 'rescheduled', message: 'Moved from Tue 24 Nov, 09:00 to Wed 25 Nov, 10:30 (Europe/Paris)' }]);
      expect(p.engine.wake).toHaveBeenCalledExactlyOnceWith('changed');
      expect(p.engine.onTargetsChanged).toHaveBeenCalledExactlyOnceWith(['t1']);
    });

    it('brings a missed target back to scheduled, its problem cleared', () => {
      const p = open();
      targetIn(p, 't1', 'missed', { due_at_utc: '2026-11-19T08:00:00.000Z', problem: PROBLEM });
      expect(p.service.reschedule('t1', LATER)).toMatchObject({ status: 'scheduled', dueAt: LATER, problem: null });
      expect(p.lines('t1')).toEqual([{ kind: 'rescheduled', message: 'Moved from Thu 19 Nov, 09:00 to Wed 25 Nov, 10:30 (Europe/Paris)' }]);
    });

    it("keeps a Facebook handoff (the engine moves it there) and records the owner's zone of now", () => {
      const p = open();
      targetIn(p, 't1', 'scheduled', { handoff: HANDOFF, timezone: 'Europe/Berlin' });
      p.setTimeZone('America/New_York');
      expect(p.service.reschedule('t1', LATER)).toMatchObject({ runsWhere: 'platform', timezone: 'America/New_York' });
      expect(p.row('t1').handoff).toBe(HANDOFF);
      expect(p.engine.withdrawHandoff).not.toHaveBeenCalled();
      expect(p.lines('t1')[0]?.message).toBe('Moved from Tue 24 Nov, 03:00 to Wed 25 Nov, 04:30 (America/New_York)');
    });

    it('refuses a time more than a minute in the past', () => {
      const p = open();
      targetIn(p, 't1', 'scheduled');
      expect(() => p.service.reschedule('t1', '2026-11-20T08:58:00.000Z')).toThrow(
        expect.objectContaining({ code: 'SCHEDULE_INVALID', message: 'Fri 20 Nov, 09:58 (Europe/Paris) has already passed.' }),
      );
      expect(p.row('t1').due_at_utc).toBe(DUE);
    });

    it("adds the account's posting-limit warning to the line", () => {
      const p = open();
      targetIn(p, 't1', 'scheduled');
      p.engine.ledgerWarning.mockReturnValue('Facebook allows 25 posts in 24 hours; this would be the 26th. It waits until 14:05.');
      p.service.reschedule('t1', LATER);
      expect(p.engine.ledgerWarning).toHaveBeenCalledWith('fb', new Date(LATER));
      expect(p.lines('t1')[0]?.message).toMatch(/\(Europe\/Paris\)\. Facebook allows 25 posts in 24 hours/);
    });
  });

  describe('publishNow', () => {
    it('makes a scheduled target due now', () => {
      const p = open();
      targetIn(p, 't1', 'scheduled');
      expect(p.service.publishNow('t1')).toMatchObject({ status: 'scheduled', dueAt: START });
      expect(p.lines('t1')).toEqual([{ kind: 'rescheduled', message: 'Publishing now instead of Tue 24 Nov, 09:00 (Europe/Paris)' }]);
      expect(p.engine.wake).toHaveBeenCalledWith('changed');
    });

    it('makes a missed target scheduled and due now', () => {
      const p = open();
      targetIn(p, 't1', 'missed', { problem: PROBLEM });
      expect(p.service.publishNow('t1')).toMatchObject({ status: 'scheduled', dueAt: START, problem: null });
    });

    it('schedules a ready draft now, fresh', () => {
      const p = open();
      p.facebookPost('t1', 'fb');
      p.setTarget('t1', { attempt: 3, step_results: '{"publish":{}}' });
      expect(p.service.publishNow('t1')).toMatchObject({ status: 'scheduled', dueAt: START, timezone: 'Europe/Paris' });
      expect(p.row('t1')).toMatchObject({ attempt: 0, step_results: '{}' });
      expect(p.lines('t1')).toEqual([{ kind: 'scheduled', message: 'Publishing now' }]);
    });

    it("refuses a draft without an account, but not one whose post's other destination still lacks one", () => {
      const p = open();
      p.post('Two places', [target('t1', 'facebook', { accountId: 'fb' }), target('t2', 'instagram')]);
      expect(() => p.service.publishNow('t2')).toThrow(expect.objectContaining({ code: 'POST_NOT_READY', message: expect.stringMatching(/Choose the Instagram account/) }));
      expect(p.row('t2').status).toBe('draft');
      expect(p.service.publishNow('t1')).toMatchObject({ status: 'scheduled' });
    });
  });

  describe('retry', () => {
    for (const status of ['failed', 'needs_attention'] as const) {
      it(`sends a ${status} target again now with fresh attempts, resuming after its last finished step`, () => {
        const p = open();
        targetIn(p, 't1', status, { attempt: 3, problem: PROBLEM, not_before_utc: '2026-11-20T10:00:00.000Z', step_results: '{"upload":{"id":"v1"}}' });
        const item = p.service.retry('t1');
        expect(item).toMatchObject({ status: 'scheduled', dueAt: START, problem: null, waitingUntil: null });
        expect(p.row('t1')).toMatchObject({ attempt: 0, problem: null, not_before_utc: null, step_results: '{"upload":{"id":"v1"}}' });
        expect(p.lines('t1')).toEqual([{ kind: 'retry', message: 'Trying again now, up to 3 attempts' }]);
        expect(p.engine.onTargetsChanged).toHaveBeenCalledWith(['t1']);
      });
    }
  });

  describe('cancel', () => {
    it('takes a scheduled target back to draft, unscheduled', async () => {
      const p = open();
      targetIn(p, 't1', 'scheduled', { not_before_utc: '2026-11-24T09:00:00.000Z' });
      const item = await p.service.cancel('t1');
      expect(item).toMatchObject({ status: 'draft', dueAt: null, timezone: null, waitingUntil: null });
      expect(p.lines('t1')).toEqual([{ kind: 'cancelled', message: 'Cancelled: back in drafts' }]);
      expect(p.engine.withdrawHandoff).not.toHaveBeenCalled();
      expect(p.engine.wake).toHaveBeenCalledWith('changed');
    });

    it('skips a missed target', async () => {
      const p = open();
      targetIn(p, 't1', 'missed', { problem: PROBLEM });
      expect(await p.service.cancel('t1')).toMatchObject({ status: 'draft', problem: null });
      expect(p.lines('t1')).toEqual([{ kind: 'cancelled', message: 'Skipped: back in drafts' }]);
    });

    it('takes failed and waiting targets back to draft', async () => {
      const p = open();
      targetIn(p, 't1', 'failed', { problem: PROBLEM });
      targetIn(p, 't2', 'needs_attention', { problem: PROBLEM });
      expect(await p.service.cancel('t1')).toMatchObject({ status: 'draft', problem: null });
      expect(await p.service.cancel('t2')).toMatchObject({ status: 'draft', problem: null });
    });

    it("takes a handed-over target off Facebook's schedule first, then back to draft", async () => {
      const p = open();
      targetIn(p, 't1', 'scheduled', { handoff: HANDOFF });
      let finishWithdrawal: () => void = () => undefined;
      p.engine.withdrawHandoff.mockImplementationOnce(() => new Promise<undefined>((resolve) => (finishWithdrawal = () => resolve(undefined))));

      const cancelling = p.service.cancel('t1');
      expect(p.engine.withdrawHandoff).toHaveBeenCalledExactlyOnceWith('t1');
      expect(p.row('t1').status).toBe('scheduled');
      finishWithdrawal();

      expect(await cancelling).toMatchObject({ status: 'draft', runsWhere: 'app' });
      expect(p.row('t1').handoff).toBeNull();
      expect(p.lines('t1')).toEqual([{ kind: 'cancelled', message: 'Cancelled: back in drafts' }]);
    });

    it('asks the engine to take back a hand-over still running, or one it declined', async () => {
      const p = open();
      targetIn(p, 't1', 'scheduled', { handoff: JSON.stringify({ state: 'handing' }) });
      targetIn(p, 't2', 'scheduled', { handoff: JSON.stringify({ state: 'declined', dueAt: DUE, contentAt: START }) });
      expect(p.service.itemsByIds(['t1', 't2']).map((item) => item.runsWhere)).toEqual(['app', 'app']);
      await p.service.cancel('t1');
      await p.service.cancel('t2');
      expect(p.engine.withdrawHandoff.mock.calls).toEqual([['t1'], ['t2']]);
      expect([p.row('t1').handoff, p.row('t2').handoff]).toEqual([null, null]);
    });

    it('changes nothing when Facebook could not take it off its schedule', async () => {
      const p = open();
      targetIn(p, 't1', 'scheduled', { handoff: HANDOFF });
      p.engine.withdrawHandoff.mockRejectedValueOnce(Object.assign(new Error('Facebook did not answer.'), { code: 'PLATFORM_UNAVAILABLE' }));
      await expect(p.service.cancel('t1')).rejects.toMatchObject({ code: 'PLATFORM_UNAVAILABLE' });
      expect(p.row('t1')).toMatchObject({ status: 'scheduled', handoff: HANDOFF });
      expect(p.lines('t1')).toEqual([]);
      expect(p.engine.wake).not.toHaveBeenCalled();
    });

    it('refuses when the target started publishing while Facebook answered', async () => {
      const p = open();
      targetIn(p, 't1', 'scheduled', { handoff: HANDOFF });
      p.engine.withdrawHandoff.mockImplementationOnce(async () => {
        p.setTarget('t1', { status: 'publishing' });
        return undefined;
      });
      await expect(p.service.cancel('t1')).rejects.toMatchObject({ code: 'TARGET_LOCKED' });
      expect(p.row('t1').status).toBe('publishing');
    });
  });

  describe('target details', () => {
    it('the item, what goes out, its timeline and the actions allowed now', () => {
      const p = open();
      p.post('The post text', [target('t1', 'facebook', { accountId: 'fb', caption: 'The Page’s own caption' })]);
      p.service.schedulePost(p.db.prepare('SELECT post_id FROM targets WHERE id = ?').get('t1')?.post_id as string, { kind: 'at', dueAt: DUE });

      const details = p.service.target('t1');

      expect(TargetDetails.parse(details)).toEqual(details);
      expect(details).toMatchObject({
        targetId: 't1',
        status: 'scheduled',
        excerpt: 'The Page’s own caption',
        caption: 'The Page’s own caption',
        timeline: [expect.objectContaining({ kind: 'scheduled', message: 'Scheduled for Tue 24 Nov, 09:00 (Europe/Paris)' })],
        actions: { publishNow: true, retry: false, reschedule: true, cancel: true },
      });
    });

    it('offers each state’s actions', () => {
      const p = open();
      const actions = (status: TargetStatus) => p.service.target(targetIn(p, `t-${status}`, status)).actions;
      expect(actions('scheduled')).toEqual({ publishNow: true, retry: false, reschedule: true, cancel: true });
      expect(actions('missed')).toEqual({ publishNow: true, retry: false, reschedule: true, cancel: true });
      expect(actions('failed')).toEqual({ publishNow: false, retry: true, reschedule: false, cancel: true });
      expect(actions('needs_attention')).toEqual({ publishNow: false, retry: true, reschedule: false, cancel: true });
      expect(actions('publishing')).toEqual({ publishNow: false, retry: false, reschedule: false, cancel: false });
      expect(actions('published')).toEqual({ publishNow: false, retry: false, reschedule: false, cancel: false });
    });

    it('offers Publish now on a draft only when it could go', () => {
      const p = open();
      p.post('Two places', [target('t1', 'facebook', { accountId: 'fb' }), target('t2', 'instagram')]);
      expect(p.service.target('t1').actions).toEqual({ publishNow: true, retry: false, reschedule: false, cancel: false });
      expect(p.service.target('t2').actions).toEqual({ publishNow: false, retry: false, reschedule: false, cancel: false });
    });
  });
});
