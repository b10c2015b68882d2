/**
 * The storage-bucket half of the fake `window.api`: the saved bucket (never its secret) and the
 * `staging.*` channels over it. fakeApi.ts spreads `handlers` into its own; tests seed and read
 * the store as `fake.staging`, and replace `staging.test` with `fake.handle` to make a check fail.
 *
 * It behaves like main where the screen depends on it: the test passes by default (the public
 * address skipped when none is set); `staging.save` runs the current `staging.test` first and
 * refuses with BUCKET_FAILED when a check failed; a save without a secret keeps the saved one, and
 * is refused when there is none.
 */
import type { BucketCheck, BucketCredentials, BucketSettings, BucketTestReport, Channel, Result } from '../../../preload/contract';
import { ok, type FakeHandlers } from './fakeApi';

export interface FakeStagingStore {
  /** The saved bucket; null when none is set up. */
  bucket: BucketSettings | null;
}

type StagingChannel = Extract<Channel, `staging.${string}`>;

export interface FakeStaging {
  store: FakeStagingStore;
  handlers: Pick<FakeHandlers, StagingChannel>;
}

/** A Cloudflare R2 bucket as the owner would save it. */
export const R2_BUCKET: BucketSettings = {
  endpoint: 'https://0123456789abcdef0123456789abcdef.r2.cloudflarestorage.com',
  region: 'auto',
  bucket: 'crumb-media',
  accessKeyId: '0123456789abcdef0123456789abcdef',
  forcePathStyle: false,
  publicBaseUrl: null,
  publicDomainVerifiedWithTikTok: false,
};

/** The report of a test where everything worked. */
export function passingReport(settings: Pick<BucketSettings, 'bucket' | 'publicBaseUrl'>): BucketTestReport {
  const checks: BucketCheck[] = [
    { name: 'upload', outcome: 'ok', message: `Outpost put a small test file in “${settings.bucket}”.` },
    { name: 'privateLink', outcome: 'ok', message: 'Outpost read it back through a private link, as Instagram will.' },
    settings.publicBaseUrl === null
      ? { name: 'publicAddress', outcome: 'skipped', message: 'No public address is set. Only TikTok photo posts need one.' }
      : { name: 'publicAddress', outcome: 'ok', message: 'It can be read at your public address too, as TikTok will.' },
    { name: 'remove', outcome: 'ok', message: 'Outpost deleted the test file again.' },
  ];
  return { ok: true, checks };
}

/** The report of a test whose upload was refused for a wrong secret key, as main words it. */
export const WRONG_SECRET_REPORT: BucketTestReport = {
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
};

export function createFakeStaging(options: {
  bucket?: BucketSettings | null;
  /** The current `staging.test` handler (a test may have replaced it): save decides by it, as main does. */
  runTest: (credentials: BucketCredentials) => Promise<Result<BucketTestReport>>;
}): FakeStaging {
  const store: FakeStagingStore = { bucket: options.bucket ?? null };
  const bucketFailed = (message: string, action?: string): Result<never> => ({ ok: false, code: 'BUCKET_FAILED', message, ...(action && { action }) });

  return {
    store,
    handlers: {
      'staging.get': () => ok(store.bucket),
      'staging.test': (credentials) => ok(passingReport(credentials)),
      'staging.save': async (credentials) => {
        if (credentials.secretAccessKey === null && store.bucket === null) {
          return bucketFailed('Outpost has no secret access key saved for this bucket.', 'Enter the secret access key, then test and save again.');
        }
        const tested = await options.runTest(credentials);
        if (!tested.ok) return tested;
        const failed = tested.value.checks.find((check) => check.outcome === 'failed');
        if (failed) return bucketFailed(failed.message);
        const { secretAccessKey: _secret, ...settings } = credentials;
        store.bucket = settings;
        return ok(settings);
      },
      'staging.remove': () => {
        store.bucket = null;
        return ok(null);
      },
    },
  };
}
