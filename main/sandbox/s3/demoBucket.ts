import { randomBytes } from 'node:crypto';
import { startS3Sandbox, type S3Sandbox } from './s3Sandbox';

/**
 * The demo's storage bucket: the S3 sandbox with one bucket, `outpost-demo`, that is also publicly
 * readable (at `<endpoint>/outpost-demo`, standing in for a custom domain), so Settings → Storage
 * bucket can be filled in, tested and saved without an account anywhere. `npm run sandbox` starts
 * it beside the platforms and prints its settings (main/sandbox/README.md). The secret key is made
 * anew at each start, like the sandbox's app secrets: the test run's secret scan then proves it
 * never reaches a log or a reply, which a key written in the source could not show.
 */
export interface DemoBucket extends S3Sandbox {
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** The address the bucket's objects are public at, for the "Public address" field. */
  publicUrl: string;
}

const DEMO_BUCKET_NAME = 'outpost-demo';
const DEMO_ACCESS_KEY_ID = 'OUTPOSTDEMOACCESSKEY';

export async function startDemoBucket(port = 0): Promise<DemoBucket> {
  const secretAccessKey = randomBytes(30).toString('base64url');
  const sandbox = await startS3Sandbox({
    credentials: { accessKeyId: DEMO_ACCESS_KEY_ID, secretAccessKey },
    buckets: [DEMO_BUCKET_NAME],
    publicBuckets: [DEMO_BUCKET_NAME],
    port,
  });
  return {
    ...sandbox,
    bucket: DEMO_BUCKET_NAME,
    accessKeyId: DEMO_ACCESS_KEY_ID,
    secretAccessKey,
    publicUrl: `${sandbox.endpoint}/${DEMO_BUCKET_NAME}`,
  };
}
