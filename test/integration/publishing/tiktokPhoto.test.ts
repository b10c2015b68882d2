import { afterEach, describe, expect, it } from 'vitest';
import type { TargetOptions } from '../../../preload/contract';
import { MediaRejectedError, PermanentError, TransientError } from '../../../main/platforms/platformErrors';
import { MINUTE } from '../platforms/support/platformSandbox';
import { emptyStore, publishToEnd, runSteps } from './runSteps';
import { usePublishingWorld, type PublishingWorld } from './support/publishingWorld';
import { tiktokPublishesTitled } from './support/sandboxViews';
import { useTestBucket } from './support/stagingBucket';

/**
 * TikTok photo posts (platform-apis.md 6.2 [S83]) through the owner's bucket, against the sandbox
 * and the S3 sandbox over HTTP: each photo put in the bucket, TikTok handed their public addresses
 * (PULL_FROM_URL, on a domain verified with TikTok), the status followed until TikTok has posted
 * it, and the bucket emptied afterwards, whether TikTok posted the photos or refused them.
 */
const world = usePublishingWorld({ seed: 'publishing-tiktok-photo' });
const bucket = useTestBucket(world);

const publisher = () => world().publishers.tiktok;

afterEach(() => {
  bucket().remove();
  world().sandbox.control.configureTikTok({ verifiedUrlPrefixes: [] });
});

const choices = (overrides: Partial<Extract<TargetOptions, { platform: 'tiktok' }>> = {}): Partial<TargetOptions> => ({
  platform: 'tiktok',
  privacyLevel: 'PUBLIC_TO_EVERYONE',
  allowComments: true,
  ...overrides,
});

/** A bucket with a public address, and that address verified for the app on TikTok's side too. */
async function verifiedBucket(w: PublishingWorld): Promise<void> {
  await bucket().setUp({ tiktokVerified: true });
  w.sandbox.control.configureTikTok({ verifiedUrlPrefixes: [`${bucket().publicBaseUrl()}/`] });
}

describe('TikTok photo posts', () => {
  it('publishes two photos once as a public post, links it, and empties the bucket', async () => {
    const w = world();
    await verifiedBucket(w);
    const job = w.job('tiktok', 'photo', [await w.media('plain.jpg'), await w.media('picture.webp')], { options: choices({ title: 'Fresh from the oven' }) });
    const { post, store } = await publishToEnd(publisher(), job, w.env(job));

    const [publish, ...others] = tiktokPublishesTitled(w.sandbox, 'Fresh from the oven');
    expect(others).toEqual([]);
    expect(publish).toMatchObject({ source: 'PULL_FROM_URL', status: 'PUBLISH_COMPLETE', photo: { description: job.caption, imageCount: 2, coverIndex: 0 } });
    expect(post).toEqual({ platformPostId: publish?.videoId, permalink: `https://www.tiktok.com/@rosiesbakery/photo/${publish?.videoId}` });
    expect(Object.keys(store.results)).toEqual(['readCreatorInfo', 'stagePhoto:0', 'stagePhoto:1', 'initPhotoPost', 'waitForPost', 'fetchPermalink']);
    expect(bucket().keys()).toEqual([]);
  });

  it('an address TikTok does not hold as verified: refused at once, explained with the domain, and the bucket emptied', async () => {
    const w = world();
    // The owner says the domain is verified, but TikTok's app lists no such prefix.
    await bucket().setUp({ tiktokVerified: true });
    const job = w.job('tiktok', 'photo', [await w.media('plain.jpg')], { options: choices({ title: 'Not verified' }) });

    const error = await publishToEnd(publisher(), job, w.env(job)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PermanentError);
    const domain = new URL(bucket().publicBaseUrl()).host;
    expect(error).toMatchObject({
      details: { errorCode: 'url_ownership_unverified', platform: 'tiktok' },
      message: expect.stringContaining(`${domain}, where your storage bucket serves them, is not verified`),
      action: expect.stringContaining(`Verify ${domain}`),
    });
    expect((error as PermanentError).action).toContain('as a video');
    expect(tiktokPublishesTitled(w.sandbox, 'Not verified')).toEqual([]);
    expect(bucket().keys()).toEqual([]);
  });

  it('photos TikTok refuses after pulling them fail with TikTok’s reason, and the bucket is emptied', async () => {
    const w = world();
    await verifiedBucket(w);
    const job = w.job('tiktok', 'photo', [await w.media('plain.jpg')], { options: choices({ title: 'Refused' }) });
    w.sandbox.control.faults.rejectMedia({ platform: 'tiktok', reason: 'picture_size_check_failed' });

    const error = await publishToEnd(publisher(), job, w.env(job)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MediaRejectedError);
    expect(error).toMatchObject({ details: { errorCode: 'picture_size_check_failed' } });
    expect(tiktokPublishesTitled(w.sandbox, 'Refused')).toMatchObject([{ status: 'FAILED' }]);
    expect(bucket().keys()).toEqual([]);
  });

  it('an init whose answer was lost is found among the creator’s posts, not posted twice', async () => {
    const w = world();
    await verifiedBucket(w);
    const job = w.job('tiktok', 'photo', [await w.media('plain.jpg')], { options: choices({ title: 'Answer lost' }) });
    const env = w.env(job);
    const store = emptyStore();
    w.sandbox.control.faults.inject({ kind: 'dropResponse', match: { pathIncludes: '/content/init/' } });

    await expect(runSteps(publisher().steps(job), job, env, store)).rejects.toBeInstanceOf(TransientError);
    expect(store.started).toBe('initPhotoPost');
    // Straight away TikTok has not listed it yet: that is "not yet", never "make it again".
    await expect(runSteps(publisher().steps(job), job, env, store)).rejects.toMatchObject({ details: { classifiedBy: 'publish confirmation' } });
    w.sandbox.advance(3 * MINUTE);
    const { post, events } = await publishToEnd(publisher(), job, env, { store });

    expect(events.filter((event) => event.step === 'initPhotoPost')).toEqual([{ step: 'initPhotoPost', kind: 'confirmed' }]);
    const [publish, ...others] = tiktokPublishesTitled(w.sandbox, 'Answer lost');
    expect(others).toEqual([]);
    expect(post).toEqual({ platformPostId: publish?.videoId, permalink: expect.stringContaining(`/photo/${publish?.videoId}`) });
    expect(bucket().keys()).toEqual([]);
  });

  it('an init refused by TikTok before anything was posted is made again once the wait for a listing is over', async () => {
    const w = world();
    await verifiedBucket(w);
    const job = w.job('tiktok', 'photo', [await w.media('plain.jpg')], { options: choices({ title: 'Server error' }) });
    const env = w.env(job);
    const store = emptyStore();
    w.sandbox.control.faults.inject({ kind: 'serverError', status: 500, match: { pathIncludes: '/content/init/' } });

    await expect(runSteps(publisher().steps(job), job, env, store)).rejects.toBeInstanceOf(TransientError);
    w.sandbox.advance(15 * MINUTE);
    const { events } = await publishToEnd(publisher(), job, env, { store });

    expect(events.filter((event) => event.step === 'initPhotoPost').map((event) => event.kind)).toEqual(['repeated', 'run']);
    expect(tiktokPublishesTitled(w.sandbox, 'Server error')).toMatchObject([{ status: 'PUBLISH_COMPLETE' }]);
    expect(bucket().keys()).toEqual([]);
  });
});
