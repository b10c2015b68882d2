import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoBucket } from '../../../main/sandbox/s3/demoBucket';
import { startS3Sandbox, type S3Sandbox } from '../../../main/sandbox/s3/s3Sandbox';

/**
 * The S3 sandbox itself, driven by the real AWS SDK over HTTP: what it answers, refuses and keeps,
 * so the staging tests can trust it. Signatures are checked against AWS's worked examples in
 * test/unit/main/staging/sandboxSigV4.test.ts.
 */
const KEYS = { accessKeyId: 'SANDBOXTESTACCESSKEY', secretAccessKey: 'sandbox-test-secret-key/with+odd=chars' };
let sandbox: S3Sandbox;

beforeAll(async () => {
  sandbox = await startS3Sandbox({ credentials: KEYS, buckets: ['private', 'public'], publicBuckets: ['public'] });
});
afterAll(() => sandbox.stop());

/** A client as Outpost makes one (main/staging/s3ClientFactory.ts), with overrides for what a test changes. */
const client = (overrides: S3ClientConfig = {}) =>
  new S3Client({
    endpoint: sandbox.endpoint,
    region: sandbox.region,
    forcePathStyle: true,
    credentials: KEYS,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    logger: { trace() {}, debug() {}, info() {}, warn() {}, error() {} },
    ...overrides,
  });

const failureOf = (promise: Promise<unknown>) => promise.then(() => null, (error: { name: string; $metadata: { httpStatusCode?: number } }) => ({ name: error.name, status: error.$metadata.httpStatusCode }));

