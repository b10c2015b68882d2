import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AxiosRequestConfig } from 'axios';
import { afterAll, describe, expect, it } from 'vitest';
import type { MediaProbe } from '../../../../../preload/contract';
import type { NetworkName } from '../../../../../main/platforms/platformFailure';
import type { PublishJob, PublishMedia, StepResults } from '../../../../../main/platforms/publisher';
import { createPublishers } from '../../../../../main/platforms/publishers';
import { StagingBucketGoneError } from '../../../../../main/platforms/staging/stagingErrors';
import { memoryStagingBucket, MEMORY_BUCKET_BASE, NO_BUCKET, PRIVATE_BUCKET, type MemoryStagingBucket } from '../../../../support/memoryStagingBucket';
import { makeTempDirectory } from '../../../../support/tempDirectory';
import { fakeStepContext, jobFor } from './fakeStepContext';

/**
 * Where an Instagram post's media wait for Instagram: the bucket when one is set up, else the
 * linked Page (Facebook Login only); each stage step records its host, and the container step
 * and clean-up go back to that host whatever the settings say by then.
 */
const temp = makeTempDirectory('instagram-staging');
afterAll(() => temp.remove());

const PAGE_CDN = 'https://scontent.example.test/page-photo.jpg';

function file(id: string, kind: 'image' | 'video'): PublishMedia {
  const filePath = join(temp.path, id);
  writeFileSync(filePath, Buffer.alloc(kind === 'image' ? 2_000 : 50_000, 1));
  const probe = { kind, format: kind === 'image' ? 'jpeg' : 'mp4', width: 1080, height: 1080, byteSize: 2_000, hasLocation: false, hasCameraDetails: false } as MediaProbe;
  return { id, kind, filePath, originalName: `${id}.${kind === 'image' ? 'jpg' : 'mp4'}`, probe };
}

interface Call {
  network: NetworkName;
  method: string;
  url: string;
  form: Record<string, string>;
}

/** Answers Graph like the sandbox would, keeping every call. */
function graph() {
  const calls: Call[] = [];
  const answer = (network: NetworkName, config: AxiosRequestConfig) => {
    const form = config.data instanceof URLSearchParams ? Object.fromEntries(config.data) : {};
    const call = { network, method: config.method ?? 'GET', url: config.url ?? '', form };
    calls.push(call);
    if (call.method === 'POST' && call.url.endsWith('/photos')) return { id: 'page-photo-1' };
    if (call.method === 'GET' && call.url.endsWith('/page-photo-1')) return { images: [{ source: PAGE_CDN, width: 1080, height: 1080 }] };
    if (call.method === 'DELETE') return { success: true };
    if (call.method === 'POST' && call.url.endsWith('/media')) return { id: 'container-1' };
    throw new Error(`Unexpected call ${call.method} ${call.url}`);
  };
  return { calls, answer };
}

function setUp(capabilities: { canStage: boolean; canServeTikTokPhotos: boolean }) {
  const bucket = memoryStagingBucket(capabilities);
  const publisher = createPublishers({
    library: { itemsByIds: () => new Map(), filePath: async () => null },
    accounts: { get: () => undefined, setTikTokCreator: () => undefined },
    publishingLimits: { record: () => undefined },
    stagingBucket: bucket,
  }).instagram;
  const http = graph();
  /** Runs one step of the job with the results given, against the fake Graph. */
  const run = async (job: PublishJob, step: string, results: StepResults = {}) => {
    const found = publisher.steps(job).find((candidate) => candidate.name === step);
    if (!found) throw new Error(`No step ${step}.`);
    const { context } = fakeStepContext(job, http.answer);
    return found.run({ ...context, results });
  };
  const cleanUp = async (job: PublishJob, results: StepResults) => {
    const { context } = fakeStepContext(job, http.answer);
    await publisher.cleanUp?.({ ...context, results });
  };
  return { bucket, run, cleanUp, calls: http.calls };
}

const noStrip = { stripMetadata: false } as const;
const instagramLogin = { ...jobFor().account, loginPath: 'instagram_login' } as const;
const objectRefs = (bucket: MemoryStagingBucket) => [...bucket.objects.keys()];

