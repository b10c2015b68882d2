import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BucketSettings } from '../../../../preload/contract';
import type { MediaStagingHost } from '../../../../main/platforms/staging/mediaStagingHost';
import { BucketError } from '../../../../main/staging/bucketErrors';
import { testBucketConnection } from '../../../../main/staging/connectionTest';

const SETTINGS: BucketSettings = {
  endpoint: 'https://s3.us-west-004.backblazeb2.com',
  region: 'us-west-004',
  bucket: 'crumb-media',
  accessKeyId: '004abcdef0123450000000001',
  forcePathStyle: false,
  publicBaseUrl: null,
  publicDomainVerifiedWithTikTok: false,
};
const now = () => new Date('2026-05-04T10:00:00.000Z');

/** What the address hands back: the uploaded bytes, other bytes, or a refusal. */
let answer: (uploaded: Buffer) => { status: number; body: Buffer };
let server: Server;
let base: string;

beforeEach(async () => {
  server = createServer((_request, response) => {
    const { status, body } = answer(uploaded);
    response.writeHead(status).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

let uploaded: Buffer = Buffer.alloc(0);
function fakeHost(options: { removeFails?: boolean; stageFails?: unknown } = {}) {
  const removed: string[] = [];
  const host: MediaStagingHost = {
    kind: 'bucket',
    async stage(file) {
      if (options.stageFails) throw options.stageFails;
      if (!('bytes' in file)) throw new Error('the test uploads bytes');
      uploaded = file.bytes;
      return 'outpost-staging/abc/outpost-connection-test.txt';
    },
    addressOf: async (ref) => `${base}/${ref}?signed`,
    async remove(refs) {
      removed.push(...refs);
      return options.removeFails ? refs.map((ref) => ({ ref, error: new BucketError('permission', 'Not allowed to delete.', 'Give the key delete rights.') })) : [];
    },
  };
  return { host, removed };
}

describe('the connection test', () => {
  it('passes when the link hands back the very bytes uploaded, and deletes the file', async () => {
    answer = (bytes) => ({ status: 200, body: bytes });
    const { host, removed } = fakeHost();
    const { report, failure } = await testBucketConnection(host, SETTINGS, now);
    expect(failure).toBeNull();
    expect(report.ok).toBe(true);
    expect(report.checks.map((check) => check.outcome)).toEqual(['ok', 'ok', 'skipped', 'ok']);
    expect(uploaded.toString()).toContain('2026-05-04T10:00:00.000Z');
    expect(removed).toEqual(['outpost-staging/abc/outpost-connection-test.txt']);
  });

  it('fails the private link when other bytes come back, skips the public address, and still deletes', async () => {
    answer = () => ({ status: 200, body: Buffer.from('<html>a website</html>') });
    const { host, removed } = fakeHost();
    const { report, failure } = await testBucketConnection(host, { ...SETTINGS, publicBaseUrl: 'https://media.crumb.example' }, now);
    expect(report.checks).toEqual([
      expect.objectContaining({ name: 'upload', outcome: 'ok' }),
      {
        name: 'privateLink',
        outcome: 'failed',
        message: 'What came back through the private link is not the file Outpost uploaded. Check that the endpoint is the provider’s S3 address and that nothing in between changes files.',
      },
      { name: 'publicAddress', outcome: 'skipped', message: 'Not checked, because an earlier check failed.' },
      expect.objectContaining({ name: 'remove', outcome: 'ok' }),
    ]);
    expect(failure).toMatchObject({ code: 'BUCKET_FAILED', problem: 'content_differs' });
    expect(removed).toHaveLength(1);
  });

  it('names a private link the service refuses', async () => {
    answer = () => ({ status: 403, body: Buffer.from('<Error><Code>AccessDenied</Code></Error>') });
    const { report, failure } = await testBucketConnection(fakeHost().host, SETTINGS, now);
    expect(report.checks[1]).toMatchObject({ outcome: 'failed', message: expect.stringContaining('s3.us-west-004.backblazeb2.com stored the test file but would not hand it out') });
    expect(failure).toMatchObject({ problem: 'link_refused', detail: 'HTTP 403' });
  });

  it('reports a delete that failed, so the owner knows the key cannot clean up', async () => {
    answer = (bytes) => ({ status: 200, body: bytes });
    const { report, failure } = await testBucketConnection(fakeHost({ removeFails: true }).host, SETTINGS, now);
    expect(report.ok).toBe(false);
    expect(report.checks[3]).toEqual({ name: 'remove', outcome: 'failed', message: 'Not allowed to delete. Give the key delete rights.' });
    expect(failure).toMatchObject({ problem: 'permission' });
  });

  it('skips everything after a failed upload, and calls an unexpected failure so without its text', async () => {
    const { host, removed } = fakeHost({ stageFails: new TypeError('secret-looking text that must not show') });
    const { report } = await testBucketConnection(host, SETTINGS, now);
    expect(report.checks.map((check) => check.outcome)).toEqual(['failed', 'skipped', 'skipped', 'skipped']);
    expect(report.checks[0]!.message).toBe('Something unexpected went wrong while testing the bucket. Test again; if it keeps happening, copy the diagnostics from Settings for support.');
    expect(removed).toEqual([]);
  });
});
