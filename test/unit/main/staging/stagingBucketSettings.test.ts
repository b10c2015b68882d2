import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BucketCredentials, BucketSettings } from '../../../../preload/contract';
import { createDevelopmentCipher } from '../../../../main/accounts/developmentCipher';
import type { SecretCipher } from '../../../../main/accounts/secretCipher';
import { createTokenVault, type TokenVault } from '../../../../main/accounts/tokenVault';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { createBucketSettingsRepository } from '../../../../main/staging/bucketSettingsRepository';
import { BUCKET_SECRET_NAME, createStagingBucket } from '../../../../main/staging/stagingBucket';
import { openOutpostDatabase, type OpenedDatabase } from '../../../../main/store/database';
import { useTempDirectory } from '../../../support/useTempDirectory';

const SAVED_AT = '2026-05-04T10:00:00.000Z';
const R2: BucketSettings = {
  endpoint: 'https://0123456789abcdef.r2.cloudflarestorage.com',
  region: 'auto',
  bucket: 'crumb-media',
  accessKeyId: 'AKIAOUTPOSTEXAMPLE01',
  forcePathStyle: false,
  publicBaseUrl: null,
  publicDomainVerifiedWithTikTok: false,
};

describe('the saved bucket: settings in SQLite, the secret in the vault', () => {
  const tempDirectory = useTempDirectory('staging-settings');
  let database: OpenedDatabase;
  let vault: TokenVault;

  beforeEach(() => {
    database = openOutpostDatabase({ file: join(tempDirectory(), 'outpost.db'), logger: createSilentLogger() });
    vault = vaultWith(cipher());
  });
  afterEach(() => database.close());

  const cipher = () => createDevelopmentCipher(join(tempDirectory(), 'dev-secret.key'));
  const vaultWith = (secretCipher: SecretCipher) => createTokenVault(database.db, async () => secretCipher, createSilentLogger());
  const staging = (withVault: TokenVault = vault) => createStagingBucket({ db: database.db, vault: withVault, logger: createSilentLogger() });
  /** What a successful save leaves, written directly: the row and the sealed secret. */
  const saveDirectly = async (settings: BucketSettings) => {
    createBucketSettingsRepository(database.db).save(settings, SAVED_AT);
    await vault.store(BUCKET_SECRET_NAME, 'the-secret-access-key');
  };

  describe('the repository', () => {
    it('has nothing until a bucket is saved, then gives back exactly what was saved', () => {
      const repository = createBucketSettingsRepository(database.db);
      expect(repository.get()).toBeNull();
      const full = { ...R2, endpoint: null, region: 'eu-west-3', forcePathStyle: true, publicBaseUrl: 'https://media.crumb.example', publicDomainVerifiedWithTikTok: true };
      repository.save(full, SAVED_AT);
      expect(repository.get()).toEqual(full);
      expect(database.db.prepare('SELECT saved_at FROM staging_bucket').get()).toEqual({ saved_at: SAVED_AT });
    });

    it('keeps one bucket: saving again replaces it, and remove forgets it', () => {
      const repository = createBucketSettingsRepository(database.db);
      repository.save(R2, SAVED_AT);
      repository.save({ ...R2, bucket: 'crumb-media-2' }, '2026-05-05T10:00:00.000Z');
      expect(repository.get()).toEqual({ ...R2, bucket: 'crumb-media-2' });
      expect(database.db.prepare('SELECT count(*) AS n FROM staging_bucket').get()).toEqual({ n: 1 });
      repository.remove();
      expect(repository.get()).toBeNull();
    });

    it('never has a column for the secret', () => {
      const columns = (database.db.prepare('PRAGMA table_info(staging_bucket)').all() as { name: string }[]).map((column) => column.name);
      expect(columns.some((name) => /secret/i.test(name))).toBe(false);
    });
  });

  describe('the service', () => {
    it('reads as not set up without a bucket: no host, no capabilities', async () => {
      const bucket = staging();
      expect(bucket.get()).toBeNull();
      expect(bucket.capabilities()).toEqual({ canStage: false, canServeTikTokPhotos: false });
      await expect(bucket.host('presigned')).resolves.toBeNull();
      await expect(bucket.host('public')).resolves.toBeNull();
    });

    it('counts a saved bucket only with its secret', () => {
      createBucketSettingsRepository(database.db).save(R2, SAVED_AT);
      expect(staging().get()).toBeNull();
      expect(staging().capabilities().canStage).toBe(false);
    });

    it('stages through a saved bucket, and serves TikTok photos only from a public address verified with TikTok', async () => {
      await saveDirectly(R2);
      const bucket = staging();
      expect(bucket.get()).toEqual(R2);
      expect(bucket.capabilities()).toEqual({ canStage: true, canServeTikTokPhotos: false });
      expect((await bucket.host('presigned'))?.kind).toBe('bucket');
      await expect(bucket.host('public')).resolves.toBeNull();

      await saveDirectly({ ...R2, publicBaseUrl: 'https://media.crumb.example' });
      expect(bucket.capabilities().canServeTikTokPhotos).toBe(false);
      await expect(bucket.host('public')).resolves.toBeNull();

      await saveDirectly({ ...R2, publicBaseUrl: 'https://media.crumb.example', publicDomainVerifiedWithTikTok: true });
      expect(bucket.capabilities()).toEqual({ canStage: true, canServeTikTokPhotos: true });
      expect((await bucket.host('public'))?.kind).toBe('bucket');
      bucket.close();
    });

    it('remove forgets the settings and deletes the secret', async () => {
      await saveDirectly(R2);
      staging().remove();
      expect(createBucketSettingsRepository(database.db).get()).toBeNull();
      expect(vault.info(BUCKET_SECRET_NAME)).toBeUndefined();
    });

    it('a secret the keyring can no longer read asks for the secret again', async () => {
      await saveDirectly(R2);
      const otherKeyring: SecretCipher = { ...cipher(), backend: 'kwallet6' };
      await expect(staging(vaultWith(otherKeyring)).host('presigned')).rejects.toMatchObject({
        code: 'BUCKET_FAILED',
        problem: 'secret_unreadable',
        action: expect.stringContaining('enter the secret access key again'),
      });
    });

    it('testing without a secret needs a saved one', async () => {
      const credentials: BucketCredentials = { ...R2, secretAccessKey: null };
      await expect(staging().test(credentials)).rejects.toMatchObject({ code: 'BUCKET_FAILED', problem: 'not_set_up' });
    });

    it('checks the settings again in main, saying what is wrong and never echoing the values', async () => {
      const credentials = { ...R2, endpoint: 'not an address', secretAccessKey: 'the-secret-access-key' };
      const error = await staging().test(credentials).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(String((error as Error).message)).not.toContain('the-secret-access-key');
    });
  });
});
