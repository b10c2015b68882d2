import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTempDirectory } from '../../../../support/useTempDirectory';
import { afterStart, createEngineWorld, HOUR, MINUTE, START, type EngineWorld } from './engineFixtures';
import { platformErrors } from './platformErrorFixtures';

/**
 * Slowing down and sharing out: throttles per account and per app (counted in calls, so a tight
 * loop would show), usage headers, the 24-hour posting limit, and the lanes (accounts in
 * parallel, one account at a time, at most four at once).
 */
describe('publish engine throttling, limits and lanes', () => {
  const directory = useTempDirectory('engine-throttling');
  let world: EngineWorld;
  beforeEach(() => {
    world = createEngineWorld(directory());
    world.addAccount('ig', 'instagram');
    world.addAccount('ig2', 'instagram');
    world.addAccount('tt', 'tiktok');
  });
  afterEach(async () => world.close());

  const ig = () => world.publishers.instagram;
  /** Minutes after START of every step call (run or confirm) the Instagram publisher got for these targets. */
  const callMinutes = (...targetIds: string[]) =>
    ig()
      .calls.filter((call) => targetIds.includes(call.targetId) && (call.kind === 'run' || call.kind === 'confirm'))
      .map((call) => (call.at.getTime() - Date.parse(START)) / MINUTE);

  it('waits for a throttled account until the time the platform named; other accounts go on', async () => {
    world.addTarget('a1', { accountId: 'ig', dueAt: afterStart(0) });
    world.addTarget('a2', { accountId: 'ig', dueAt: afterStart(5 * MINUTE) });
    world.addTarget('b1', { accountId: 'ig2', dueAt: afterStart(5 * MINUTE) });
    ig().script('a1', 'publish', { error: platformErrors.throttled(afterStart(HOUR), 'account') });
    await world.startEngine();
    expect(world.clock.armedWakes()[0]).toEqual(afterStart(5 * MINUTE));

    await world.clock.advance(2 * HOUR);

    // a1: stage and publish at 0; then nothing for the account until 09:00, when a2 (due first) goes,
    // then a1, which looks on the platform before repeating its publish (confirm, then run).
    expect(callMinutes('a1', 'a2').filter((minute) => minute > 0 && minute < 60)).toEqual([]);
    expect(callMinutes('a1', 'a2')).toEqual([0, 0, 60, 60, 60, 60]);
    expect(callMinutes('b1')).toEqual([5, 5]);
    expect(world.target('a1')).toMatchObject({ status: 'published', attempt: 1 });
    expect(world.timeline('a1').find((line) => line.kind === 'throttled')?.message).toBe(
      'Meta asked Outpost to slow down: too many calls. Trying again at 09:00.',
    );
    expect(world.status('a2')).toBe('published');
  });

  it('waits for every account of a throttled app, and only that app', async () => {
    world.addTarget('a1', { accountId: 'ig', dueAt: afterStart(0) });
    world.addTarget('b1', { accountId: 'ig2', dueAt: afterStart(5 * MINUTE) });
    world.addTarget('t1', { accountId: 'tt', dueAt: afterStart(5 * MINUTE) });
    ig().script('a1', 'publish', { error: platformErrors.throttled(afterStart(30 * MINUTE), 'app') });
    await world.startEngine();
    await world.clock.advance(HOUR);

    expect(callMinutes('b1')).toEqual([30, 30]);
    expect(callMinutes('a1')).toEqual([0, 0, 30, 30]);
    expect(world.publishers.tiktok.callsOf('run', 't1').map((call) => (call.at.getTime() - Date.parse(START)) / MINUTE)).toEqual([5, 5]);
  });

  it('waits while Meta’s usage headers say the account is about to run out', async () => {
    world.usage.record({
      app: 'facebookApp',
      observedAt: afterStart(0),
      headers: {
        businessUseCaseUsage: {
          'p-ig': [{ type: 'instagram_content_publish', callCount: 100, totalCputime: 10, totalTime: 10, estimatedMinutesToRegainAccess: 20 }],
        },
      },
    });
    world.addTarget('a1', { accountId: 'ig', dueAt: afterStart(0) });
    world.addTarget('b1', { accountId: 'ig2', dueAt: afterStart(0) });
    await world.startEngine();
    expect(world.clock.armedWakes()).toEqual([afterStart(20 * MINUTE)]);
    await world.clock.advance(HOUR);

    expect(callMinutes('a1')).toEqual([20, 20]);
    expect(callMinutes('b1')).toEqual([0, 0]);
  });

  it('does not call a target missed while it waited its turn behind a long throttle', async () => {
    world.addTarget('a1', { accountId: 'ig', dueAt: afterStart(0) });
    world.addTarget('a2', { accountId: 'ig', dueAt: afterStart(5 * MINUTE) });
    ig().script('a1', 'publish', { error: platformErrors.throttled(afterStart(3 * HOUR), 'account') });
    await world.startEngine();
    await world.clock.advance(4 * HOUR);

    expect(world.target('a2')).toMatchObject({ status: 'published', late_by_minutes: 175 });
    expect(world.timeline('a2').at(-1)?.message).toBe('Went out 2 hours 55 minutes late: it waited its turn (see the lines above).');
    expect(callMinutes('a1', 'a2').filter((minute) => minute > 0 && minute < 180)).toEqual([]);
  });

  it('holds a target that would go over the account’s 24-hour limit until a post leaves the window', async () => {
    world.db.prepare('UPDATE accounts SET publishing_limit = ? WHERE id = ?').run(JSON.stringify({ quotaTotal: 2, quotaUsage: 2 }), 'ig');
    for (const [id, hoursAgo] of [['old', 23], ['recent', 1]] as const) {
      world.addTarget(id, { accountId: 'ig', dueAt: afterStart(-hoursAgo * HOUR), status: 'published' });
      world.db.prepare('UPDATE targets SET published_at = ? WHERE id = ?').run(afterStart(-hoursAgo * HOUR).toISOString(), id);
    }
    world.addTarget('third', { accountId: 'ig', dueAt: afterStart(0) });
    await world.startEngine();

    expect(world.target('third')).toMatchObject({ status: 'scheduled', attempt: 0, not_before_utc: afterStart(HOUR).toISOString() });
    expect(world.timeline('third')).toEqual([
      expect.objectContaining({ kind: 'held', message: 'Held until 09:00: Instagram allows 2 posts in 24 hours, and this account has made 2.' }),
    ]);
    expect(world.clock.armedWakes()).toEqual([afterStart(HOUR)]);

    await world.clock.advance(HOUR - 1);
    expect(callMinutes('third')).toEqual([]);
    await world.clock.advance(1);
    expect(callMinutes('third')).toEqual([60, 60]);
    expect(world.status('third')).toBe('published');
  });

  describe('lanes', () => {
    const publishStarts = (targetId: string) =>
      ig().callsOf('run', targetId, 'stage').map((call) => (call.at.getTime() - Date.parse(START)) / MINUTE);

    it('publishes different accounts in parallel and one account’s targets one at a time, in due order', async () => {
      world.addTarget('x2', { accountId: 'ig', dueAt: afterStart(1000) });
      world.addTarget('x1', { accountId: 'ig', dueAt: afterStart(0) });
      world.addTarget('y1', { accountId: 'ig2', dueAt: afterStart(0) });
      for (const id of ['x1', 'x2', 'y1']) ig().script(id, 'publish', { sleepMs: MINUTE });
      const engine = await world.startEngine();
      await world.clock.advance(1000);
      expect(engine.isPublishing()).toBe(true);
      expect(engine.liveProgress('x1')).toEqual({ step: 'Doing publish', progress: 0.5 });
      expect(engine.liveProgress('x2')).toBeNull();

      await world.clock.advance(3 * MINUTE);
      expect(publishStarts('x1')).toEqual([0]);
      expect(publishStarts('y1')).toEqual([0]);
      expect(publishStarts('x2')).toEqual([1]);
      expect(engine.isPublishing()).toBe(false);
      expect(engine.liveProgress('x1')).toBeNull();
    });

    it('runs at most four accounts at once', async () => {
      const ids = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'];
      ids.forEach((id) => {
        world.addAccount(`acct-${id}`, 'instagram');
        world.addTarget(id, { accountId: `acct-${id}`, dueAt: afterStart(0) });
        ig().script(id, 'publish', { sleepMs: MINUTE });
      });
      await world.startEngine();
      await world.clock.advance(10 * MINUTE);
      expect(ids.map((id) => publishStarts(id)[0])).toEqual([0, 0, 0, 0, 1, 1]);
    });

    it('sends progress no more often than the interval, but every new step', async () => {
      world.addTarget('p1', { accountId: 'ig', dueAt: afterStart(0) });
      const engine = world.createEngine();
      const progress: { step: string; progress: number | null }[] = [];
      engine.onProgress((event) => progress.push({ step: event.step, progress: event.progress }));
      engine.start();
      await world.clock.advance(0);
      // Each step: null when it starts, then 0.5 from the step itself (the interval has not passed).
      expect(progress).toEqual([
        { step: 'Doing stage', progress: null },
        { step: 'Doing publish', progress: null },
      ]);
    });
  });
});
