import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { recordIssuedSecret } from '../world/secretLedger';
import { S3Buckets } from './s3Buckets';
import { s3Failures, type S3Failure } from './s3Failures';
import { errorXml, listObjectsXml } from './s3Xml';
import { authenticate, sha256Hex, UNSIGNED_PAYLOAD, type ArrivedRequest } from './sigV4';

/**
 * A small S3-compatible server on 127.0.0.1 for tests and the demo: what Outpost's media staging
 * does with an owner's bucket (AWS S3, Cloudflare R2, Backblaze B2, MinIO), over real HTTP, driven
 * through the real AWS SDK. No maintained registry package does this offline: s3rver is
 * unmaintained and cannot move its clock to expire a pre-signed address, MinIO is a separate
 * server binary (Testcontainers would pull its image), hence this fake.
 *
 * What it keeps to: path-style addresses only (`/<bucket>/<key>`, no bucket host names); PUT
 * (Content-Length required; the body signed by its SHA-256 or sent as UNSIGNED-PAYLOAD, as the SDK
 * does for streams), GET and HEAD, DELETE (204, also for a key that is not there), ListObjectsV2,
 * HeadBucket; every request's Signature V4 verified, in the header or in a pre-signed address whose
 * `X-Amz-Expires` runs on `now`; S3's XML errors. Unsigned GETs are served only for `publicBuckets`
 * (a bucket behind a public domain). The SDK's optional request checksums are refused with 501 as
 * Cloudflare R2 did, so a client that forgets `requestChecksumCalculation: 'WHEN_REQUIRED'` fails
 * here as it would there. Objects live in memory.
 */

export interface S3SandboxOptions {
  credentials: { accessKeyId: string; secretAccessKey: string };
  buckets: string[];
  /** Buckets whose objects anyone may read without signing, as through a public custom domain. */
  publicBuckets?: string[];
  /** The time pre-signed addresses expire against. Default: the real time. */
  now?: () => Date;
  /** 0 or omitted: a free port. */
  port?: number;
}

export interface S3Sandbox {
  /** `http://127.0.0.1:<port>`: the endpoint an S3 client (path-style) is given. */
  endpoint: string;
  region: string;
  stop(): Promise<void>;
  /** Every key in a bucket, sorted: what tests list to prove staged objects were removed. */
  objectKeys(bucket: string): string[];
}

/** The one region the sandbox is in; a client signing for another is told so, as S3 does. */
export const S3_SANDBOX_REGION = 'us-east-1';

/** Objects are kept in memory, so one is at most this big (Instagram's largest video is 1 GB). */
const MAX_OBJECT_BYTES = 1024 * 1024 * 1024;

