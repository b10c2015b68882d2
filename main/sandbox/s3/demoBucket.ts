import { startS3Sandbox, type S3Sandbox } from './s3Sandbox';

/**
 * The demo's storage bucket: the S3 sandbox with fixed keys and one bucket, `outpost-demo`, that
 * is also publicly readable (at `<endpoint>/outpost-demo`, standing in for a custom domain), so
 * Settings → Storage bucket can be filled in, tested and saved without an account anywhere.
 * `npm run sandbox` starts it beside the platforms (main/sandbox/README.md). The keys are made up
 * and open nothing but this sandbox.
 */
export const DEMO_BUCKET = {
  bucket: 'outpost-demo',
  accessKeyId: 'OUTPOSTDEMOACCESSKEY',
  secretAccessKey: 'outpost-demo-secret-access-key-0000000000',
} as const;

export async function startDemoBucket(port = 0): Promise<S3Sandbox> {
  return startS3Sandbox({
    credentials: { accessKeyId: DEMO_BUCKET.accessKeyId, secretAccessKey: DEMO_BUCKET.secretAccessKey },
    buckets: [DEMO_BUCKET.bucket],
    publicBuckets: [DEMO_BUCKET.bucket],
    port,
  });
}

/** The address the demo bucket's objects are public at, for the "Public address" field. */
export function demoBucketPublicUrl(sandbox: Pick<S3Sandbox, 'endpoint'>): string {
  return `${sandbox.endpoint}/${DEMO_BUCKET.bucket}`;
}
