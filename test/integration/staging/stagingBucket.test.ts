import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BucketCredentials } from '../../../preload/contract';
import { createDevelopmentCipher } from '../../../main/accounts/developmentCipher';
import { createTokenVault, type TokenVault } from '../../../main/accounts/tokenVault';
import { createSilentLogger } from '../../../main/diagnostics/logger';
import { makeJpeg, makeMp4 } from '../../../main/sandbox';
import { startS3Sandbox, type S3Sandbox } from '../../../main/sandbox/s3/s3Sandbox';
import { PRESIGNED_ADDRESS_LIFETIME_SECONDS } from '../../../main/staging/bucketStagingHost';
import { BUCKET_SECRET_NAME, createStagingBucket, type StagingBucketService } from '../../../main/staging/stagingBucket';
import { openOutpostDatabase, type OpenedDatabase } from '../../../main/store/database';
import { createTestCore } from '../../support/testCore';
import { useTempDirectory } from '../../support/useTempDirectory';

/**
 * The owner's bucket end to end: Outpost's staging code drives the real AWS SDK against the S3
 * sandbox over HTTP on 127.0.0.1, which verifies every signature. Files go up (a photo from memory,
 * a video streamed from disk), come back byte for byte through pre-signed and public addresses
 * fetched as a platform would, expire on the sandbox's clock, and are deleted; the connection test
 * reports each check in words; wrong settings are named; no key reaches a log line.
 */
const PRIVATE_BUCKET = 'crumb-media';
const PUBLIC_BUCKET = 'crumb-public';
const KEYS = { accessKeyId: 'OUTPOSTTESTACCESSKEY', secretAccessKey: `test-${randomBytes(18).toString('base64url')}` };
const WRONG_SECRET = `wrong-${randomBytes(18).toString('base64url')}`;

let clockMs = Date.UTC(2026, 0, 15, 9, 0, 0);
const now = () => new Date(clockMs);
let sandbox: S3Sandbox;

beforeAll(async () => {
  sandbox = await startS3Sandbox({ credentials: KEYS, buckets: [PRIVATE_BUCKET, PUBLIC_BUCKET], publicBuckets: [PUBLIC_BUCKET], now });
});
afterAll(() => sandbox.stop());

const credentials = (overrides: Partial<BucketCredentials> = {}): BucketCredentials => ({
  endpoint: sandbox.endpoint,
  region: sandbox.region,
  bucket: PRIVATE_BUCKET,
  accessKeyId: KEYS.accessKeyId,
  forcePathStyle: true,
  publicBaseUrl: null,
  publicDomainVerifiedWithTikTok: false,
  secretAccessKey: KEYS.secretAccessKey,
  ...overrides,
});

const publicCredentials = (overrides: Partial<BucketCredentials> = {}) =>
  credentials({ bucket: PUBLIC_BUCKET, publicBaseUrl: `${sandbox.endpoint}/${PUBLIC_BUCKET}`, publicDomainVerifiedWithTikTok: true, ...overrides });

const never = new AbortController().signal;

