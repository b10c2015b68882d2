import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTempDirectory } from '../../../../support/useTempDirectory';
import { afterStart, createEngineWorld, HOUR, MINUTE, type EngineWorld } from './engineFixtures';

/**
 * When the engine publishes, on a clock the test drives: due order, re-arming on edits, the
 * watchdog when the timer is lost, sleep and wake, start-up catch-up, clock changes both ways.
 */
describe('publish engine timing', () => {
  const directory = useTempDirectory('engine-timing');
  let world: EngineWorld;
  beforeEach(() => {
    world = createEngineWorld(directory());
    world.addAccount('ig', 'instagram');
    world.addAccount('tt', 'tiktok');
  });
  afterEach(async () => world.close());

  const publishCalls = () => world.publishers.instagram.callsOf('run', undefined, 'publish');
  const publishedAt = (targetId: string) => publishCalls().filter((call) => call.targetId === targetId).map((call) => call.at.toISOString());

  it('publishes each target at its time, in due order', async () => {
    world.addTarget('t-10', { accountId: 'ig', dueAt: afterStart(10 * MINUTE) });
    world.addTarget('t-5', { accountId: 'ig', dueAt: afterStart(5 * MINUTE) });
    world.addTarget('t-20', { accountId: 'ig', dueAt: afterStart(20 * MINUTE) });
    await world.startEngine();

    await world.clock.advance(4 * MINUTE);
    expect(publishCalls()).toEqual([]);
    await world.clock.advance(26 * MINUTE);

    expect(publishCalls().map((call) => [call.targetId, call.at.toISOString()])).toEqual([
      ['t-5', afterStart(5 * MINUTE).toISOString()],
      ['t-10', afterStart(10 * MINUTE).toISOString()],
      ['t-20', afterStart(20 * MINUTE).toISOString()],
    ]);
    for (const id of ['t-5', 't-10', 't-20']) {
      const target = world.target(id);
      expect(target.status).toBe('published');
      expect(target.platform_post_id).toBe(`publish-${id}`);
      expect(target.permalink).toBe(`https://example.test/p/publish-${id}`);
      expect(target.late_by_minutes).toBeNull();
    }
    expect(world.timeline('t-5').map((line) => [line.kind, line.outcome])).toEqual([
      ['attempt', 'info'],
      ['step', 'ok'],
      ['step', 'ok'],
      ['published', 'ok'],
    ]);
    expect(world.alerts.map((alert) => [alert.kind, alert.open.targetId])).toEqual([
      ['published', 't-5'],
      ['published', 't-10'],
      ['published', 't-20'],
    ]);
  });

  it('re-arms its one timer when a target is added or moved', async () => {
    world.addTarget('later', { accountId: 'ig', dueAt: afterStart(HOUR) });
    const engine = await world.startEngine();
    expect(world.clock.armedWakes()).toEqual([afterStart(HOUR)]);

    world.addTarget('added', { accountId: 'tt', dueAt: afterStart(10 * MINUTE) });
    engine.wake('changed');
    await world.clock.advance(0);
    expect(world.clock.armedWakes()).toEqual([afterStart(10 * MINUTE)]);

    world.moveTarget('later', afterStart(5 * MINUTE));
    engine.wake('changed');
    await world.clock.advance(0);
    expect(world.clock.armedWakes()).toEqual([afterStart(5 * MINUTE)]);

    await world.clock.advance(5 * MINUTE);
    expect(publishedAt('later')).toEqual([afterStart(5 * MINUTE).toISOString()]);
    expect(world.clock.armedWakes()).toEqual([afterStart(10 * MINUTE)]);
    await world.clock.advance(5 * MINUTE);
    expect(world.publishers.tiktok.callsOf('run', 'added', 'publish').map((call) => call.at)).toEqual([afterStart(10 * MINUTE)]);
    expect(world.clock.armedWakes()).toEqual([]);
  });

  it('does not publish a target moved later at its old time', async () => {
    world.addTarget('moved', { accountId: 'ig', dueAt: afterStart(10 * MINUTE) });
    const engine = await world.startEngine();
    world.moveTarget('moved', afterStart(30 * MINUTE));
    engine.wake('changed');
    await world.clock.advance(29 * MINUTE);
    expect(publishCalls()).toEqual([]);
    await world.clock.advance(MINUTE);
    expect(publishedAt('moved')).toEqual([afterStart(30 * MINUTE).toISOString()]);
  });

  it('publishes within a minute when its timer never fires (the watchdog re-reads)', async () => {
    world.addTarget('lost-timer', { accountId: 'ig', dueAt: afterStart(5 * MINUTE + 30_000) });
    await world.startEngine({ clock: { ...world.clock, wakeAt: () => () => undefined } });

    await world.clock.advance(5 * MINUTE + 30_000);
    expect(publishCalls()).toEqual([]);
    await world.clock.advance(30_000);
    expect(publishedAt('lost-timer')).toEqual([afterStart(6 * MINUTE).toISOString()]);
  });

  it('after a sleep within the grace window, publishes at once and says how late', async () => {
    world.addTarget('slept', { accountId: 'ig', dueAt: afterStart(30 * MINUTE) });
    await world.startEngine();
    await world.clock.advance(10 * MINUTE);
    world.clock.suspend(HOUR); // 08:10 → 09:10 with the lid closed

    await world.clock.advance(MINUTE); // the watchdog's next tick sees the wall clock jumped

    expect(publishedAt('slept')).toEqual([afterStart(71 * MINUTE).toISOString()]);
    const target = world.target('slept');
    expect(target.status).toBe('published');
    expect(target.late_by_minutes).toBe(41);
    expect(world.timeline('slept').at(-1)).toMatchObject({
      kind: 'late',
      message: 'Went out 41 minutes late: Outpost was not running at 08:30.',
    });
    expect(world.log.lines.some((line) => line.msg.includes('wall clock jumped'))).toBe(true);
  });

  it('after a sleep beyond the grace window, holds the target as missed and says why', async () => {
    world.addTarget('slept-long', { accountId: 'ig', dueAt: afterStart(30 * MINUTE) });
    await world.startEngine();
    await world.clock.advance(10 * MINUTE);
    world.clock.suspend(3 * HOUR);
    await world.clock.advance(MINUTE);

    expect(publishCalls()).toEqual([]);
    const target = world.target('slept-long');
    expect(target.status).toBe('missed');
    expect(target.problemOf).toEqual({
      code: 'SCHEDULE_INVALID',
      message: 'Missed its time (Tue 08:30) while Outpost was not running.',
      action: 'Publish now, reschedule or skip it.',
    });
    expect(world.timeline('slept-long').map((line) => line.kind)).toEqual(['missed']);
    expect(world.alerts).toEqual([
      expect.objectContaining({ kind: 'missed', open: { section: 'calendar', targetId: 'slept-long' } }),
    ]);
  });

  it('on start-up, catches up what is within the grace window and marks the rest missed', async () => {
    world.settings.timezone = 'Europe/Berlin';
    world.addTarget('recent', { accountId: 'ig', dueAt: afterStart(-37 * MINUTE) });
    world.addTarget('old', { accountId: 'tt', dueAt: afterStart(-3 * HOUR) });
    await world.startEngine();

    expect(world.target('recent')).toMatchObject({ status: 'published', late_by_minutes: 37 });
    expect(world.timeline('recent').at(-1)?.message).toBe('Went out 37 minutes late: Outpost was not running at 08:23.');
    expect(world.target('old').status).toBe('missed');
    expect(world.target('old').problemOf?.message).toBe('Missed its time (Tue 06:00) while Outpost was not running.');
    expect(world.publishers.tiktok.calls).toEqual([]);
  });

  it('uses the owner’s grace window as it is when it looks', async () => {
    world.settings.graceMinutes = 30;
    world.addTarget('recent', { accountId: 'ig', dueAt: afterStart(-37 * MINUTE) });
    await world.startEngine();
    expect(world.status('recent')).toBe('missed');
  });

  it('does not count lateness of a minute or less', async () => {
    world.addTarget('just-now', { accountId: 'ig', dueAt: afterStart(-50_000) });
    await world.startEngine();
    expect(world.target('just-now')).toMatchObject({ status: 'published', late_by_minutes: null });
    expect(world.timeline('just-now').map((line) => line.kind)).not.toContain('late');
  });

  it('does not call a post late because the platform took minutes to process it', async () => {
    world.addTarget('slow', { accountId: 'ig', dueAt: afterStart(5 * MINUTE) });
    world.publishers.instagram.script('slow', 'publish', { sleepMs: 3 * MINUTE }); // processing and moderation
    await world.startEngine();
    await world.clock.advance(10 * MINUTE);
    expect(world.target('slow')).toMatchObject({ status: 'published', late_by_minutes: null });
    expect(world.timeline('slow').map((line) => line.kind)).not.toContain('late');
  });

  it('when the clock jumps forward, publishes what became due once, and nothing early after it jumps back', async () => {
    world.addTarget('jumped-over', { accountId: 'ig', dueAt: afterStart(30 * MINUTE) });
    world.addTarget('afterwards', { accountId: 'ig', dueAt: afterStart(3 * HOUR) });
    await world.startEngine();
    await world.clock.advance(MINUTE);

    world.clock.jumpWall(45 * MINUTE); // 08:01 → 08:46
    await world.clock.advance(MINUTE);
    expect(publishedAt('jumped-over')).toEqual([afterStart(47 * MINUTE).toISOString()]);
    expect(publishedAt('afterwards')).toEqual([]);

    world.clock.jumpWall(-45 * MINUTE); // back to 08:02
    await world.clock.advance(MINUTE);
    await world.clock.advance(3 * HOUR);

    expect(publishedAt('jumped-over')).toHaveLength(1);
    const afterwards = publishedAt('afterwards');
    expect(afterwards).toHaveLength(1);
    expect(Date.parse(afterwards[0] ?? '')).toBeGreaterThanOrEqual(afterStart(3 * HOUR).getTime());
    expect(Date.parse(afterwards[0] ?? '')).toBeLessThan(afterStart(3 * HOUR + MINUTE).getTime());
    expect(world.log.lines.filter((line) => line.msg.includes('wall clock jumped'))).toHaveLength(2);
  });

  it('re-arms its timer after a clock jump, so the target goes at its time and not a watchdog tick later', async () => {
    world.addTarget('half-past', { accountId: 'ig', dueAt: afterStart(HOUR + 30_000) });
    await world.startEngine();
    await world.clock.advance(MINUTE);
    world.clock.jumpWall(30 * MINUTE); // the armed timer would now fire half an hour late
    await world.clock.advance(HOUR);
    expect(publishedAt('half-past')).toEqual([afterStart(HOUR + 30_000).toISOString()]);
  });

  it('when the clock jumps back before a target’s time, publishes it at its wall-clock time, not earlier', async () => {
    world.addTarget('due-0830', { accountId: 'ig', dueAt: afterStart(30 * MINUTE) });
    await world.startEngine();
    await world.clock.advance(20 * MINUTE);
    world.clock.jumpWall(-HOUR); // 08:20 → 07:20

    await world.clock.advance(69 * MINUTE); // 08:29 on the wall; its timer's running time is long over
    expect(publishCalls()).toEqual([]);
    await world.clock.advance(MINUTE);
    expect(publishedAt('due-0830')).toEqual([afterStart(30 * MINUTE).toISOString()]);
    await world.clock.advance(2 * HOUR);
    expect(publishCalls()).toHaveLength(1);
  });
});
