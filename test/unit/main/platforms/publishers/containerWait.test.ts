import { describe, expect, it } from 'vitest';
import { containerFailure, waitForContainers } from '../../../../../main/platforms/meta/instagramContainers';
import type { ContainerStatusCode } from '../../../../../main/platforms/meta/instagramPublishing';
import { MediaRejectedError, TransientError } from '../../../../../main/platforms/platformErrors';
import { pollUntil } from '../../../../../main/platforms/publishing/polling';
import { INSTAGRAM_CONTAINER_POLL } from '../../../../../main/platforms/publishing/publishingTimes';
import { fakeStepContext, jobFor } from './fakeStepContext';

describe('pollUntil', () => {
  it('looks at once, then after growing waits up to the cadence maximum', async () => {
    const { context, sleeps } = fakeStepContext(jobFor(), () => null);
    let looks = 0;
    const found = await pollUntil(context, { firstMs: 5_000, maxMs: 30_000, limitMs: 600_000 }, async () => (++looks === 7 ? 'done' : null), () => new Error('too long'));

    expect(found).toBe('done');
    expect(sleeps).toEqual([5_000, 10_000, 20_000, 30_000, 30_000, 30_000]);
  });

  it('gives up with the caller’s error once the limit has passed', async () => {
    const { context, elapsed } = fakeStepContext(jobFor(), () => null);
    const error = await pollUntil(context, { firstMs: 5_000, maxMs: 30_000, limitMs: 120_000 }, async () => null, () => new Error('too long')).catch(
      (caught: unknown) => caught,
    );

    expect(error).toEqual(new Error('too long'));
    expect(elapsed()).toBeGreaterThanOrEqual(120_000);
    expect(elapsed()).toBeLessThan(120_000 + 30_000);
  });
});

describe('waiting for Instagram containers', () => {
  function statuses(byContainer: Record<string, ContainerStatusCode[]>, text?: string) {
    return (_network: string, config: { url?: string }) => {
      const id = (config.url ?? '').split('/').at(-1) ?? '';
      const queue = byContainer[id];
      const status_code = queue && queue.length > 1 ? queue.shift() : queue?.[0];
      return { status_code, ...(text !== undefined && { status: text }) };
    };
  }

  it('waits until every container is FINISHED, reporting how many are', async () => {
    const { context, progress } = fakeStepContext(jobFor(), statuses({ a: ['IN_PROGRESS', 'FINISHED'], b: ['IN_PROGRESS', 'IN_PROGRESS', 'FINISHED'] }));
    await waitForContainers(context, context.networks.metaGraph, { containerIds: ['a', 'b'], accessToken: 'token' });
    expect(progress).toEqual([0, 0.5, 1]);
  });

  it('a container still IN_PROGRESS past the limit is stuck: a new one is needed', async () => {
    const { context, elapsed } = fakeStepContext(jobFor(), statuses({ a: ['IN_PROGRESS'] }));
    const error = await waitForContainers(context, context.networks.metaGraph, { containerIds: ['a'], accessToken: 'token' }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(TransientError);
    expect(error).toMatchObject({ needsNewContainer: true, details: { classifiedBy: 'publisher wait limit' } });
    expect((error as Error).message).toContain('still processing the media after 30 minutes');
    expect(elapsed()).toBeGreaterThanOrEqual(INSTAGRAM_CONTAINER_POLL.limitMs);
  });

  it('an EXPIRED container is Graph’s “media expired”: a new container is needed', async () => {
    const { context } = fakeStepContext(jobFor(), statuses({ a: ['EXPIRED'] }, 'Expired: Media was not published within 24 hours.'));
    const error = await waitForContainers(context, context.networks.metaGraph, { containerIds: ['a'], accessToken: 'token' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TransientError);
    expect(error).toMatchObject({ needsNewContainer: true, details: { code: -2, subcode: 2207020 } });
  });
});

describe('container failures as the error table reads them', () => {
  const graph = fakeStepContext(jobFor(), () => null).context.networks.metaGraph;
  const now = new Date('2026-01-15T09:00:00Z');

  it('an ERROR naming a subcode that pairs with a code gets that code (-1 / 2207053: retry with a new container)', () => {
    const error = containerFailure(graph, { statusCode: 'ERROR', status: 'Error: code 2207053', errorSubcode: 2207053 }, now);
    expect(error).toBeInstanceOf(TransientError);
    expect(error).toMatchObject({ needsNewContainer: true, details: { code: -1, subcode: 2207053 } });
  });

  it('an ERROR about the media is the owner’s to fix', () => {
    const error = containerFailure(graph, { statusCode: 'ERROR', status: 'Error: code 2207026', errorSubcode: 2207026 }, now);
    expect(error).toBeInstanceOf(MediaRejectedError);
    expect(error.message).toBe('Instagram did not accept the video’s format.');
  });

  it('an ERROR without a subcode reads as “create media failed”: a new container', () => {
    const error = containerFailure(graph, { statusCode: 'ERROR' }, now);
    expect(error).toBeInstanceOf(TransientError);
    expect(error).toMatchObject({ needsNewContainer: true, details: { subcode: 2207032 } });
  });
});
