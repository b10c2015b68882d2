import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTempDirectory } from '../../../../support/useTempDirectory';
import { afterStart, createEngineWorld, HOUR, MINUTE, type EngineWorld } from './engineFixtures';
import { platformErrors } from './platformErrorFixtures';

/**
 * Facebook Page targets handed to Facebook's own schedule: handed over soon after scheduling,
 * moved or taken back when the owner changes them, confirmed after their time, withdrawn on cancel.
 */
describe('publish engine hand-over to the platform', () => {
  const directory = useTempDirectory('engine-handoff');
  let world: EngineWorld;
  beforeEach(() => {
    world = createEngineWorld(directory(), { facebookHandoff: true });
    world.addAccount('fb', 'facebook');
  });
  afterEach(async () => world.close());

  const fb = () => world.publishers.facebook;
  const appSteps = (targetId: string) => fb().callsOf('run', targetId).filter((call) => !call.step?.startsWith('handover:'));

  it('hands a target due in two hours to Facebook, then records it published when Facebook says so', async () => {
    world.addTarget('f1', { accountId: 'fb', dueAt: afterStart(2 * HOUR) });
    fb().publishedAs('f1', null, { platformPostId: 'fb-post-1', permalink: 'https://facebook.test/fb-post-1' });
    await world.startEngine();

    const handed = world.target('f1');
    expect(handed.status).toBe('scheduled');
    expect(handed.handoffOf).toMatchObject({ state: 'handed', scheduledPostId: 'handover:schedule-f1', dueAt: afterStart(2 * HOUR).toISOString() });
    expect(world.timeline('f1').at(-1)).toMatchObject({
      kind: 'handed_off',
      outcome: 'ok',
      message: 'Handed to Facebook: it goes out at 10:00 even if this computer is off.',
    });
    expect(world.clock.armedWakes()).toEqual([afterStart(2 * HOUR + 2 * MINUTE)]);

    await world.clock.advance(2 * HOUR + 3 * MINUTE);
    expect(fb().callsOf('checkPublished', 'f1').map((call) => call.at)).toEqual([afterStart(2 * HOUR + 2 * MINUTE)]);
    expect(world.status('f1')).toBe('scheduled');
    await world.clock.advance(MINUTE);
    expect(world.target('f1')).toMatchObject({ status: 'published', platform_post_id: 'fb-post-1', permalink: 'https://facebook.test/fb-post-1' });
    expect(appSteps('f1')).toEqual([]);
    expect(world.alerts.map((alert) => [alert.kind, alert.permalink])).toEqual([['published', 'https://facebook.test/fb-post-1']]);
  });

  it('publishes from the app what is due too soon for Facebook’s schedule', async () => {
    world.addTarget('soon', { accountId: 'fb', dueAt: afterStart(12 * MINUTE) });
    await world.startEngine();
    expect(world.target('soon').handoff).toBeNull();
    await world.clock.advance(12 * MINUTE);
    expect(appSteps('soon').map((call) => call.step)).toEqual(['stage', 'publish']);
    expect(fb().callsOf('accepts')).toEqual([]);
  });

  it('asks the publisher once, and publishes from the app what it does not accept', async () => {
    fb().accept(false);
    world.addTarget('declined', { accountId: 'fb', dueAt: afterStart(HOUR) });
    await world.startEngine();
    await world.clock.advance(HOUR);
    expect(fb().callsOf('accepts', 'declined')).toHaveLength(1);
    expect(world.target('declined').handoffOf).toMatchObject({ state: 'declined' });
    expect(world.status('declined')).toBe('published');
    expect(appSteps('declined').map((call) => call.at)).toEqual([afterStart(HOUR), afterStart(HOUR)]);
  });

  it('moves the post on Facebook when the target is rescheduled', async () => {
    world.addTarget('f1', { accountId: 'fb', dueAt: afterStart(2 * HOUR) });
    const engine = await world.startEngine();
    world.moveTarget('f1', afterStart(3 * HOUR));
    engine.wake('changed');
    await world.clock.advance(0);

    expect(fb().callsOf('move', 'f1')).toHaveLength(1);
    expect(world.target('f1').handoffOf).toMatchObject({ state: 'handed', dueAt: afterStart(3 * HOUR).toISOString() });
    expect(world.timeline('f1').at(-1)?.message).toBe('Moved on Facebook: it goes out at 11:00 even if this computer is off.');
    await world.clock.advance(HOUR);
    expect(fb().callsOf('move', 'f1')).toHaveLength(1);
  });

  it('takes the post back and publishes from the app when it is moved too close', async () => {
    world.addTarget('f1', { accountId: 'fb', dueAt: afterStart(2 * HOUR) });
    const engine = await world.startEngine();
    world.moveTarget('f1', afterStart(5 * MINUTE));
    engine.wake('changed');
    await world.clock.advance(0);

    expect(fb().callsOf('remove', 'f1')).toHaveLength(1);
    expect(world.target('f1')).toMatchObject({ handoff: null, stepResults: {} });
    expect(world.timeline('f1').at(-1)?.message).toBe('Taken back from Facebook’s schedule: Outpost publishes it at 08:05; keep Outpost running then.');
    await world.clock.advance(5 * MINUTE);
    expect(appSteps('f1').map((call) => call.step)).toEqual(['stage', 'publish']);
    expect(world.status('f1')).toBe('published');
  });

  it('takes the post back and hands the new version over when the post is edited', async () => {
    world.addTarget('f1', { accountId: 'fb', dueAt: afterStart(2 * HOUR) });
    const engine = await world.startEngine();
    const before = world.target('f1').handoffOf?.fingerprint;

    world.db.prepare(`UPDATE targets SET caption = 'A better caption' WHERE id = 'f1'`).run();
    engine.wake('changed');
    await world.clock.advance(0);

    expect(fb().callsOf('remove', 'f1')).toHaveLength(1);
    expect(fb().callsOf('run', 'f1', 'handover:schedule')).toHaveLength(2);
    const after = world.target('f1').handoffOf;
    expect(after).toMatchObject({ state: 'handed' });
    expect(after?.fingerprint).not.toBe(before);
    await world.clock.advance(MINUTE);
    expect(fb().callsOf('remove', 'f1')).toHaveLength(1);
  });

  it('fails with an explanation (and takes it off Facebook) when Facebook has not published it 15 minutes after its time', async () => {
    world.addTarget('f1', { accountId: 'fb', dueAt: afterStart(HOUR) });
    await world.startEngine();
    await world.clock.advance(HOUR + 16 * MINUTE);

    // Every two minutes from two minutes after its time; the one at +16 is past the deadline.
    expect(fb().callsOf('checkPublished', 'f1').map((call) => (call.at.getTime() - afterStart(HOUR).getTime()) / MINUTE)).toEqual([
      2, 4, 6, 8, 10, 12, 14, 16,
    ]);
    expect(fb().callsOf('remove', 'f1')).toHaveLength(1);
    expect(world.target('f1')).toMatchObject({ status: 'failed', handoff: null });
    expect(world.target('f1').problemOf).toEqual({
      code: 'PLATFORM_ERROR',
      message: 'Facebook did not publish this post at its time (09:00).',
      action: 'Check the Facebook Page; if the post is not there, publish now or reschedule it.',
    });
    expect(appSteps('f1')).toEqual([]);
  });

  it('withdraws a handed-over post (before a cancel)', async () => {
    world.addTarget('f1', { accountId: 'fb', dueAt: afterStart(2 * HOUR) });
    const engine = await world.startEngine();
    await engine.withdrawHandoff('f1');

    expect(fb().callsOf('remove', 'f1')).toHaveLength(1);
    expect(world.target('f1')).toMatchObject({ handoff: null, stepResults: {} });
    expect(world.timeline('f1').at(-1)?.message).toBe('Removed from Facebook’s schedule.');
  });

  it('refuses to withdraw when Facebook cannot be told, leaving the hand-over as it was', async () => {
    world.addTarget('f1', { accountId: 'fb', dueAt: afterStart(2 * HOUR) });
    const engine = await world.startEngine();
    fb().script('f1', 'remove', { error: platformErrors.transient() });
    await expect(engine.withdrawHandoff('f1')).rejects.toThrow('Meta could not complete the request');
    expect(world.target('f1').handoffOf).toMatchObject({ state: 'handed' });
  });

  it('publishes from the app when the hand-over fails, and says so', async () => {
    world.addTarget('f1', { accountId: 'fb', dueAt: afterStart(HOUR) });
    fb().script('f1', 'handover:schedule', { error: platformErrors.permanent() });
    await world.startEngine();

    expect(world.target('f1')).toMatchObject({ status: 'scheduled', stepResults: {} });
    expect(world.target('f1').handoffOf).toMatchObject({ state: 'declined' });
    expect(fb().callsOf('cleanUp', 'f1')).toHaveLength(1);
    expect(world.timeline('f1').at(-1)).toMatchObject({
      kind: 'handed_off',
      outcome: 'error',
      message: 'Could not hand this post to Facebook: Meta refused the request: a parameter is invalid. Outpost publishes it itself at 09:00; keep Outpost running then.',
    });
    await world.clock.advance(HOUR);
    expect(appSteps('f1').map((call) => call.step)).toEqual(['stage', 'publish']);
    expect(fb().callsOf('run', 'f1', 'handover:schedule')).toHaveLength(1);
  });

  it('finishes a hand-over a crash interrupted, confirming its last step on Facebook', async () => {
    world.addTarget('f1', { accountId: 'fb', dueAt: afterStart(2 * HOUR) });
    world.db
      .prepare(`UPDATE targets SET handoff = '{"state":"handing"}', step_started = 'handover:schedule', step_results = ? WHERE id = 'f1'`)
      .run(JSON.stringify({ 'handover:upload': { id: 'uploaded-1' } }));
    fb().confirmWith('f1', 'handover:schedule', { id: 'scheduled-9' });
    await world.startEngine();

    expect(fb().callsOf('run', 'f1')).toEqual([]);
    expect(world.target('f1').handoffOf).toMatchObject({ state: 'handed', scheduledPostId: 'scheduled-9' });
  });

  it('tells planning which targets would go out from Facebook’s schedule', async () => {
    world.addTarget('draft', { accountId: 'fb', dueAt: afterStart(0), status: 'draft' });
    const engine = world.createEngine();
    expect(engine.handoffAccepts('draft', afterStart(2 * HOUR))).toBe(true);
    expect(engine.handoffAccepts('draft', afterStart(14 * MINUTE))).toBe(false);
    expect(engine.handoffAccepts('draft', afterStart(40 * 24 * HOUR))).toBe(false);
    expect(fb().callsOf('accepts', 'draft').map((call) => call.at)).toEqual([afterStart(0)]);
    fb().accept(false);
    expect(engine.handoffAccepts('draft', afterStart(2 * HOUR))).toBe(false);
    world.addAccount('ig', 'instagram');
    world.addTarget('insta', { accountId: 'ig', dueAt: afterStart(0), status: 'draft' });
    expect(engine.handoffAccepts('insta', afterStart(2 * HOUR))).toBe(false);
  });

  it('hands nothing over while paused', async () => {
    world.settings.paused = true;
    world.addTarget('f1', { accountId: 'fb', dueAt: afterStart(2 * HOUR) });
    const engine = await world.startEngine();
    expect(fb().calls).toEqual([]);
    engine.setPaused(false);
    await world.clock.advance(0);
    expect(world.target('f1').handoffOf).toMatchObject({ state: 'handed' });
  });
});
