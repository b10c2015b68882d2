import type { DatabaseSync } from 'node:sqlite';
import type { S3Client } from '@aws-sdk/client-s3';
import { BucketCredentials, type BucketSettings, type BucketTestReport } from '../../preload/contract';
import { SecretMissingError, SecretUnreadableError, type TokenVault } from '../accounts/tokenVault';
import type { Logger } from '../diagnostics/logger';
import { DomainError } from '../errors/domainError';
import type { StagingBucket } from '../platforms/staging/mediaStagingHost';
import { inTransaction } from '../store/transaction';
import { BucketError, bucketPlace } from './bucketErrors';
import { createBucketSettingsRepository } from './bucketSettingsRepository';
import { createBucketStagingHost } from './bucketStagingHost';
import { testBucketConnection, type ConnectionTestOutcome } from './connectionTest';
import { createS3Client } from './s3ClientFactory';

/** The only place the bucket's secret access key is kept: encrypted in the token vault, under this name. */
export const BUCKET_SECRET_NAME = 'staging-bucket:secret';

export interface StagingBucketDeps {
  db: DatabaseSync;
  /** Must write to `db`: a save writes the secret and the settings in one transaction. */
  vault: TokenVault;
  logger: Logger;
  now?: () => Date;
}

/** The bucket for the publishers (StagingBucket) and the `staging.*` channels. */
export interface StagingBucketService extends StagingBucket {
  /** The saved settings, without the secret; null when none are set up. */
  get(): BucketSettings | null;
  /** Uploads, reads back and deletes a test file with these settings; saves nothing. */
  test(credentials: BucketCredentials): Promise<BucketTestReport>;
  /** Tests, then saves the settings and (when given) the secret, together; BUCKET_FAILED when a check fails. */
  save(credentials: BucketCredentials): Promise<BucketSettings>;
  /** Forgets the settings and deletes the secret. */
  remove(): void;
  /** Closes the S3 client's connections (on quit). */
  close(): void;
}

/**
 * The owner's media staging bucket (issue 7). The settings live in SQLite (`staging_bucket`), the
 * secret key only in the vault, as developer-app secrets do; a saved bucket counts only with its
 * secret. Log lines carry the bucket, the host and the region, never a key or a signed address.
 * One S3 client serves the saved settings and is replaced when they are saved again or removed.
 */
export function createStagingBucket(deps: StagingBucketDeps): StagingBucketService {
  const { db, vault, logger, now = () => new Date() } = deps;
  const repository = createBucketSettingsRepository(db);
  /** The client of the saved settings, made on first use; replaced when they change. */
  let current: Promise<S3Client> | null = null;
  /** Clients of earlier settings: an upload may still be running on one, so they close only on quit. */
  const retired: Promise<S3Client>[] = [];

  const saved = (): BucketSettings | null => {
    const settings = repository.get();
    return settings && vault.info(BUCKET_SECRET_NAME) ? settings : null;
  };

  const retireClient = () => {
    if (current) retired.push(current);
    current = null;
  };

  const clientFor = (settings: BucketSettings): Promise<S3Client> => {
    if (!current) {
      const client = readSecret().then((secret) => createS3Client(settings, secret, logger));
      current = client;
      // A secret that could not be read is asked for again next time, not remembered as broken.
      client.catch(() => {
        if (current === client) current = null;
      });
    }
    return current;
  };

  const readSecret = async (): Promise<string> => {
    try {
      return await vault.read(BUCKET_SECRET_NAME);
    } catch (error) {
      // The vault's own errors speak of an account's sign-in; these speak of the bucket.
      if (error instanceof SecretUnreadableError) {
        throw new BucketError(
          'secret_unreadable',
          'Outpost can no longer read the saved secret access key of your storage bucket.',
          'Open Settings → Storage bucket and enter the secret access key again.',
        );
      }
      if (error instanceof SecretMissingError) throw notSetUp();
      throw error;
    }
  };

  const runTest = async (settings: BucketSettings, secret: string): Promise<ConnectionTestOutcome> => {
    const logged = loggable(settings);
    logger.info(logged, 'staging bucket: testing');
    const client = createS3Client(settings, secret, logger);
    try {
      const host = createBucketStagingHost({ client, settings, addresses: 'presigned', now });
      const outcome = await testBucketConnection(host, settings, now);
      const checks = outcome.report.checks.map((check) => `${check.name}:${check.outcome}`).join(' ');
      if (outcome.failure) logger.warn({ ...logged, checks, problem: outcome.failure.problem, detail: outcome.failure.detail }, 'staging bucket: test failed');
      else logger.info({ ...logged, checks }, 'staging bucket: test passed');
      return outcome;
    } finally {
      client.destroy();
    }
  };

  /** The secret to test with: the one typed, else the saved one. */
  const secretOf = (credentials: BucketCredentials) =>
    credentials.secretAccessKey !== null ? Promise.resolve(credentials.secretAccessKey) : readSecret();

  return {
    get: saved,

    async test(given) {
      const credentials = checked(given);
      return (await runTest(settingsOf(credentials), await secretOf(credentials))).report;
    },

    async save(given) {
      const credentials = checked(given);
      const settings = settingsOf(credentials);
      const { failure } = await runTest(settings, await secretOf(credentials));
      if (failure) throw failure;
      const sealed = credentials.secretAccessKey !== null ? await vault.seal(credentials.secretAccessKey) : null;
      inTransaction(db, () => {
        if (sealed) vault.storeSealed(BUCKET_SECRET_NAME, sealed);
        repository.save(settings, now().toISOString());
      });
      retireClient();
      logger.info(loggable(settings), 'staging bucket: saved');
      return settings;
    },

    remove() {
      inTransaction(db, () => {
        repository.remove();
        vault.removeByPrefix(BUCKET_SECRET_NAME);
      });
      retireClient();
      logger.info('staging bucket: removed');
    },

    async host(addresses) {
      const settings = saved();
      if (!settings) return null;
      if (addresses === 'public' && !servesTikTokPhotos(settings)) return null;
      return createBucketStagingHost({ client: await clientFor(settings), settings, addresses, now });
    },

    capabilities() {
      const settings = saved();
      return { canStage: settings !== null, canServeTikTokPhotos: settings !== null && servesTikTokPhotos(settings) };
    },

    close() {
      retireClient();
      for (const client of retired.splice(0)) void client.then((open) => open.destroy(), () => undefined);
    },
  };
}

/** TikTok pulls photos only from a domain or address prefix verified for the owner's app. */
function servesTikTokPhotos(settings: BucketSettings): boolean {
  return settings.publicBaseUrl !== null && settings.publicDomainVerifiedWithTikTok;
}

function settingsOf(credentials: BucketCredentials): BucketSettings {
  const { secretAccessKey: _secret, ...settings } = credentials;
  return settings;
}

/** What a log line may say about the bucket. */
function loggable(settings: BucketSettings) {
  return { bucket: settings.bucket, place: bucketPlace(settings), region: settings.region, pathStyle: settings.forcePathStyle };
}

function notSetUp(): BucketError {
  return new BucketError(
    'not_set_up',
    'Outpost has no secret access key saved for this bucket.',
    'Enter the secret access key, then test and save again.',
  );
}

/**
 * The IPC guard has parsed the request already; main parses again so no other caller can hand the
 * SDK or the vault an unchecked value. The error carries the contract's hints, never the values.
 */
function checked(value: BucketCredentials): BucketCredentials {
  const result = BucketCredentials.safeParse(value);
  if (!result.success) throw new DomainError('VALIDATION_FAILED', result.error.issues.map((issue) => issue.message).join(' '));
  return result.data;
}
