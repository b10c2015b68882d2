import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTempDirectory } from '../../../../support/useTempDirectory';
import { afterStart, createEngineWorld, HOUR, MINUTE, type EngineWorld } from './engineFixtures';
import { platformErrors } from './platformErrorFixtures';

/** What the engine does when a platform says no: retries, failures, sign-in problems, the last check. */
describe('publish engine retries and failures', () => {
  const directory = useTempDirectory('engine-retries');
  let world: EngineWorld;
  beforeEach(() => {
    world = createEngineWorld(directory());
    world.addAccount('ig', 'instagram');
    world.addAccount('ig2', 'instagram');
  });
  afterEach(async () => world.close());

  const ig = () => world.publishers.instagram;
  const runTimes = (targetId: string, step = 'publish') => ig().callsOf('run', targetId, step).map((call) => call.at.getTime() - afterStart(0).getTime());

  it('retries a transient error with jittered backoff, at most three attempts, then fails with the reason', async () => {
    world.addTarget('flaky', { accountId: 'ig', dueAt: afterStart(0) });
    ig().script('flaky', 'publish', { error: platformErrors.transient() }, { error: platformErrors.transient() }, { error: platformErrors.transient() });
    await world.startEngine();
    await world.clock.advance(10 * MINUTE);

    // random() = 0.5: half of 30 s, then half of 60 s.
    expect(runTimes('flaky')).toEqual([0, 15_000, 45_000]);
    expect(runTimes('flaky', 'stage')).toEqual([0]);
    // The failed publish stayed "started", so each retry looked on the platform before repeating it.
    expect(ig().callsOf('confirm', 'flaky', 'publish')).toHaveLength(2);
    const target = world.target('flaky');
    expect(target.status).toBe('failed');
    expect(target.attempt).toBe(3);
    expect(target.problemOf).toEqual({
      code: 'PLATFORM_UNAVAILABLE',
      message: 'Tried 3 times: Meta could not complete the request: the service is temporarily unavailable.',
      action: 'Use Retry when the platform works again, or reschedule the post.',
    });
    const lines = world.timeline('flaky');
    expect(lines.filter((line) => line.kind === 'retry').map((line) => line.message)).toEqual([
      'Trying again at 08:00 (attempt 2 of 3).',
      'Trying again at 08:00 (attempt 3 of 3).',
    ]);
    expect(lines.find((line) => line.kind === 'step' && line.outcome === 'error')).toMatchObject({
      step: 'Doing publish',
      message: 'Meta could not complete the request: the service is temporarily unavailable.',
      detail: 'meta/metaGraph, HTTP 500, code 2, trace AbC123trace, classified by [S55]',
    });
    expect(ig().callsOf('cleanUp', 'flaky')).toHaveLength(1);
    expect(world.alerts.map((alert) => alert.kind)).toEqual(['failed']);
  });

  it('never waits longer than the capped backoff, and goes on after a retry that works', async () => {
    world.settings.random = 0.999;
    world.addTarget('second-time', { accountId: 'ig', dueAt: afterStart(0) });
    ig().script('second-time', 'publish', { error: platformErrors.transient() });
    await world.startEngine();
    await world.clock.advance(30_000);

    const [first, second] = runTimes('second-time');
    expect(first).toBe(0);
    expect(second).toBeGreaterThan(0);
    expect(second).toBeLessThan(30_000);
    expect(world.target('second-time')).toMatchObject({ status: 'published', attempt: 2, late_by_minutes: null });
  });

  it('starts over (after cleaning up) when the platform needs a new container', async () => {
    world.addTarget('expired', { accountId: 'ig', dueAt: afterStart(0) });
    ig().script('expired', 'publish', { error: platformErrors.transient(true) });
    await world.startEngine();
    expect(world.target('expired')).toMatchObject({ status: 'scheduled', stepResults: {}, step_started: null });
    expect(ig().callsOf('cleanUp', 'expired')).toHaveLength(1);

    await world.clock.advance(MINUTE);
    expect(runTimes('expired', 'stage')).toEqual([0, 15_000]);
    expect(ig().callsOf('confirm', 'expired')).toEqual([]);
    expect(world.status('expired')).toBe('published');
  });

  it('fails at once, with the platform’s reason, when the media is refused', async () => {
    world.addTarget('refused', { accountId: 'ig', dueAt: afterStart(0) });
    ig().script('refused', 'publish', { error: platformErrors.mediaRejected() });
    await world.startEngine();
    await world.clock.advance(HOUR);

    expect(runTimes('refused')).toEqual([0]);
    expect(world.target('refused')).toMatchObject({ status: 'failed', stepResults: {} });
    expect(world.target('refused').problemOf).toEqual({
      code: 'MEDIA_REJECTED',
      message: 'Meta did not accept the media: the aspect ratio is not supported.',
      action: 'Change the media or the caption, then try again.',
    });
    expect(world.alerts[0]?.body).toBe(
      'Account ig (Instagram): Meta did not accept the media: the aspect ratio is not supported. Change the media or the caption, then try again.',
    );
    // The timeline's last line says what to do too; the platform's identifiers stay in its detail.
    expect(world.timeline('refused').at(-1)).toMatchObject({
      kind: 'failed',
      message: 'Meta did not accept the media: the aspect ratio is not supported. Change the media or the caption, then try again.',
      detail: 'meta/metaGraph, HTTP 400, code 36003, trace AbC123trace, classified by [S55]',
    });
  });

  it('treats an unexpected error as transient and keeps its text out of the owner’s message', async () => {
    world.addTarget('bug', { accountId: 'ig', dueAt: afterStart(0) });
    ig().script('bug', 'stage', { error: new TypeError('cannot read x of undefined') });
    await world.startEngine();
    const retry = world.timeline('bug').find((line) => line.kind === 'step' && line.outcome === 'error');
    expect(retry?.message).toBe('Something unexpected went wrong while publishing.');
    expect(retry?.detail).toBe('TypeError: cannot read x of undefined');
    await world.clock.advance(MINUTE);
    expect(world.status('bug')).toBe('published');
  });

  it('fails without calling the platform when the last check finds errors', async () => {
    world.addTarget('not-ready', { accountId: 'ig', dueAt: afterStart(0) });
    const issue = { key: 'k', targetId: 'not-ready', subject: 'media' as const, mediaId: null, code: 'x', fix: null };
    ig().failCheck('not-ready', [
      { ...issue, severity: 'error', message: 'The photo is 3:1; crop it to between 4:5 and 1.91:1.' },
      { ...issue, severity: 'warning', message: 'Hashtags are many.' },
    ]);
    await world.startEngine();

    expect(ig().callsOf('run', 'not-ready')).toEqual([]);
    expect(world.target('not-ready').problemOf).toEqual({
      code: 'POST_NOT_READY',
      message: 'The post cannot go out as it is: The photo is 3:1; crop it to between 4:5 and 1.91:1.',
      action: 'Fix it in the composer, then retry.',
    });
  });

  it('fails in words when a media file is gone from the library', async () => {
    const photo = world.addMedia('beach');
    world.addTarget('no-file', { accountId: 'ig', dueAt: afterStart(0), postMediaIds: [photo] });
    world.missingMedia.add(photo);
    await world.startEngine();
    expect(world.target('no-file').problemOf).toEqual({
      code: 'NOT_FOUND',
      message: 'A photo or video of this post is no longer in the library: beach.jpg.',
      action: 'Add it to the post again, then retry.',
    });
  });

  describe('sign-in problems', () => {
    const accountHealth = (id: string) => world.db.prepare('SELECT health, health_reason FROM accounts WHERE id = ?').get(id);

    it('parks the target and marks the account "reconnect"; after reconnecting, waiting targets go on', async () => {
      world.addTarget('first', { accountId: 'ig', dueAt: afterStart(0) });
      world.addTarget('second', { accountId: 'ig', dueAt: afterStart(10 * MINUTE) });
      ig().script('first', 'publish', { error: platformErrors.tokenInvalid(true) });
      const engine = await world.startEngine();

      expect(world.target('first')).toMatchObject({ status: 'needs_attention', attempt: 1 });
      expect(world.target('first').problemOf).toEqual({
        code: 'TOKEN_EXPIRED',
        message: 'Meta no longer accepts this account’s sign-in: the sign-in expired.',
        action: 'Reconnect the account.',
      });
      expect(accountHealth('ig')).toEqual({ health: 'needs_reconnect', health_reason: 'Meta no longer accepts this account’s sign-in: the sign-in expired.' });
      expect(world.alerts.map((alert) => [alert.kind, alert.open.section])).toEqual([['reconnect', 'accounts']]);

      // The account's next target waits too, without a call that would fail the same way.
      await world.clock.advance(10 * MINUTE);
      expect(world.status('second')).toBe('needs_attention');
      expect(ig().callsOf('run', 'second')).toEqual([]);

      await world.clock.advance(MINUTE);
      expect(world.status('first')).toBe('needs_attention'); // waiting, not going round and round
      world.reconnect('ig');
      engine.wake('accounts');
      await world.clock.advance(0);
      for (const id of ['first', 'second']) {
        expect(world.status(id)).toBe('published');
        expect(world.timeline(id).some((line) => line.kind === 'resumed' && line.message === 'Reconnected: publishing continues.')).toBe(true);
      }
      expect(world.target('first').attempt).toBe(1);
    });

    it('makes one fresh try when a token refresh may fix it, then asks for a reconnect', async () => {
      world.addTarget('refreshable', { accountId: 'ig', dueAt: afterStart(0) });
      world.addTarget('stubborn', { accountId: 'ig2', dueAt: afterStart(0) });
      ig().script('refreshable', 'stage', { error: platformErrors.tokenInvalid(false) });
      ig().script('stubborn', 'stage', { error: platformErrors.tokenInvalid(false) }, { error: platformErrors.tokenInvalid(false) });
      await world.startEngine();

      expect(world.target('refreshable')).toMatchObject({ status: 'published', attempt: 1 });
      expect(runTimes('refreshable', 'stage')).toEqual([0, 0]);
      expect(world.target('stubborn').status).toBe('needs_attention');
      expect(runTimes('stubborn', 'stage')).toEqual([0, 0]);
      expect(accountHealth('ig2')).toMatchObject({ health: 'needs_reconnect' });
      expect(accountHealth('ig')).toMatchObject({ health: 'connected' });
    });

    it('does not try again until the account is connected since, even if nothing marked it "reconnect"', async () => {
      world.addTarget('stuck', { accountId: 'ig', dueAt: afterStart(0) });
      ig().script('stuck', 'publish', { error: platformErrors.tokenInvalid(true) });
      await world.startEngine({ markNeedsReconnect: () => undefined });
      await world.clock.advance(30 * MINUTE);
      expect(world.status('stuck')).toBe('needs_attention');
      expect(runTimes('stuck')).toEqual([0]);
    });

    it('treats a missing permission as a reconnect', async () => {
      world.addTarget('no-permission', { accountId: 'ig', dueAt: afterStart(0) });
      ig().script('no-permission', 'publish', { error: platformErrors.permissionMissing() });
      await world.startEngine();
      expect(world.target('no-permission').problemOf?.code).toBe('PERMISSION_MISSING');
      expect(world.status('no-permission')).toBe('needs_attention');
      expect(accountHealth('ig')).toMatchObject({ health: 'needs_reconnect' });
    });
  });

  describe('pause', () => {
    it('claims nothing while paused, and publishes once resumed', async () => {
      world.settings.paused = true;
      world.addTarget('waiting', { accountId: 'ig', dueAt: afterStart(5 * MINUTE) });
      const engine = await world.startEngine();
      await world.clock.advance(10 * MINUTE);
      expect(ig().calls).toEqual([]);
      expect(engine.isPaused()).toBe(true);

      engine.setPaused(false);
      await world.clock.advance(0);
      expect(world.settings.paused).toBe(false);
      expect(world.target('waiting')).toMatchObject({ status: 'published', late_by_minutes: 5 });
      expect(world.timeline('waiting').at(-1)?.message).toBe('Went out 5 minutes late: publishing was paused at 08:05.');
    });

    it('lets a step in flight finish when paused, and starts nothing new', async () => {
      world.addTarget('in-flight', { accountId: 'ig', dueAt: afterStart(0) });
      world.addTarget('next', { accountId: 'ig2', dueAt: afterStart(MINUTE) });
      ig().script('in-flight', 'publish', { sleepMs: 2 * MINUTE });
      const engine = await world.startEngine();
      expect(engine.isPublishing()).toBe(true);
      engine.setPaused(true);
      await world.clock.advance(3 * MINUTE);
      expect(world.status('in-flight')).toBe('published');
      expect(world.status('next')).toBe('scheduled');
      expect(engine.isPublishing()).toBe(false);
    });

    it('marks a target missed when it stays paused past the grace window', async () => {
      world.settings.paused = true;
      world.addTarget('paused-long', { accountId: 'ig', dueAt: afterStart(5 * MINUTE) });
      await world.startEngine();
      await world.clock.advance(2 * HOUR + 6 * MINUTE);
      expect(world.target('paused-long').problemOf?.message).toBe('Missed its time (Tue 08:05) while publishing was paused.');
    });
  });
});
