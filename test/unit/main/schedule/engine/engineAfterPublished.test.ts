import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTempDirectory } from '../../../../support/useTempDirectory';
import { afterStart, createEngineWorld, HOUR, MINUTE, type EngineWorld } from './engineFixtures';
import { platformErrors } from './platformErrorFixtures';

/**
 * Steps that run once the post is out (a first comment): the target is published before they
 * start, their outcome is a 'comment' line of its own, a failure never touches the published
 * target, a transient one is retried a few times, and nothing is done twice after a lost answer
 * or a crash.
 */
describe('publish engine: steps after the post is out', () => {
  const directory = useTempDirectory('engine-after-published');
  let world: EngineWorld;
  beforeEach(() => {
    world = createEngineWorld(directory(), { afterPublished: ['comment'], facebookHandoff: true });
    world.addAccount('ig', 'instagram');
    world.addTarget('t1', { accountId: 'ig', dueAt: afterStart(0) });
  });
  afterEach(async () => world.close());

  const ig = () => world.publishers.instagram;
  const lines = (id: string) => world.timeline(id).map((line) => [line.kind, line.outcome, line.message]);
  const commentLines = (id: string) => world.timeline(id).filter((line) => line.kind === 'comment');

  it('records the post as published before the comment runs, then the comment on its own line', async () => {
    ig().script('t1', 'comment', { sleepMs: MINUTE }); // a comment call that takes a minute
    await world.startEngine();

    // Out already, with its address, while the comment is still under way.
    expect(world.target('t1')).toMatchObject({ status: 'published', platform_post_id: 'publish-t1', step_started: 'comment' });
    expect(world.alerts.map((alert) => alert.kind)).toEqual(['published']);
    expect(ig().callsOf('cleanUp', 't1')).toEqual([]);

    await world.clock.advance(MINUTE);
    const target = world.target('t1');
    expect(target).toMatchObject({ status: 'published', step_started: null, problemOf: null });
    expect(target.stepResults.comment).toEqual({ id: 'comment-t1' });
    expect(ig().callsOf('confirm', 't1', 'comment')).toEqual([]);
    expect(ig().callsOf('cleanUp', 't1')).toHaveLength(1);
    expect(lines('t1').slice(-2)).toEqual([
      ['published', 'ok', 'Published on Instagram.'],
      ['comment', 'ok', 'comment done.'],
    ]);
    expect(commentLines('t1')[0]).toMatchObject({ step: 'Doing comment', attempt: 1 });
  });

  it('leaves the post published when the platform refuses the comment, and says what to do', async () => {
    ig().script('t1', 'comment', { error: platformErrors.permissionMissing() });
    await world.startEngine();

    const target = world.target('t1');
    expect(target).toMatchObject({ status: 'published', step_started: null, problemOf: null, attempt: 1 });
    expect(target.stepResults).not.toHaveProperty('comment');
    expect(ig().callsOf('run', 't1', 'comment')).toHaveLength(1);
    expect(commentLines('t1')).toEqual([
      expect.objectContaining({
        outcome: 'error',
        message: 'comment not done. Meta needs a permission this account has not granted: a permission is missing or was removed. Do comment by hand.',
        detail: 'meta/metaGraph, HTTP 403, code 200, trace AbC123trace, classified by [S55]',
      }),
    ]);
    // Nobody is asked to reconnect for a comment, and the post is not reported as failed.
    expect(world.alerts.map((alert) => alert.kind)).toEqual(['published']);
    expect(world.accounts.get('ig')?.summary.health.state).not.toBe('needs_reconnect');
  });

  it('retries a transient failure with backoff, confirming first, then gives up without failing the post', async () => {
    ig().script('t1', 'comment', { error: platformErrors.transient() }, { error: platformErrors.transient() }, { error: platformErrors.transient() });
    await world.startEngine();
    expect(world.target('t1')).toMatchObject({ status: 'published', step_started: 'comment' });

    await world.clock.advance(10 * MINUTE);
    // random() = 0.5: half of 30 s, then half of 60 s, as for publishing steps.
    expect(ig().callsOf('run', 't1', 'comment').map((call) => call.at.getTime() - afterStart(0).getTime())).toEqual([0, 15_000, 45_000]);
    // Each repeat looked for the comment first: the failed answer may have been lost after it was made.
    expect(ig().callsOf('confirm', 't1', 'comment')).toHaveLength(2);
    expect(world.target('t1')).toMatchObject({ status: 'published', step_started: null, problemOf: null, attempt: 1 });
    expect(commentLines('t1').map((line) => [line.outcome, line.message])).toEqual([
      ['info', 'Meta could not complete the request: the service is temporarily unavailable. Trying again at 08:00.'],
      ['info', 'Meta could not complete the request: the service is temporarily unavailable. Trying again at 08:00.'],
      ['error', 'comment not done. Meta could not complete the request: the service is temporarily unavailable. Do comment by hand.'],
    ]);
    expect(world.alerts.map((alert) => alert.kind)).toEqual(['published']);
  });

  it('does not comment twice when the answer was lost but the comment was made', async () => {
    ig().script('t1', 'comment', { error: platformErrors.transient() });
    ig().confirmWith('t1', 'comment', { id: 'found-comment' });
    await world.startEngine();
    await world.clock.advance(MINUTE);

    expect(ig().callsOf('run', 't1', 'comment')).toHaveLength(1);
    expect(ig().callsOf('confirm', 't1', 'comment')).toHaveLength(1);
    expect(world.target('t1').stepResults.comment).toEqual({ id: 'found-comment' });
    expect(commentLines('t1').map((line) => line.outcome)).toEqual(['info', 'ok']);
  });

  it('waits out no throttle: gives the comment up and holds the account until the platform’s time', async () => {
    world.addTarget('t2', { accountId: 'ig', dueAt: afterStart(0) });
    ig().script('t1', 'comment', { error: platformErrors.throttled(afterStart(HOUR), 'account') });
    await world.startEngine();

    expect(world.target('t1')).toMatchObject({ status: 'published', step_started: null });
    expect(commentLines('t1').map((line) => line.outcome)).toEqual(['error']);
    // The account's next post waits for the time the platform named.
    expect(world.status('t2')).toBe('scheduled');
    await world.clock.advance(HOUR + MINUTE);
    expect(world.status('t2')).toBe('published');
  });

  it('after a crash between the publish and the comment, confirms on the platform, then comments once', async () => {
    world.leavePublishedWithStepUnderWay('t1', { attempt: 1, stepStarted: 'comment', stepResults: { stage: { id: 'stage-t1' }, publish: { id: 'publish-t1' } } });
    await world.startEngine();

    expect(ig().callsOf('confirm', 't1', 'comment')).toHaveLength(1);
    expect(ig().callsOf('run', 't1').map((call) => call.step)).toEqual(['comment']);
    expect(ig().callsOf('cleanUp', 't1')).toHaveLength(1);
    expect(world.target('t1')).toMatchObject({ status: 'published', step_started: null });
    expect(lines('t1')).toEqual([['comment', 'ok', 'comment done.']]);
  });

  it('after a crash once the comment was made, finds it and does not comment again', async () => {
    world.leavePublishedWithStepUnderWay('t1', { attempt: 1, stepStarted: 'comment', stepResults: { publish: { id: 'publish-t1' } } });
    ig().confirmWith('t1', 'comment', { id: 'made-before-the-crash' });
    await world.startEngine();

    expect(ig().callsOf('run', 't1')).toEqual([]);
    expect(world.target('t1').stepResults.comment).toEqual({ id: 'made-before-the-crash' });
    expect(world.target('t1').step_started).toBeNull();
  });

  it('an engine stopped while the comment waits to be retried resumes it at the next start, confirming first', async () => {
    ig().script('t1', 'comment', { error: platformErrors.transient() });
    const first = await world.startEngine();
    expect(world.target('t1')).toMatchObject({ status: 'published', step_started: 'comment' });
    await first.stop();

    await world.startEngine();
    expect(ig().callsOf('confirm', 't1', 'comment')).toHaveLength(1);
    expect(ig().callsOf('run', 't1', 'comment')).toHaveLength(2);
    expect(world.target('t1')).toMatchObject({ status: 'published', step_started: null });
    expect(commentLines('t1').map((line) => line.outcome)).toEqual(['info', 'ok']);
  });

  it('comments under a post Facebook published from its own schedule', async () => {
    world.addAccount('fb', 'facebook');
    world.addTarget('fb1', { accountId: 'fb', dueAt: afterStart(HOUR) });
    const fb = world.publishers.facebook;
    fb.publishedAs('fb1', { platformPostId: 'fb-live', permalink: 'https://example.test/fb-live' });
    await world.startEngine();
    expect(world.target('fb1').handoffOf).toMatchObject({ state: 'handed' });

    await world.clock.advance(HOUR + 3 * MINUTE);
    expect(world.target('fb1')).toMatchObject({ status: 'published', platform_post_id: 'fb-live', step_started: null });
    expect(fb.callsOf('run', 'fb1').map((call) => call.step)).toEqual(['handover:upload', 'handover:schedule', 'comment']);
    expect(commentLines('fb1')).toEqual([expect.objectContaining({ outcome: 'ok', attempt: null, message: 'comment done.' })]);
  });
});
