import { afterEach, describe, expect, it } from 'vitest';
import { ScheduledItem, SchedulePlan } from '../../../../../preload/contract';
import { useTempDirectory } from '../../../../support/useTempDirectory';
import { at, NOW, openPlanning, QUEUE, START, target, type Planning } from './planningFixtures';

describe('scheduling a post', () => {
  const directory = useTempDirectory('schedule-post');
  let planning: Planning | undefined;
  afterEach(() => planning?.store.database.close());

  function open() {
    planning = openPlanning(directory());
    planning.account('fb', 'facebook', "Rosie's Bakery");
    planning.account('fb2', 'facebook', 'Rosie Catering');
    return planning;
  }

  describe('schedulePost', () => {
    it('schedules every draft target at the instant, fresh, with a timeline line in the owner’s zone, then wakes the engine', () => {
      const p = open();
      const postId = p.post('Fresh sourdough', [target('t1', 'facebook', { accountId: 'fb' }), target('t2', 'facebook', { accountId: 'fb2' })]);
      // Left over from an earlier run while it was a draft: all of it goes.
      p.setTarget('t1', {
        attempt: 2,
        problem: '{"code":"INTERNAL","message":"x","action":null}',
        step_results: '{"upload":{}}',
        step_started: 'upload',
        not_before_utc: '2026-11-21T00:00:00.000Z',
        late_by_minutes: 4,
      });

      const items = p.service.schedulePost(postId, at('2026-11-24T09:00:00+01:00'));

      expect(items.map((item) => ScheduledItem.parse(item))).toEqual(items);
      expect(items.map((item) => [item.targetId, item.status, item.dueAt, item.timezone])).toEqual([
        ['t1', 'scheduled', '2026-11-24T08:00:00.000Z', 'Europe/Paris'],
        ['t2', 'scheduled', '2026-11-24T08:00:00.000Z', 'Europe/Paris'],
      ]);
      expect(p.row('t1')).toMatchObject({
        status: 'scheduled',
        due_at_utc: '2026-11-24T08:00:00.000Z',
        timezone: 'Europe/Paris',
        attempt: 0,
        problem: null,
        step_results: '{}',
        step_started: null,
        not_before_utc: null,
        late_by_minutes: null,
      });
      expect(p.lines('t1')).toEqual([{ kind: 'scheduled', message: 'Scheduled for Tue 24 Nov, 09:00 (Europe/Paris)' }]);
      expect(p.timeline.list('t1')[0]).toMatchObject({ at: START, outcome: 'info', attempt: null });
      expect(p.engine.wake).toHaveBeenCalledExactlyOnceWith('changed');
      expect(p.engine.onTargetsChanged).toHaveBeenCalledExactlyOnceWith(['t1', 't2']);
    });

    it('"now" is due at once', () => {
      const p = open();
      const postId = p.facebookPost('t1', 'fb');
      const [item] = p.service.schedulePost(postId, NOW);
      expect(item).toMatchObject({ status: 'scheduled', dueAt: START });
      expect(p.lines('t1')).toEqual([{ kind: 'scheduled', message: 'Publishing now' }]);
    });

    it("the queue gives each account's target that account's next free slot", () => {
      const p = open();
      p.service.setSlots('fb', [{ weekday: 1, time: '09:00' }]);
      p.service.setSlots('fb2', [{ weekday: 2, time: '18:30' }]);
      const postId = p.post('Both Pages', [target('t1', 'facebook', { accountId: 'fb' }), target('t2', 'facebook', { accountId: 'fb2' })]);

      const items = p.service.schedulePost(postId, QUEUE);

      expect(items.map((item) => [item.targetId, item.dueAt])).toEqual([
        ['t1', '2026-11-23T08:00:00.000Z'],
        ['t2', '2026-11-24T17:30:00.000Z'],
      ]);
      expect(p.lines('t1')).toEqual([{ kind: 'scheduled', message: 'Added to the queue: Mon 23 Nov, 09:00 (Europe/Paris)' }]);
    });

    it('the queue skips slots the account already uses, and two targets on one account take two slots', () => {
      const p = open();
      p.service.setSlots('fb', [{ weekday: 1, time: '09:00' }, { weekday: 3, time: '09:00' }]);
      p.service.schedulePost(p.facebookPost('earlier', 'fb'), QUEUE);
      const postId = p.post('Twice', [target('t1', 'facebook', { accountId: 'fb' }), target('t2', 'facebook', { accountId: 'fb' })]);

      const items = p.service.schedulePost(postId, QUEUE);

      expect(p.row('earlier').due_at_utc).toBe('2026-11-23T08:00:00.000Z');
      expect(items.map((item) => item.dueAt)).toEqual(['2026-11-25T08:00:00.000Z', '2026-11-30T08:00:00.000Z']);
    });

    it('leaves targets already scheduled at their time and schedules the new draft one', () => {
      const p = open();
      const postId = p.post('Again', [target('t1', 'facebook', { accountId: 'fb' }), target('t2', 'facebook', { accountId: 'fb2' })]);
      p.setTarget('t1', { status: 'scheduled', due_at_utc: '2026-12-01T10:00:00.000Z', timezone: 'Europe/Paris' });

      const items = p.service.schedulePost(postId, at('2026-11-25T12:00:00.000Z'));

      expect(items.map((item) => item.targetId)).toEqual(['t2']);
      expect(p.row('t1').due_at_utc).toBe('2026-12-01T10:00:00.000Z');
      expect(p.lines('t1')).toEqual([]);
    });

    it("writes the account's posting-limit warning after the timeline line", () => {
      const p = open();
      p.engine.ledgerWarning.mockReturnValue('Facebook allows 25 posts in 24 hours; this would be the 26th. It waits until 14:05.');
      p.service.schedulePost(p.facebookPost('t1', 'fb'), at('2026-11-24T08:00:00.000Z'));
      expect(p.engine.ledgerWarning).toHaveBeenCalledWith('fb', new Date('2026-11-24T08:00:00.000Z'));
      expect(p.lines('t1')[0]?.message).toBe(
        'Scheduled for Tue 24 Nov, 09:00 (Europe/Paris). Facebook allows 25 posts in 24 hours; this would be the 26th. It waits until 14:05.',
      );
    });

    it('accepts a time less than a minute ago (clocks differ) and refuses one further back', () => {
      const p = open();
      const ok = p.facebookPost('t1', 'fb');
      expect(p.service.schedulePost(ok, at('2026-11-20T08:59:00.000Z'))[0]?.dueAt).toBe('2026-11-20T08:59:00.000Z');

      const late = p.facebookPost('t2', 'fb');
      expect(() => p.service.schedulePost(late, at('2026-11-20T08:58:59.999Z'))).toThrow(
        expect.objectContaining({ code: 'SCHEDULE_INVALID', message: 'Fri 20 Nov, 09:58 (Europe/Paris) has already passed.' }),
      );
      expect(p.row('t2').status).toBe('draft');
    });

    it('refuses a post that is not ready, saying what to fix, and changes nothing', () => {
      const p = open();
      const postId = p.post('No account yet', [target('t1', 'facebook', { accountId: 'fb' }), target('t2', 'instagram')]);

      let refusal: unknown;
      try {
        p.service.schedulePost(postId, NOW);
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toMatchObject({ code: 'POST_NOT_READY', action: 'Fix this in the composer, then schedule it again.' });
      expect((refusal as Error).message).toMatch(/^This post is not ready to schedule\. .*Choose the Instagram account to post to\./);
      expect(p.row('t1').status).toBe('draft');
      expect(p.engine.wake).not.toHaveBeenCalled();
      expect(p.engine.onTargetsChanged).not.toHaveBeenCalled();
    });

    it('refuses a post with no destination', () => {
      const p = open();
      const postId = p.post('Nowhere', []);
      expect(() => p.service.schedulePost(postId, NOW)).toThrow(
        expect.objectContaining({ code: 'POST_NOT_READY', message: 'This post has nowhere to go yet: choose where to post it.' }),
      );
    });

    it('refuses when every destination is already scheduled', () => {
      const p = open();
      const postId = p.facebookPost('t1', 'fb');
      p.service.schedulePost(postId, NOW);
      expect(() => p.service.schedulePost(postId, NOW)).toThrow(
        expect.objectContaining({ code: 'POST_NOT_READY', message: 'Every destination of this post is already scheduled or sent.' }),
      );
    });

    it('refuses the queue for an account without posting times, naming it, and schedules none of the targets', () => {
      const p = open();
      p.service.setSlots('fb', [{ weekday: 1, time: '09:00' }]);
      const postId = p.post('Both', [target('t1', 'facebook', { accountId: 'fb' }), target('t2', 'facebook', { accountId: 'fb2' })]);

      expect(() => p.service.schedulePost(postId, QUEUE)).toThrow(
        expect.objectContaining({ code: 'SCHEDULE_INVALID', message: 'No posting times are set for Rosie Catering.' }),
      );
      expect([p.row('t1').status, p.row('t2').status]).toEqual(['draft', 'draft']);
      expect(p.lines('t1')).toEqual([]);
    });

    it('refuses the queue when every slot of the next 8 weeks is taken', () => {
      const p = open();
      p.service.setSlots('fb', [{ weekday: 1, time: '09:00' }]);
      for (let week = 0; week < 8; week += 1) p.service.schedulePost(p.facebookPost(`w${week}`, 'fb'), QUEUE);
      expect(p.row('w7').due_at_utc).toBe('2027-01-11T08:00:00.000Z');

      expect(() => p.service.schedulePost(p.facebookPost('t1', 'fb'), QUEUE)).toThrow(
        expect.objectContaining({ code: 'SCHEDULE_INVALID', message: "Every posting time of Rosie's Bakery in the next 8 weeks is taken." }),
      );
    });

    it('answers NOT_FOUND for an unknown post', () => {
      const p = open();
      expect(() => p.service.schedulePost('nope', NOW)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    });
  });

  describe('plan', () => {
    it('says, per draft target, when it would go, where it runs and what to look out for, and changes nothing', () => {
      const p = open();
      const postId = p.post('Plan me', [target('t1', 'facebook', { accountId: 'fb' }), target('t2', 'facebook', { accountId: 'fb2' })]);
      p.engine.handoffAccepts.mockImplementation((targetId) => targetId === 't1');
      p.engine.ledgerWarning.mockImplementation((accountId) =>
        accountId === 'fb2' ? 'Facebook allows 25 posts in 24 hours; this would be the 26th. It waits until 14:05.' : null,
      );

      const plan = p.service.plan(postId, at('2026-11-24T08:00:00.000Z'));

      expect(SchedulePlan.parse(plan)).toEqual(plan);
      expect(plan.validation).toEqual(p.posts.get(postId).validation);
      expect(plan.targets).toEqual([
        { targetId: 't1', platform: 'facebook', accountName: "Rosie's Bakery", status: 'draft', dueAt: '2026-11-24T08:00:00.000Z', runsWhere: 'platform', warnings: [] },
        {
          targetId: 't2',
          platform: 'facebook',
          accountName: 'Rosie Catering',
          status: 'draft',
          dueAt: '2026-11-24T08:00:00.000Z',
          runsWhere: 'app',
          warnings: ['Facebook allows 25 posts in 24 hours; this would be the 26th. It waits until 14:05.'],
        },
      ]);
      expect(p.engine.handoffAccepts).toHaveBeenCalledWith('t1', new Date('2026-11-24T08:00:00.000Z'));
      expect(p.row('t1').status).toBe('draft');
      expect(p.engine.wake).not.toHaveBeenCalled();
    });

    it('"now" plans for now', () => {
      const p = open();
      const plan = p.service.plan(p.facebookPost('t1', 'fb'), NOW);
      expect(plan.targets[0]).toMatchObject({ dueAt: START, runsWhere: 'app', warnings: [] });
    });

    it('the queue: the slot each would take, one each on a shared account, and in words when there is none', () => {
      const p = open();
      p.service.setSlots('fb', [{ weekday: 1, time: '09:00' }, { weekday: 3, time: '09:00' }]);
      const postId = p.post('Queue', [
        target('t1', 'facebook', { accountId: 'fb' }),
        target('t2', 'facebook', { accountId: 'fb' }),
        target('t3', 'facebook', { accountId: 'fb2' }),
      ]);

      const plan = p.service.plan(postId, QUEUE);

      expect(plan.targets.map((planned) => [planned.targetId, planned.dueAt, planned.warnings])).toEqual([
        ['t1', '2026-11-23T08:00:00.000Z', []],
        ['t2', '2026-11-25T08:00:00.000Z', []],
        ['t3', null, ['No posting times set for Rosie Catering: set them in Posting times.']],
      ]);
      // Nothing was reserved: planning again gives the same slots.
      expect(p.service.plan(postId, QUEUE).targets[0]?.dueAt).toBe('2026-11-23T08:00:00.000Z');
    });

    it('the queue, full for 8 weeks, says so', () => {
      const p = open();
      p.service.setSlots('fb', [{ weekday: 1, time: '09:00' }]);
      for (let week = 0; week < 8; week += 1) p.service.schedulePost(p.facebookPost(`w${week}`, 'fb'), QUEUE);
      const plan = p.service.plan(p.facebookPost('t1', 'fb'), QUEUE);
      expect(plan.targets[0]).toMatchObject({
        dueAt: null,
        runsWhere: 'app',
        warnings: ["Every posting time of Rosie's Bakery in the next 8 weeks is taken: add more in Posting times."],
      });
    });

    it('a target without an account: no name, no queue slot, and the validation says why', () => {
      const p = open();
      const postId = p.post('Who?', [target('t1', 'instagram')]);
      const plan = p.service.plan(postId, QUEUE);
      expect(plan.targets).toEqual([{ targetId: 't1', platform: 'instagram', accountName: null, status: 'draft', dueAt: null, runsWhere: 'app', warnings: [] }]);
      expect(plan.validation.readyToSchedule).toBe(false);
      expect(p.engine.ledgerWarning).not.toHaveBeenCalled();
    });

    it('warns about a time that has passed', () => {
      const p = open();
      const plan = p.service.plan(p.facebookPost('t1', 'fb'), at('2026-11-19T09:00:00.000Z'));
      expect(plan.targets[0]?.warnings).toEqual(['Thu 19 Nov, 10:00 (Europe/Paris) has already passed: choose a later time.']);
    });

    it('leaves out targets that are no longer drafts', () => {
      const p = open();
      const postId = p.post('Half', [target('t1', 'facebook', { accountId: 'fb' }), target('t2', 'facebook', { accountId: 'fb2' })]);
      p.setTarget('t1', { status: 'published', due_at_utc: '2026-11-19T09:00:00.000Z' });
      expect(p.service.plan(postId, NOW).targets.map((planned) => planned.targetId)).toEqual(['t2']);
    });
  });
});
