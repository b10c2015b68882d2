import { createReadStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createResumableVideoContainer,
  fetchUploadedByteCount,
  uploadVideoBytes,
  uploadVideoResumably,
  type VideoBytes,
} from '../../../main/platforms/meta/resumableUpload';
import { fetchInstagramMedia } from '../../../main/platforms/meta/instagramMedia';
import { PermanentError, ThrottledError, TokenInvalidError, TransientError } from '../../../main/platforms/platformErrors';
import { makeMp4 } from '../../../main/sandbox';
import { makeTempDirectory } from '../../support/tempDirectory';
import { PROCESSING, processContainer, publish, type InstagramPath } from './support/instagramFlow';
import { expectTransient, transientFaults } from './support/faultCases';
import { MINUTE, usePlatformSandbox } from './support/platformSandbox';

/**
 * Instagram video from a local file: a resumable container on graph.facebook.com, the bytes to
 * the upload host (rupload) with offset/file_size headers, and resuming from the offset the
 * container reports after a connection drops mid-body (the sandbox keeps what arrived, like Meta).
 */
const ctx = usePlatformSandbox({ seed: 'platforms-instagram-resumable', settings: { timing: { videoProcessingMs: PROCESSING.videoMs } } });

const VIDEO = makeMp4({ durationMs: 12_000, width: 1080, height: 1920, sizeBytes: 300_000 });
const temp = makeTempDirectory('resumable-upload');
const VIDEO_FILE = join(temp.path, 'reel.mp4');
writeFileSync(VIDEO_FILE, VIDEO);
afterAll(() => temp.remove());

function facebookPath(): InstagramPath {
  return { graph: ctx.networks.metaGraph, igUserId: ctx.demo.instagram.accountId, accessToken: ctx.metaUserToken() };
}

async function newContainer(path: InstagramPath): Promise<string> {
  return createResumableVideoContainer(path.graph, { igUserId: path.igUserId, accessToken: path.accessToken, mediaType: 'REELS', caption: 'From the oven' });
}

/** Opens the video from an offset, the way the app would, and records every offset asked for. */
function opener(source: 'buffer' | 'file') {
  const offsets: number[] = [];
  const openFrom = (offset: number): VideoBytes => {
    offsets.push(offset);
    return source === 'buffer' ? VIDEO.subarray(offset) : createReadStream(VIDEO_FILE, { start: offset });
  };
  return { offsets, openFrom };
}

const networks = () => ({ graph: ctx.networks.metaGraph, upload: ctx.networks.metaUpload });

describe('uploadVideoResumably', () => {
  it.each(['buffer', 'file'] as const)('a connection dropped mid-body resumes from the bytes that arrived (%s), then the reel publishes', async (source) => {
    const path = facebookPath();
    const containerId = await newContainer(path);
    ctx.control.faults.inject({ kind: 'dropConnection', match: { hosts: ['metaUpload'] }, afterBytes: 120_000 });
    const { offsets, openFrom } = opener(source);
    await uploadVideoResumably(networks(), { containerId, accessToken: path.accessToken, fileSize: VIDEO.length, openFrom });
    // Only the bytes that did not arrive were sent again.
    expect(offsets).toEqual([0, 120_000]);
    expect(await fetchUploadedByteCount(path.graph, { containerId, accessToken: path.accessToken })).toBe(VIDEO.length);

    expect((await processContainer(ctx, path, containerId, PROCESSING.videoMs)).statusCode).toBe('FINISHED');
    const mediaId = await publish(path, containerId);
    expect(await fetchInstagramMedia(path.graph, { mediaId, accessToken: path.accessToken })).toMatchObject({ mediaType: 'VIDEO', mediaProductType: 'REELS' });
  });

  it('a 5xx from the upload host is resumed too', async () => {
    const path = facebookPath();
    const containerId = await newContainer(path);
    ctx.control.faults.inject({ kind: 'serverError', status: 503, match: { hosts: ['metaUpload'] } });
    const { offsets, openFrom } = opener('buffer');
    await uploadVideoResumably(networks(), { containerId, accessToken: path.accessToken, fileSize: VIDEO.length, openFrom });
    expect(offsets).toEqual([0, 0]);
  });

  it('a wrong starting offset is the host’s OffsetInvalidError (transient): it asks the container and starts where Meta is', async () => {
    const path = facebookPath();
    const containerId = await newContainer(path);
    const { offsets, openFrom } = opener('buffer');
    await uploadVideoResumably(networks(), { containerId, accessToken: path.accessToken, fileSize: VIDEO.length, fromOffset: 1_000, openFrom });
    expect(offsets).toEqual([1_000, 0]);
  });

  it('gives up with the TransientError after maxResumes, having tried maxResumes + 1 times', async () => {
    const path = facebookPath();
    const containerId = await newContainer(path);
    ctx.control.faults.inject({ kind: 'dropConnection', match: { hosts: ['metaUpload'] }, afterBytes: 10_000, times: 3 });
    const { offsets, openFrom } = opener('buffer');
    await ctx.failure(uploadVideoResumably(networks(), { containerId, accessToken: path.accessToken, fileSize: VIDEO.length, openFrom, maxResumes: 2 }), TransientError);
    expect(offsets).toEqual([0, 10_000, 20_000]);
    expect(await fetchUploadedByteCount(path.graph, { containerId, accessToken: path.accessToken })).toBe(30_000);
  });

  it('does not resume past a token the host refuses: TokenInvalidError, reconnect needed', async () => {
    const path = facebookPath();
    const containerId = await newContainer(path);
    ctx.control.tokens.expire({ token: path.accessToken });
    const { offsets, openFrom } = opener('buffer');
    const error = await ctx.failure(uploadVideoResumably(networks(), { containerId, accessToken: path.accessToken, fileSize: VIDEO.length, openFrom }), TokenInvalidError);
    expect(error.details).toMatchObject({ network: 'metaUpload', httpStatus: 401, errorCode: 'AuthorizationError' });
    expect(error.reconnectNeeded).toBe(true);
    expect(offsets).toEqual([0]);
  });
});

