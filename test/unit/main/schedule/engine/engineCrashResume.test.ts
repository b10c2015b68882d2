import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTempDirectory } from '../../../../support/useTempDirectory';
import { afterStart, createEngineWorld, HOUR, MINUTE, type EngineWorld } from './engineFixtures';

/**
 * A run interrupted mid-way (a crash, a kill, a quit) resumes on the next start from the last
 * finished step; a step that may have happened is confirmed on the platform before it is repeated,
 * so nothing is published twice and nothing is silently lost.
 */
describe('publish engine crash and resume', () => {
  const directory = useTempDirectory('engine-crash');
  let world: EngineWorld;
  beforeEach(() => {
    world = createEngineWorld(directory());
    world.addAccount('ig', 'instagram');
    world.addTarget('t1', { accountId: 'ig', dueAt: afterStart(0) });
  });
  afterEach(async () => world.close());

  const ig = () => world.publishers.instagram;

  it('leaves a stopped run as a crash would, and a new engine on a new connection finishes it without publishing twice', async () => {
    ig().script('t1', 'publish', { sleepMs: HOUR }); // a publish call that hangs
    const first = await world.startEngine();
    expect(world.target('t1')).toMatchObject({ status: 'publishing', attempt: 1, step_started: 'publish' });
    await first.stop();
    await world.close();
    expect(ig().callsOf('run', 't1', 'publish')).toHaveLength(1);

    // The process is gone; Outpost starts again on the same file, and the publish had happened.
    world = createEngineWorld(directory());
    world.publishers.instagram.confirmWith('t1', 'publish', { id: 'live-post-1' });
    await world.startEngine();

    const target = world.target('t1');
    expect(target).toMatchObject({ status: 'published', attempt: 1, step_started: null, platform_post_id: 'live-post-1' });
    expect(world.publishers.instagram.callsOf('confirm', 't1', 'publish')).toHaveLength(1);
    expect(world.publishers.instagram.callsOf('run', 't1')).toEqual([]);
    expect(world.timeline('t1').map((line) => [line.kind, line.outcome, line.message])).toEqual([
      ['attempt', 'info', 'Attempt 1 of 3 started.'],
      ['step', 'ok', 'Done.'],
      ['attempt', 'info', 'Attempt 1 of 3 continues after an interruption.'],
      ['step', 'ok', 'Already done: found on the platform after an interruption.'],
      ['published', 'ok', 'Published on Instagram.'],
    ]);
  });

  it('runs an in-doubt step again when the platform says it did not happen', async () => {
    world.leaveAsCrashed('t1', { attempt: 1, stepStarted: 'publish', stepResults: { stage: { id: 'stage-t1' } } });
    ig().confirmWith('t1', 'publish', null);
    await world.startEngine();

    expect(ig().callsOf('confirm', 't1', 'publish')).toHaveLength(1);
    expect(ig().callsOf('run', 't1').map((call) => call.step)).toEqual(['publish']);
    expect(world.target('t1')).toMatchObject({ status: 'published', platform_post_id: 'publish-t1' });
    expect(world.timeline('t1').map((line) => line.message)).toContain('Not done yet (checked on the platform after an interruption): doing it now.');
  });

  it('retries later when the platform cannot tell, and confirms again before repeating', async () => {
    world.leaveAsCrashed('t1', { attempt: 1, stepStarted: 'publish', stepResults: { stage: { id: 'stage-t1' } } });
    ig().confirmWith('t1', 'publish', new Error('socket hang up'), { id: 'found-later' });
    await world.startEngine();
    expect(world.target('t1')).toMatchObject({ status: 'scheduled', step_started: 'publish', attempt: 1 });

    await world.clock.advance(MINUTE);
    expect(ig().callsOf('confirm', 't1', 'publish')).toHaveLength(2);
    expect(ig().callsOf('run', 't1')).toEqual([]);
    expect(world.target('t1')).toMatchObject({ status: 'published', attempt: 2, platform_post_id: 'found-later' });
  });

  it('goes on from the next step when the crash fell between two steps', async () => {
    world.leaveAsCrashed('t1', { attempt: 1, stepStarted: null, stepResults: { stage: { id: 'stage-t1' } } });
    await world.startEngine();
    expect(ig().callsOf('run', 't1').map((call) => call.step)).toEqual(['publish']);
    expect(ig().callsOf('confirm', 't1')).toEqual([]);
    expect(ig().callsOf('check', 't1')).toEqual([]);
    expect(world.status('t1')).toBe('published');
  });

  it('repeats an in-doubt step that has no confirm (harmless to repeat, like an upload)', async () => {
    world.leaveAsCrashed('t1', { attempt: 1, stepStarted: 'stage', stepResults: {} });
    await world.startEngine();
    expect(ig().callsOf('run', 't1').map((call) => call.step)).toEqual(['stage', 'publish']);
    expect(world.status('t1')).toBe('published');
  });
});