describe('the S3 sandbox', () => {
  it('takes, serves, lists in pages and deletes objects, with S3’s answers for what is not there', async () => {
    const s3 = client();
    await s3.send(new HeadBucketCommand({ Bucket: 'private' }));
    for (const name of ['a.jpg', 'b c.jpg', 'ü/d.jpg', 'e.jpg', 'other/f.jpg']) {
      await s3.send(new PutObjectCommand({ Bucket: 'private', Key: `staging/${name}`, Body: Buffer.from(name), ContentType: 'image/jpeg' }));
    }
    expect(sandbox.objectKeys('private')).toEqual(['staging/a.jpg', 'staging/b c.jpg', 'staging/e.jpg', 'staging/other/f.jpg', 'staging/ü/d.jpg']);

    const first = await s3.send(new ListObjectsV2Command({ Bucket: 'private', Prefix: 'staging/', MaxKeys: 3 }));
    expect(first.Contents?.map((object) => object.Key)).toEqual(['staging/a.jpg', 'staging/b c.jpg', 'staging/e.jpg']);
    expect(first.IsTruncated).toBe(true);
    const second = await s3.send(new ListObjectsV2Command({ Bucket: 'private', Prefix: 'staging/', ContinuationToken: first.NextContinuationToken }));
    expect(second.Contents?.map((object) => [object.Key, object.Size])).toEqual([['staging/other/f.jpg', 11], ['staging/ü/d.jpg', Buffer.byteLength('ü/d.jpg')]]);
    expect(second.IsTruncated).toBe(false);

    const head = await s3.send(new HeadObjectCommand({ Bucket: 'private', Key: 'staging/b c.jpg' }));
    expect([head.ContentLength, head.ContentType]).toEqual([7, 'image/jpeg']);
    const got = await s3.send(new GetObjectCommand({ Bucket: 'private', Key: 'staging/ü/d.jpg' }));
    expect(await got.Body?.transformToString()).toBe('ü/d.jpg');

    for (const key of sandbox.objectKeys('private')) await s3.send(new DeleteObjectCommand({ Bucket: 'private', Key: key }));
    expect(sandbox.objectKeys('private')).toEqual([]);
    // Deleting what is not there is not an error on S3.
    await s3.send(new DeleteObjectCommand({ Bucket: 'private', Key: 'staging/a.jpg' }));

    expect(await failureOf(s3.send(new GetObjectCommand({ Bucket: 'private', Key: 'nothing' })))).toEqual({ name: 'NoSuchKey', status: 404 });
    expect(await failureOf(s3.send(new HeadObjectCommand({ Bucket: 'private', Key: 'nothing' })))).toEqual({ name: 'NotFound', status: 404 });
    expect(await failureOf(s3.send(new PutObjectCommand({ Bucket: 'missing', Key: 'k', Body: 'x' })))).toEqual({ name: 'NoSuchBucket', status: 404 });
    expect(await failureOf(s3.send(new HeadBucketCommand({ Bucket: 'missing' })))).toEqual({ name: 'NotFound', status: 404 });
  });

  it('takes a streamed body of known length, sent as UNSIGNED-PAYLOAD', async () => {
    const s3 = client();
    const bytes = Buffer.alloc(3 * 1024 * 1024, 7);
    await s3.send(new PutObjectCommand({ Bucket: 'private', Key: 'stream.bin', Body: Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]), ContentLength: bytes.length }));
    const got = await s3.send(new GetObjectCommand({ Bucket: 'private', Key: 'stream.bin' }));
    expect(Buffer.from(await got.Body!.transformToByteArray()).equals(bytes)).toBe(true);
    await s3.send(new DeleteObjectCommand({ Bucket: 'private', Key: 'stream.bin' }));
  });

  it('checks every signature: a wrong secret, an unknown key and another region are refused as S3 refuses them', async () => {
    const put = (s3: S3Client) => failureOf(s3.send(new PutObjectCommand({ Bucket: 'private', Key: 'k', Body: 'x' })));
    expect(await put(client({ credentials: { ...KEYS, secretAccessKey: 'not-the-secret' } }))).toEqual({ name: 'SignatureDoesNotMatch', status: 403 });
    expect(await put(client({ credentials: { ...KEYS, accessKeyId: 'NOTAKEY' } }))).toEqual({ name: 'InvalidAccessKeyId', status: 403 });
    expect(await put(client({ region: 'eu-west-3' }))).toEqual({ name: 'AuthorizationHeaderMalformed', status: 400 });
    expect(sandbox.objectKeys('private')).toEqual([]);
  });

  it('refuses the SDK’s default request checksums with 501, as Cloudflare R2 did', async () => {
    const defaults = new S3Client({ endpoint: sandbox.endpoint, region: sandbox.region, forcePathStyle: true, credentials: KEYS, logger: client().config.logger });
    expect(await failureOf(defaults.send(new PutObjectCommand({ Bucket: 'private', Key: 'k', Body: Buffer.from('x') })))).toEqual({
      name: 'NotImplemented',
      status: 501,
    });
    expect(sandbox.objectKeys('private')).toEqual([]);
  });

  it('serves a pre-signed address only as signed: unchanged, with the right secret, on a public or private bucket', async () => {
    const s3 = client();
    await s3.send(new PutObjectCommand({ Bucket: 'private', Key: 'photo.jpg', Body: Buffer.from('jpeg bytes') }));
    const address = await getSignedUrl(s3, new GetObjectCommand({ Bucket: 'private', Key: 'photo.jpg' }), { expiresIn: 3600 });
    expect(await (await fetch(address)).text()).toBe('jpeg bytes');

    const tampered = address.replace('X-Amz-Expires=3600', 'X-Amz-Expires=7200');
    const refused = await fetch(tampered);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<Error><Code>SignatureDoesNotMatch<\/Code><Message>.+<\/Message><RequestId>\w+<\/RequestId><\/Error>$/);
    const wrongSecret = await getSignedUrl(client({ credentials: { ...KEYS, secretAccessKey: 'not-the-secret' } }), new GetObjectCommand({ Bucket: 'private', Key: 'photo.jpg' }));
    expect((await fetch(wrongSecret)).status).toBe(403);
    await s3.send(new DeleteObjectCommand({ Bucket: 'private', Key: 'photo.jpg' }));
  });

  it('serves unsigned reads from a public bucket only, and never unsigned writes', async () => {
    const s3 = client();
    for (const bucket of ['private', 'public']) await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'menu.jpg', Body: Buffer.from(bucket) }));
    expect(await (await fetch(`${sandbox.endpoint}/public/menu.jpg`)).text()).toBe('public');
    const denied = await fetch(`${sandbox.endpoint}/private/menu.jpg`);
    expect(denied.status).toBe(403);
    expect(await denied.text()).toContain('<Code>AccessDenied</Code>');
    expect((await fetch(`${sandbox.endpoint}/public/menu.jpg`, { method: 'DELETE' })).status).toBe(403);
    expect((await fetch(`${sandbox.endpoint}/public/new.jpg`, { method: 'PUT', body: 'x' })).status).toBe(403);
    expect((await fetch(`${sandbox.endpoint}/public?list-type=2`)).status).toBe(403);
    for (const bucket of ['private', 'public']) await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'menu.jpg' }));
  });
});

describe('the demo bucket', () => {
  it('is outpost-demo with its printed keys, publicly readable at <endpoint>/outpost-demo', async () => {
    const demo = await startDemoBucket();
    try {
      const s3 = client({ endpoint: demo.endpoint, credentials: { accessKeyId: demo.accessKeyId, secretAccessKey: demo.secretAccessKey } });
      await s3.send(new PutObjectCommand({ Bucket: demo.bucket, Key: 'hello.txt', Body: 'hello' }));
      expect(await (await fetch(`${demo.publicUrl}/hello.txt`)).text()).toBe('hello');
      expect(demo.objectKeys('outpost-demo')).toEqual(['hello.txt']);
    } finally {
      await demo.stop();
    }
  });
});
