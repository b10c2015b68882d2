import { describe, expect, it } from 'vitest';
import { ThrottledError } from '../../../main/platforms/platformErrors';
import { DAY, HOUR } from '../platforms/support/platformSandbox';
import { emptyStore, publishToEnd, runSteps } from './runSteps';
import { usePublishingWorld } from './support/publishingWorld';
import { instagramPostsCaptioned } from './support/sandboxViews';

/**
 * Instagram's publishing limit (platform-apis.md 2.2), read before every post and kept on the
 * account; a post that would pass it waits, as a throttle, until the oldest post leaves the window.
 */
const world = usePublishingWorld({ seed: 'publishing-instagram-limit', settings: { limits: { instagramPublishesPerDay: 2 } } });

describe('Instagram publishing limit', () => {
  it('a post past the limit waits until the oldest post in the window leaves it, and nothing is staged meanwhile', async () => {
    const w = world();
    const publisher = w.publishers.instagram;
    const firstAt = w.sandbox.now();
    for (const words of ['Morning bake', 'Lunch special']) {
      const job = w.job('instagram', 'feed', [await w.media('plain.jpg')], { caption: w.caption(words) });
      await publishToEnd(publisher, job, w.env(job));
      w.sandbox.advance(HOUR);
    }
    const first = Object.values(w.sandbox.control.state().instagram.media).sort((a, b) => a.timestamp - b.timestamp)[0];

    const job = w.job('instagram', 'feed', [await w.media('plain.jpg')]);
    const store = emptyStore();
    const error = await runSteps(publisher.steps(job), job, w.env(job), store).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ThrottledError);
    expect((error as ThrottledError).retryAfter.getTime()).toBe((first?.timestamp ?? 0) + DAY);
    expect((error as ThrottledError).retryAfter.getTime()).toBeGreaterThanOrEqual(firstAt.getTime() + DAY);
    expect((error as ThrottledError).scope).toBe('account');
    expect((error as Error).message).toContain('Instagram allows 2 posts in 24 hours, and this account has made 2');
    expect(store.started).toBe('readPublishingLimit');
    expect(Object.keys(store.results)).toEqual([]);
    expect(w.limits.read(w.accountIds.instagram)).toEqual({ quotaTotal: 2, quotaUsage: 2, quotaDurationSeconds: 86_400, readAt: w.sandbox.now().toISOString() });

    // Once the oldest post has left the window, the same target goes out.
    w.sandbox.advance((error as ThrottledError).retryAfter.getTime() - w.sandbox.now().getTime());
    const { post } = await publishToEnd(publisher, job, w.env(job), { store });
    expect(instagramPostsCaptioned(w.sandbox, job.caption).map((media) => media.id)).toEqual([post.platformPostId]);
  });
});