export async function startS3Sandbox(options: S3SandboxOptions): Promise<S3Sandbox> {
  const now = options.now ?? (() => new Date());
  const buckets = new S3Buckets(options.buckets);
  const publicBuckets = new Set(options.publicBuckets ?? []);
  // So the test run can prove afterwards that the key never reached a log or a reply (test/scan/).
  recordIssuedSecret(options.credentials.secretAccessKey);
  let requests = 0;

  const server = createServer((request, response) => {
    const requestId = `OUTPOSTS3${(++requests).toString(16).toUpperCase().padStart(8, '0')}`;
    handle(request, response, requestId).catch((error: unknown) => {
      console.error('[s3 sandbox]', error);
      if (!response.headersSent) fail(request, response, requestId, s3Failures.internalError());
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse, requestId: string): Promise<void> {
    const method = request.method ?? 'GET';
    const url = request.url ?? '/';
    const queryStart = url.indexOf('?');
    const arrived: ArrivedRequest = {
      method,
      rawPath: queryStart === -1 ? url : url.slice(0, queryStart),
      query: parseQuery(queryStart === -1 ? '' : url.slice(queryStart + 1)),
      headers: request.headers,
    };
    const refuse = (failure: S3Failure) => {
      request.resume();
      fail(request, response, requestId, failure);
    };
    const declaredLength = request.headers['content-length'];
    if (declaredLength !== undefined && Number(declaredLength) > MAX_OBJECT_BYTES) return refuse(s3Failures.entityTooLarge());

    const auth = authenticate(arrived, options.credentials, S3_SANDBOX_REGION, now());
    if (auth.kind === 'refused') return refuse(auth.failure);
    const target = parseTarget(arrived.rawPath);
    if (!target) return refuse(s3Failures.notImplemented());
    const { bucket, key } = target;
    if (!buckets.has(bucket)) return refuse(s3Failures.noSuchBucket(bucket));
    const isRead = method === 'GET' || method === 'HEAD';
    if (auth.kind === 'anonymous' && !(publicBuckets.has(bucket) && key !== '' && isRead)) return refuse(s3Failures.accessDenied());
    const checksumHeader = unsupportedChecksum(request, auth.kind === 'signed' ? auth.payloadHash : UNSIGNED_PAYLOAD);
    if (checksumHeader) return refuse(s3Failures.checksumNotImplemented(checksumHeader));

    const send = (status: number, headers: Record<string, string | number>, body?: Buffer | string) => {
      response.writeHead(status, { 'x-amz-request-id': requestId, ...headers });
      response.end(method === 'HEAD' ? undefined : body);
    };

    if (key === '') {
      if (method === 'HEAD') return send(200, { 'x-amz-bucket-region': S3_SANDBOX_REGION });
      if (method === 'GET' && arrived.query.some(([name, value]) => name === 'list-type' && value === '2')) {
        const parameter = (name: string) => arrived.query.find(([candidate]) => candidate === name)?.[1] ?? null;
        const maxKeys = parameter('max-keys');
        const page = buckets.list(bucket, {
          prefix: parameter('prefix') ?? '',
          maxKeys: maxKeys === null ? null : Number(maxKeys),
          continuationToken: parameter('continuation-token'),
          startAfter: parameter('start-after'),
        });
        return send(200, { 'content-type': 'application/xml' }, listObjectsXml(page));
      }
      return refuse(s3Failures.notImplemented());
    }

    switch (method) {
      case 'PUT': {
        if (declaredLength === undefined) return refuse(s3Failures.missingContentLength());
        const body = await readBody(request);
        if (auth.kind === 'signed' && /^[0-9a-f]{64}$/.test(auth.payloadHash) && sha256Hex(body) !== auth.payloadHash) {
          return fail(request, response, requestId, s3Failures.contentSha256Mismatch());
        }
        const contentType = request.headers['content-type'] ?? 'binary/octet-stream';
        const stored = buckets.put(bucket, key, body, contentType, now());
        return send(200, { etag: `"${stored.etag}"` });
      }
      case 'GET':
      case 'HEAD': {
        const object = buckets.get(bucket, key);
        if (!object) return refuse(s3Failures.noSuchKey(key));
        return send(
          200,
          {
            'content-type': object.contentType,
            'content-length': object.bytes.length,
            etag: `"${object.etag}"`,
            'last-modified': object.lastModified.toUTCString(),
          },
          object.bytes,
        );
      }
      case 'DELETE':
        buckets.delete(bucket, key);
        return send(204, {});
      default:
        return refuse(s3Failures.notImplemented());
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    region: S3_SANDBOX_REGION,
    objectKeys: (bucket) => buckets.keys(bucket),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** An error answer: S3's XML document, or for HEAD the status alone (S3 sends no body). */
function fail(request: IncomingMessage, response: ServerResponse, requestId: string, failure: S3Failure): void {
  const body = request.method === 'HEAD' ? undefined : errorXml(failure, requestId);
  response.writeHead(failure.status, { 'x-amz-request-id': requestId, 'content-type': 'application/xml' });
  response.end(body);
}

/** `/<bucket>` or `/<bucket>/<key>`, path-style; null for the service root (ListBuckets, not offered). */
function parseTarget(rawPath: string): { bucket: string; key: string } | null {
  const path = rawPath.replace(/^\//, '');
  if (path === '') return null;
  const slash = path.indexOf('/');
  return slash === -1
    ? { bucket: decode(path), key: '' }
    : { bucket: decode(path.slice(0, slash)), key: decode(path.slice(slash + 1)) };
}

function parseQuery(raw: string): [string, string][] {
  return raw
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const separator = part.indexOf('=');
      return separator === -1 ? [decode(part), ''] : [decode(part.slice(0, separator)), decode(part.slice(separator + 1))];
    });
}

/** A malformed escape is kept as it came; its signature then fails to match, as on S3. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The header that asks for a request checksum or an aws-chunked body, if any. */
function unsupportedChecksum(request: IncomingMessage, payloadHash: string): string | null {
  const header = Object.keys(request.headers).find(
    (name) => (name.startsWith('x-amz-checksum-') && name !== 'x-amz-checksum-mode') || name === 'x-amz-sdk-checksum-algorithm' || name === 'x-amz-trailer',
  );
  if (header) return header;
  return payloadHash.startsWith('STREAMING-') ? 'x-amz-content-sha256' : null;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