describe('uploadVideoBytes and fetchUploadedByteCount, one request at a time', () => {
  it('the container reports the bytes that arrived before the drop, and the rest completes the upload', async () => {
    const path = facebookPath();
    const containerId = await newContainer(path);
    ctx.control.faults.inject({ kind: 'dropConnection', match: { hosts: ['metaUpload'] }, afterBytes: 4_096 });
    const request = { containerId, accessToken: path.accessToken, fileSize: VIDEO.length };
    const error = await ctx.failure(uploadVideoBytes(ctx.networks.metaUpload, { ...request, offset: 0, bytes: VIDEO }), TransientError);
    expect(error.details.transport).toBe('ECONNRESET');
    expect(await fetchUploadedByteCount(path.graph, { containerId, accessToken: path.accessToken })).toBe(4_096);
    await uploadVideoBytes(ctx.networks.metaUpload, { ...request, offset: 4_096, bytes: VIDEO.subarray(4_096) });
    expect(await fetchUploadedByteCount(path.graph, { containerId, accessToken: path.accessToken })).toBe(VIDEO.length);
  });

  it('an upload-host throttle is ThrottledError with a retryAfter in the future', async () => {
    const path = facebookPath();
    const containerId = await newContainer(path);
    ctx.control.faults.inject({ kind: 'throttle', match: { hosts: ['metaUpload'] } });
    const error = await ctx.failure(
      uploadVideoBytes(ctx.networks.metaUpload, { containerId, accessToken: path.accessToken, fileSize: VIDEO.length, offset: 0, bytes: VIDEO }),
      ThrottledError,
    );
    expect(error.details).toMatchObject({ httpStatus: 429, errorCode: 'RateLimitError' });
    expect(error.retryAfter.getTime()).toBe(ctx.now().getTime() + MINUTE);
  });

  it('a one-off expired-token answer from the upload host is TokenInvalidError', async () => {
    const path = facebookPath();
    const containerId = await newContainer(path);
    ctx.control.faults.inject({ kind: 'tokenExpired', match: { hosts: ['metaUpload'] } });
    await ctx.failure(
      uploadVideoBytes(ctx.networks.metaUpload, { containerId, accessToken: path.accessToken, fileSize: VIDEO.length, offset: 0, bytes: VIDEO }),
      TokenInvalidError,
    );
  });
});

describe('createResumableVideoContainer', () => {
  it('is for the Facebook Login path only: on graph.instagram.com it is PermanentError code 100', async () => {
    const error = await ctx.failure(
      createResumableVideoContainer(ctx.networks.instagramGraph, { igUserId: ctx.demo.instagram.accountId, accessToken: ctx.instagramToken(), mediaType: 'REELS' }),
      PermanentError,
    );
    expect(error.details).toMatchObject({ network: 'instagramGraph', code: 100 });
    expect(error.reason).toContain('Facebook Login');
  });

  it('a video story container takes the bytes the same way', async () => {
    const path = facebookPath();
    const containerId = await createResumableVideoContainer(path.graph, { igUserId: path.igUserId, accessToken: path.accessToken, mediaType: 'STORIES' });
    const { openFrom } = opener('buffer');
    await uploadVideoResumably(networks(), { containerId, accessToken: path.accessToken, fileSize: VIDEO.length, openFrom });
    expect((await processContainer(ctx, path, containerId, PROCESSING.videoMs)).statusCode).toBe('FINISHED');
  });
});

/** Each call prepared up to its own request, so an injected fault can only hit that one. */
const uploadCalls: [string, () => Promise<() => Promise<unknown>>][] = [
  ['createResumableVideoContainer', async () => {
    const path = facebookPath();
    return () => newContainer(path);
  }],
  ['uploadVideoBytes', async () => {
    const path = facebookPath();
    const containerId = await newContainer(path);
    return () => uploadVideoBytes(ctx.networks.metaUpload, { containerId, accessToken: path.accessToken, fileSize: VIDEO.length, offset: 0, bytes: VIDEO });
  }],
  ['fetchUploadedByteCount', async () => {
    const path = facebookPath();
    const containerId = await newContainer(path);
    return () => fetchUploadedByteCount(path.graph, { containerId, accessToken: path.accessToken });
  }],
];

describe.each(uploadCalls)('%s on a failing connection', (_name, prepare) => {
  it.each(transientFaults)('$name is TransientError', async ({ fault }) => {
    await expectTransient(ctx, fault, await prepare());
  });
});