describe('staging an Instagram photo', () => {
  it('without a bucket, on the Facebook Login path: an unpublished Page photo, and its CDN address for the container', async () => {
    const { run, calls } = setUp(NO_BUCKET);
    const job = jobFor({ ...noStrip, media: [file('bread', 'image')] });
    const staged = await run(job, 'stageImage:0');
    expect(staged).toEqual({ host: 'page', ref: 'page-photo-1' });
    expect(calls.map((call) => `${call.network} ${call.method} ${call.url}`)).toEqual([expect.stringMatching(/^metaGraph POST \/v\d+\.0\/page-1\/photos$/)]);

    await run(job, 'createContainer:0', { 'stageImage:0': staged });
    expect(calls.at(-1)).toMatchObject({ network: 'metaGraph', method: 'POST', form: { image_url: PAGE_CDN } });
  });

  it('with a bucket: the bucket, nothing on the Page, and a pre-signed address for the container', async () => {
    const { run, calls, bucket } = setUp(PRIVATE_BUCKET);
    const job = jobFor({ ...noStrip, media: [file('rolls', 'image')] });
    const staged = await run(job, 'stageImage:0');
    expect(staged).toEqual({ host: 'bucket', ref: objectRefs(bucket)[0] });
    expect(calls).toEqual([]);

    await run(job, 'createContainer:0', { 'stageImage:0': staged });
    expect(calls).toEqual([expect.objectContaining({ method: 'POST', form: expect.objectContaining({ image_url: `${MEMORY_BUCKET_BASE}/${staged.ref as string}?X-Amz-Signature=fake` }) })]);
  });

  it('the container asks the host the stage step recorded, though a bucket was set up since', async () => {
    const { run, calls } = setUp(PRIVATE_BUCKET);
    const job = jobFor({ ...noStrip, media: [file('buns', 'image')] });
    await run(job, 'createContainer:0', { 'stageImage:0': { host: 'page', ref: 'page-photo-1' } });
    expect(calls.map((call) => call.method)).toEqual(['GET', 'POST']);
    expect(calls[1]?.form.image_url).toBe(PAGE_CDN);
  });

  it('a bucket removed after staging: the container step says so instead of sending an address that cannot work', async () => {
    const { run, bucket, calls } = setUp(PRIVATE_BUCKET);
    const job = jobFor({ ...noStrip, media: [file('tart', 'image')] });
    const staged = await run(job, 'stageImage:0');
    bucket.setUp(NO_BUCKET);
    await expect(run(job, 'createContainer:0', { 'stageImage:0': staged })).rejects.toBeInstanceOf(StagingBucketGoneError);
    expect(calls).toEqual([]);
  });
});

describe('the Instagram Login path', () => {
  it('a reel: the cover and the video go to the bucket, and the container is made on graph.instagram.com from their addresses', async () => {
    const { run, calls, bucket } = setUp(PRIVATE_BUCKET);
    const options = { platform: 'instagram', shareToFeed: false, coverMediaId: 'cover', thumbOffsetMs: 1500, altTexts: {}, firstComment: null } as const;
    const video = file('clip', 'video');
    const job = jobFor({ ...noStrip, postType: 'reel', media: [video, file('cover', 'image')], options, account: instagramLogin });
    const results: Record<string, Awaited<ReturnType<typeof run>>> = {};
    for (const step of ['stageCover', 'stageVideo:0']) results[step] = await run(job, step, results);
    expect(bucket.objects.get(results['stageVideo:0']?.ref as string)).toEqual({ bytes: 50_000, contentType: 'video/mp4' });

    await run(job, 'createContainer:0', results);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ network: 'instagramGraph', method: 'POST', url: expect.stringMatching(/\/1784\/media$/) });
    expect(calls[0]?.form).toMatchObject({
      media_type: 'REELS',
      video_url: `${MEMORY_BUCKET_BASE}/${results['stageVideo:0']?.ref as string}?X-Amz-Signature=fake`,
      cover_url: `${MEMORY_BUCKET_BASE}/${results.stageCover?.ref as string}?X-Amz-Signature=fake`,
      share_to_feed: 'false',
    });
    // A cover picture wins over a frame of the video; no resumable upload on this path.
    expect(calls[0]?.form).not.toHaveProperty('thumb_offset');
    expect(calls[0]?.form).not.toHaveProperty('upload_type');
  });

  it('a carousel video child and a video story are contained by address with their types', async () => {
    const { run, calls } = setUp(PRIVATE_BUCKET);
    const carousel = jobFor({ ...noStrip, postType: 'carousel', media: [file('a', 'image'), file('b', 'video')], account: instagramLogin });
    await run(carousel, 'createContainer:1', { 'stageVideo:1': await run(carousel, 'stageVideo:1') });
    const story = jobFor({ ...noStrip, postType: 'story', media: [file('c', 'video')], account: instagramLogin });
    await run(story, 'createContainer:0', { 'stageVideo:0': await run(story, 'stageVideo:0') });

    expect(calls.map((call) => ({ media_type: call.form.media_type, is_carousel_item: call.form.is_carousel_item }))).toEqual([
      { media_type: 'VIDEO', is_carousel_item: 'true' },
      { media_type: 'STORIES', is_carousel_item: undefined },
    ]);
  });
});

describe('clean-up', () => {
  it('removes each staged file from the host that holds it: Page photos from the Page, objects from the bucket', async () => {
    const { run, cleanUp, calls, bucket } = setUp(PRIVATE_BUCKET);
    const job = jobFor({ ...noStrip, postType: 'carousel', media: [file('x', 'image'), file('y', 'image')] });
    const onBucket = await run(job, 'stageImage:1');
    await cleanUp(job, { 'stageImage:0': { host: 'page', ref: 'page-photo-1' }, 'stageImage:1': onBucket, publish: { mediaId: '42' } });

    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([expect.stringMatching(/^DELETE \/v\d+\.0\/page-photo-1$/)]);
    expect(objectRefs(bucket)).toEqual([]);
  });

  it('names what it could not remove when the bucket is gone, and still removes the rest', async () => {
    const { run, cleanUp, calls, bucket } = setUp(PRIVATE_BUCKET);
    const job = jobFor({ ...noStrip, postType: 'carousel', media: [file('p', 'image'), file('q', 'image')] });
    const onBucket = await run(job, 'stageImage:1');
    bucket.setUp(NO_BUCKET);
    await expect(cleanUp(job, { 'stageImage:0': { host: 'page', ref: 'page-photo-1' }, 'stageImage:1': onBucket })).rejects.toThrow(
      `${onBucket.ref as string} (the bucket is no longer set up)`,
    );
    expect(calls.map((call) => call.method)).toEqual(['DELETE']);
  });
});