describe('the staging bucket against the S3 sandbox', () => {
  const tempDirectory = useTempDirectory('staging-bucket');
  let database: OpenedDatabase;
  let vault: TokenVault;
  let staging: StagingBucketService;
  let logLines: string[];

  beforeEach(() => {
    clockMs = Date.UTC(2026, 0, 15, 9, 0, 0);
    database = openOutpostDatabase({ file: join(tempDirectory(), 'outpost.db'), logger: createSilentLogger() });
    vault = createTokenVault(database.db, async () => createDevelopmentCipher(join(tempDirectory(), 'dev-secret.key')), createSilentLogger());
    logLines = [];
    staging = createStagingBucket({ db: database.db, vault, logger: pino({ level: 'trace' }, { write: (line: string) => logLines.push(line) }), now });
  });
  afterEach(() => {
    staging.close();
    database.close();
    expect(sandbox.objectKeys(PRIVATE_BUCKET)).toEqual([]);
    expect(sandbox.objectKeys(PUBLIC_BUCKET)).toEqual([]);
  });

  it('stages a photo and a streamed video; pre-signed addresses serve the same bytes; removing leaves nothing', async () => {
    await staging.save(credentials());
    const host = await staging.host('presigned');
    if (!host) throw new Error('expected a host once the bucket is saved');

    const photo = makeJpeg(1080, 1350);
    const photoProgress: number[] = [];
    const photoKey = await host.stage({ bytes: photo, contentType: 'image/jpeg', fileName: 'Crème brûlée.jpg' }, (f) => photoProgress.push(f), never);
    expect(photoKey).toMatch(/^outpost-staging\/[0-9a-f]{32}\/Creme-brulee\.jpg$/);
    expect(photoProgress.at(-1)).toBe(1);

    const video = makeMp4({ durationMs: 5000, sizeBytes: 3_000_000 });
    const videoPath = join(tempDirectory(), 'reel.mp4');
    writeFileSync(videoPath, video);
    const videoProgress: number[] = [];
    const videoKey = await host.stage(
      { filePath: videoPath, size: video.length, contentType: 'video/mp4', fileName: 'reel.mp4' },
      (f) => videoProgress.push(f),
      never,
    );
    expect(videoProgress.length).toBeGreaterThan(3);
    expect(videoProgress).toEqual([...videoProgress].sort((a, b) => a - b));
    expect(videoProgress.at(-1)).toBe(1);
    expect(sandbox.objectKeys(PRIVATE_BUCKET)).toEqual([photoKey, videoKey].sort());

    for (const [key, bytes, type] of [[photoKey, photo, 'image/jpeg'], [videoKey, video, 'video/mp4']] as const) {
      const address = await host.addressOf(key);
      expect(address.startsWith(`${sandbox.endpoint}/${PRIVATE_BUCKET}/outpost-staging/`)).toBe(true);
      const response = await fetch(address);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
      // Without its signature the object stays private.
      expect((await fetch(address.split('?')[0]!)).status).toBe(403);
    }

    await expect(host.remove([photoKey, videoKey])).resolves.toEqual([]);
    expect(sandbox.objectKeys(PRIVATE_BUCKET)).toEqual([]);
    // A file already gone counts as removed.
    await expect(host.remove([photoKey])).resolves.toEqual([]);
  });

  it('a pre-signed address works for 24 hours, which outlives an Instagram container, and is refused after', async () => {
    expect(PRESIGNED_ADDRESS_LIFETIME_SECONDS).toBe(24 * 60 * 60);
    await staging.save(credentials());
    const host = (await staging.host('presigned'))!;
    const key = await host.stage({ bytes: makeJpeg(320, 320), contentType: 'image/jpeg', fileName: 'bun.jpg' }, () => {}, never);
    const address = await host.addressOf(key);

    clockMs += PRESIGNED_ADDRESS_LIFETIME_SECONDS * 1000;
    expect((await fetch(address)).status).toBe(200);
    clockMs += 1000;
    const expired = await fetch(address);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain('<Message>Request has expired</Message>');

    // A new address, made right before the call that needs it, works again.
    expect((await fetch(await host.addressOf(key))).status).toBe(200);
    await host.remove([key]);
  });

  it('the connection test uploads, reads back through a private link, and deletes, saying so for each check', async () => {
    const report = await staging.test(credentials());
    expect(report).toEqual({
      ok: true,
      checks: [
        { name: 'upload', outcome: 'ok', message: `Outpost put a small test file in “${PRIVATE_BUCKET}”.` },
        { name: 'privateLink', outcome: 'ok', message: 'Outpost read it back through a private link, as Instagram will.' },
        { name: 'publicAddress', outcome: 'skipped', message: 'No public address is set. Only TikTok photo posts need one.' },
        { name: 'remove', outcome: 'ok', message: 'Outpost deleted the test file again.' },
      ],
    });
    // Testing saves nothing.
    expect(staging.get()).toBeNull();
  });

  it('with a public address verified with TikTok, reads the test file there too, and hands out public addresses', async () => {
    const report = await staging.test(publicCredentials());
    expect(report.checks.map((check) => [check.name, check.outcome])).toEqual([
      ['upload', 'ok'],
      ['privateLink', 'ok'],
      ['publicAddress', 'ok'],
      ['remove', 'ok'],
    ]);

    await staging.save(publicCredentials());
    expect(staging.capabilities()).toEqual({ canStage: true, canServeTikTokPhotos: true });
    const host = (await staging.host('public'))!;
    const photo = makeJpeg(1080, 1920);
    const key = await host.stage({ bytes: photo, contentType: 'image/jpeg', fileName: 'slide 1.jpg' }, () => {}, never);
    const address = await host.addressOf(key);
    expect(address).toBe(`${sandbox.endpoint}/${PUBLIC_BUCKET}/${key}`);
    expect(Buffer.from(await (await fetch(address)).arrayBuffer()).equals(photo)).toBe(true);
    await expect(host.remove([key])).resolves.toEqual([]);
  });

  it('a public address that does not serve the bucket fails its check, the test file is still deleted, and saving is refused', async () => {
    const settings = credentials({ publicBaseUrl: `${sandbox.endpoint}/${PRIVATE_BUCKET}` });
    const report = await staging.test(settings);
    expect(report.ok).toBe(false);
    expect(report.checks.map((check) => [check.name, check.outcome])).toEqual([
      ['upload', 'ok'],
      ['privateLink', 'ok'],
      ['publicAddress', 'failed'],
      ['remove', 'ok'],
    ]);
    expect(report.checks[2]!.message).toContain(`The test file could not be read at your public address ${sandbox.endpoint}/${PRIVATE_BUCKET}.`);
    await expect(staging.save(settings)).rejects.toMatchObject({ code: 'BUCKET_FAILED', problem: 'link_refused' });
    expect(staging.get()).toBeNull();
  });

  it('a wrong secret key fails the upload in plain words, skips the rest, and is never saved', async () => {
    const wrong = credentials({ secretAccessKey: WRONG_SECRET });
    const report = await staging.test(wrong);
    expect(report).toEqual({
      ok: false,
      checks: [
        {
          name: 'upload',
          outcome: 'failed',
          message:
            'The secret access key does not belong to this access key ID. Paste the secret access key again. Providers show it only once, when the key is made, so you may need to make a new key.',
        },
        { name: 'privateLink', outcome: 'skipped', message: 'Not checked, because an earlier check failed.' },
        { name: 'publicAddress', outcome: 'skipped', message: 'Not checked, because an earlier check failed.' },
        { name: 'remove', outcome: 'skipped', message: 'Not checked, because an earlier check failed.' },
      ],
    });
    await expect(staging.save(wrong)).rejects.toMatchObject({ code: 'BUCKET_FAILED', problem: 'secret_key' });
    expect(staging.get()).toBeNull();
    expect(vault.info(BUCKET_SECRET_NAME)).toBeUndefined();
  });

  it.each([
    ['an unknown access key ID', () => credentials({ accessKeyId: 'NOTTHEACCESSKEYID' }), /does not know this access key ID/],
    ['a bucket that is not there', () => credentials({ bucket: 'crumb-missing' }), /There is no bucket called “crumb-missing” at 127\.0\.0\.1:\d+\./],
    ['another region', () => credentials({ region: 'eu-west-3' }), /“crumb-media” is not in the region “eu-west-3”; it is in “us-east-1”\./],
  ])('names %s', async (_case, settings, words) => {
    const [upload] = (await staging.test(settings())).checks;
    expect(upload).toMatchObject({ name: 'upload', outcome: 'failed', message: expect.stringMatching(words) });
  });

  it('names an endpoint nothing answers at', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const [upload] = (await staging.test(credentials({ endpoint: `http://127.0.0.1:${closedPort}` }))).checks;
    expect(upload).toMatchObject({
      outcome: 'failed',
      message: `Outpost could not reach 127.0.0.1:${closedPort}. Check the endpoint address and this computer’s internet connection, then try again.`,
    });
  });

  it('saving without a secret keeps the saved one and uses the new settings at once; removing deletes the settings and the secret', async () => {
    const photo = { bytes: makeJpeg(320, 320), contentType: 'image/jpeg', fileName: 'a.jpg' };
    await staging.save(credentials());
    const before = (await staging.host('presigned'))!;
    await before.remove([await before.stage(photo, () => {}, never)]);

    const changed = await staging.save(credentials({ secretAccessKey: null, bucket: PUBLIC_BUCKET, forcePathStyle: false }));
    expect(changed).toMatchObject({ bucket: PUBLIC_BUCKET, forcePathStyle: false });
    expect(staging.get()).toEqual(changed);
    const after = (await staging.host('presigned'))!;
    const key = await after.stage(photo, () => {}, never);
    expect(sandbox.objectKeys(PUBLIC_BUCKET)).toEqual([key]);
    await after.remove([key]);

    staging.remove();
    expect(staging.get()).toBeNull();
    expect(vault.info(BUCKET_SECRET_NAME)).toBeUndefined();
    await expect(staging.host('presigned')).resolves.toBeNull();
  });

  it('an upload the publisher cancels stops as a cancellation, not a bucket error', async () => {
    await staging.save(credentials());
    const host = (await staging.host('presigned'))!;
    const cancelled = new AbortController();
    cancelled.abort();
    const error = await host
      .stage({ bytes: makeJpeg(320, 320), contentType: 'image/jpeg', fileName: 'a.jpg' }, () => {}, cancelled.signal)
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(error).not.toHaveProperty('code', 'BUCKET_FAILED');
  });

  it('never writes a key, a signature or a signed address to the log', async () => {
    await staging.test(credentials({ secretAccessKey: WRONG_SECRET }));
    await staging.save(publicCredentials());
    const host = (await staging.host('presigned'))!;
    const key = await host.stage({ bytes: makeJpeg(320, 320), contentType: 'image/jpeg', fileName: 'a.jpg' }, () => {}, never);
    const address = await host.addressOf(key);
    await host.remove([key]);

    const log = logLines.join('\n');
    expect(log).toContain('staging bucket: saved');
    expect(log).toContain('staging bucket: test failed');
    for (const secret of [KEYS.secretAccessKey, WRONG_SECRET, 'X-Amz-Signature', new URL(address).searchParams.get('X-Amz-Signature')!]) {
      expect(log).not.toContain(secret);
    }
  });
});

describe('the staging channels in core', () => {
  const tempDirectory = useTempDirectory('staging-core');

  it('answers staging.get, test, save and remove, and gives the publishers the bucket', async () => {
    const { core } = createTestCore(tempDirectory());
    try {
      expect(await core.handlers['staging.get'](undefined)).toBeNull();
      expect(core.stagingBucket.capabilities()).toEqual({ canStage: false, canServeTikTokPhotos: false });
      expect((await core.handlers['staging.test'](credentials())).ok).toBe(true);
      const saved = await core.handlers['staging.save'](credentials());
      expect(saved).not.toHaveProperty('secretAccessKey');
      expect(await core.handlers['staging.get'](undefined)).toEqual(saved);
      expect(core.stagingBucket.capabilities()).toEqual({ canStage: true, canServeTikTokPhotos: false });
      expect((await core.stagingBucket.host('presigned'))?.kind).toBe('bucket');
      expect(await core.handlers['staging.remove'](undefined)).toBeNull();
      expect(await core.handlers['staging.get'](undefined)).toBeNull();
    } finally {
      await core.close();
    }
  });
});
