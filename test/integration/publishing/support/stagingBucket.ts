import { afterAll, beforeAll } from 'vitest';
import { accountSecretName } from '../../../../main/accounts/accountsRepository';
import { startS3Sandbox, type S3Sandbox } from '../../../../main/sandbox/s3/s3Sandbox';
import type { PublishingWorld } from './publishingWorld';

/**
 * The owner's storage bucket for publishing tests: the S3 sandbox on 127.0.0.1 (the staging
 * helper's small S3-compatible server, driven through the real AWS SDK), saved in the world's
 * Settings through the app's own `createStagingBucket` (which tests the connection first). Its
 * clock is the platform sandbox's, so pre-signed addresses expire on the same time the containers do.
 */
const BUCKET = 'outpost-test';
const KEYS = { accessKeyId: 'OUTPOSTTESTACCESSKEY', secretAccessKey: 'outpost-test-secret-access-key-000000000' };

export interface TestBucket {
  s3: S3Sandbox;
  /** What is in the bucket now: staging must leave nothing behind. */
  keys(): string[];
  /** The address the bucket's objects are public at (standing in for the owner's custom domain). */
  publicBaseUrl(): string;
  /** Saves the bucket in Settings; `tiktokVerified`: with its public address, verified with TikTok. */
  setUp(options?: { tiktokVerified?: boolean }): Promise<void>;
  /** Removes it from Settings, as the owner does. */
  remove(): void;
}

export function useTestBucket(world: () => PublishingWorld): () => TestBucket {
  let s3: S3Sandbox | null = null;
  beforeAll(async () => {
    s3 = await startS3Sandbox({ credentials: KEYS, buckets: [BUCKET], publicBuckets: [BUCKET], now: () => world().sandbox.now() });
  });
  afterAll(async () => {
    world().stagingBucket.remove();
    await s3?.stop();
  });
  return () => {
    const running = s3;
    if (!running) throw new Error('The S3 sandbox is not running: use it inside a test.');
    const publicBaseUrl = () => `${running.endpoint}/${BUCKET}`;
    return {
      s3: running,
      keys: () => running.objectKeys(BUCKET),
      publicBaseUrl,
      async setUp(options = {}) {
        const tiktokVerified = options.tiktokVerified ?? false;
        await world().stagingBucket.save({
          endpoint: running.endpoint,
          region: running.region,
          bucket: BUCKET,
          accessKeyId: KEYS.accessKeyId,
          secretAccessKey: KEYS.secretAccessKey,
          forcePathStyle: true,
          publicBaseUrl: tiktokVerified ? publicBaseUrl() : null,
          publicDomainVerifiedWithTikTok: tiktokVerified,
        });
      },
      remove: () => world().stagingBucket.remove(),
    };
  };
}

/**
 * Connects Rosie's Instagram account with Instagram Login (graph.instagram.com, its own token, no
 * Page) or back through her Facebook Page: the same account, so posts and history stay with it.
 */
export async function connectInstagramWith(w: PublishingWorld, path: 'instagram_login' | 'facebook_login'): Promise<void> {
  const record = w.accounts.get(w.accountIds.instagram);
  if (!record) throw new Error('No Instagram account.');
  const viaInstagram = path === 'instagram_login';
  w.accounts.save({
    platform: 'instagram',
    platformAccountId: record.platformAccountId,
    displayName: record.displayName,
    username: null,
    avatarUrl: null,
    isDemo: true,
    dataAccessExpiresAt: null,
    loginPath: path,
    grantedScopes: viaInstagram
      ? ['instagram_business_basic', 'instagram_business_content_publish', 'instagram_business_manage_insights']
      : ['pages_show_list', 'pages_manage_posts', 'pages_read_engagement', 'publish_video', 'instagram_basic', 'instagram_content_publish'],
    linkedAccountId: viaInstagram ? null : w.accountIds.page,
    signInUserId: viaInstagram ? record.platformAccountId : w.sandbox.demo.meta.userId,
  });
  const token = viaInstagram
    ? w.sandbox.control.tokens.issueInstagramToken().access_token
    : await w.vault.read(accountSecretName(w.accountIds.page, 'access_token'));
  await w.vault.store(accountSecretName(w.accountIds.instagram, 'access_token'), token);
}
