import { createReadStream } from 'node:fs';
import { pipeline, Transform, type Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { BucketSettings } from '../../preload/contract';
import type { BucketAddresses, MediaStagingHost, StagingFile } from '../platforms/staging/mediaStagingHost';
import { BucketError, toBucketError, type BucketOperation } from './bucketErrors';
import { STAGING_KEY_PREFIX, stagingKeyFor } from './stagingKeys';

/**
 * How long a pre-signed address works: 24 hours. Instagram fetches the file while it processes
 * the container, and a container lives 24 hours before it expires (platform-apis.md 2.2, [S30]);
 * the address is made right before the container, so it outlives every fetch Instagram can still
 * make for it, retries and slow video processing included. Well inside S3's seven-day ceiling,
 * and the object is deleted once the post is out anyway.
 */
export const PRESIGNED_ADDRESS_LIFETIME_SECONDS = 24 * 60 * 60;

export interface BucketStagingHostDeps {
  client: S3Client;
  settings: BucketSettings;
  addresses: BucketAddresses;
  /** Signing time of pre-signed addresses (the engine's clock in tests). */
  now: () => Date;
  /** The object key for a file name (tests fix the random part). */
  keyFor?: (fileName: string) => string;
}

/**
 * The owner's S3-compatible bucket as a media staging host: `stage` puts the file under
 * `outpost-staging/<random>/<name>` (photos from memory, videos streamed from disk with progress),
 * `addressOf` hands out a pre-signed GET address, or for `public` the owner's public address of
 * the object, and `remove` deletes each object. Every failure is a BucketError in plain words.
 */
export function createBucketStagingHost(deps: BucketStagingHostDeps): MediaStagingHost {
  const { client, settings, addresses, now, keyFor = stagingKeyFor } = deps;
  const context = (operation: BucketOperation) => ({ bucket: settings.bucket, endpoint: settings.endpoint, region: settings.region, operation });

  return {
    kind: 'bucket',

    async stage(file: StagingFile, progress, signal) {
      const key = keyFor(file.fileName);
      const body = 'bytes' in file ? file.bytes : countedFileStream(file.filePath, file.size, (sent) => progress(file.size > 0 ? sent / file.size : 1));
      const length = 'bytes' in file ? file.bytes.length : file.size;
      try {
        await client.send(
          new PutObjectCommand({ Bucket: settings.bucket, Key: key, Body: body, ContentLength: length, ContentType: file.contentType }),
          { abortSignal: signal },
        );
      } catch (error) {
        if (signal.aborted) throw error;
        throw toBucketError(error, context('upload'));
      } finally {
        if ('destroy' in body) body.destroy();
      }
      progress(1);
      return key;
    },

    async addressOf(ref) {
      if (addresses === 'public') return publicAddressOf(settings, ref);
      return getSignedUrl(client, new GetObjectCommand({ Bucket: settings.bucket, Key: ref }), {
        expiresIn: PRESIGNED_ADDRESS_LIFETIME_SECONDS,
        signingDate: now(),
      });
    },

    async remove(refs) {
      const failures: { ref: string; error: unknown }[] = [];
      for (const ref of refs) {
        if (!ref.startsWith(STAGING_KEY_PREFIX)) {
          // Never a reason to touch the owner's own files: only what Outpost put there goes.
          failures.push({ ref, error: new BucketError('refused', 'Outpost deletes only the files it put in the bucket.', 'Nothing to do.') });
          continue;
        }
        try {
          await client.send(new DeleteObjectCommand({ Bucket: settings.bucket, Key: ref }));
        } catch (error) {
          if (!isAlreadyGone(error)) failures.push({ ref, error: toBucketError(error, context('delete')) });
        }
      }
      return failures;
    },
  };
}

/**
 * The object at the owner's public address: `publicBaseUrl` (a custom domain in front of the
 * bucket, verified with TikTok) followed by the key, each part escaped.
 */
export function publicAddressOf(settings: Pick<BucketSettings, 'publicBaseUrl'>, key: string): string {
  if (settings.publicBaseUrl === null) throw new Error('The bucket has no public address.');
  const base = settings.publicBaseUrl.replace(/\/+$/, '');
  return `${base}/${key.split('/').map(encodeURIComponent).join('/')}`;
}

/** S3 answers 204 to deleting a key that is not there; some compatible services say NoSuchKey instead. */
function isAlreadyGone(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'NoSuchKey' || name === 'NotFound';
}

/** The first `size` bytes of a file as a stream that reports how many have been read for sending. */
function countedFileStream(filePath: string, size: number, onSent: (bytes: number) => void): Readable {
  let sent = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      sent += chunk.length;
      onSent(sent);
      done(null, chunk);
    },
  });
  return pipeline(createReadStream(filePath, { start: 0, end: Math.max(0, size - 1) }), counter, () => undefined);
}
