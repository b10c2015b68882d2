import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkpointAfter } from '../../../../../main/insights/collection/checkpointPlan';
import { createInsightPostsStore } from '../../../../../main/insights/collection/insightPostsStore';
import { useTempDirectory } from '../../../../support/useTempDirectory';
import { afterStart, createCollectionWorld, HOUR, type CollectionWorld } from './collectionFixtures';

describe('insight posts store', () => {
  const directory = useTempDirectory('insight-posts');
  let world: CollectionWorld;
  beforeEach(() => {
    world = createCollectionWorld(directory());
    world.addAccount('ig', 'instagram');
  });
  afterEach(async () => world.close());

  it('a measurement written twice (the platform answered, then a crash and a retry) is stored once', () => {
    world.publishTarget('t1', 'ig', afterStart(-2 * HOUR));
    const store = createInsightPostsStore(world.db);
    expect(store.registerPublishedTargets(afterStart(0))).toBe(1);
    const post = store.get('t1');
    if (!post) throw new Error('not registered');
    const measurement = { post, checkpoint: '1h' as const, takenAt: afterStart(0), figures: { views: 120, reach: 90 }, next: checkpointAfter('feed', post.publishedAt, '1h') };

    expect(store.record(measurement)).toBe(2);
    // The same answer written again, even at another time: the checkpoint already holds it.
    expect(store.record(measurement)).toBe(0);
    expect(store.record({ ...measurement, takenAt: afterStart(1000) })).toBe(0);

    expect(world.snapshots('t1').map((row) => [row.checkpoint, row.metric, row.value])).toEqual([
      ['1h', 'reach', 90],
      ['1h', 'views', 120],
    ]);
    expect(store.get('t1')).toMatchObject({ nextCheckpoint: '24h', nextDueAt: afterStart(-2 * HOUR + 24 * HOUR) });
  });

  it('registers each published target once, leaving drafts, scheduled and failed targets out', () => {
    world.publishTarget('t1', 'ig', afterStart(-HOUR));
    world.addTarget('s1', { accountId: 'ig', dueAt: afterStart(HOUR), status: 'scheduled' });
    world.addTarget('f1', { accountId: 'ig', dueAt: afterStart(-HOUR), status: 'failed' });
    const store = createInsightPostsStore(world.db);
    expect(store.registerPublishedTargets(afterStart(0))).toBe(1);
    expect(store.registerPublishedTargets(afterStart(0))).toBe(0);
    expect(world.insightPosts().map((row) => row.id)).toEqual(['t1']);
  });

  it('the caption is the target’s variant, or the post’s text when it follows it', () => {
    world.publishTarget('own', 'ig', afterStart(-HOUR), { caption: 'Variant words' });
    world.publishTarget('follows', 'ig', afterStart(-HOUR));
    createInsightPostsStore(world.db).registerPublishedTargets(afterStart(0));
    expect(world.insightPost('own')?.caption).toBe('Variant words');
    expect(world.insightPost('follows')?.caption).toBe('Text of follows');
  });
});
