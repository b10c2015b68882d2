import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Platform, PostType, TargetOptions } from '../../../../preload/contract';
import { defaultTargetOptions } from '../../../../preload/contract';
import { accountSecretName, createAccountsRepository, type AccountsRepository } from '../../../../main/accounts/accountsRepository';
import { createDevelopmentCipher } from '../../../../main/accounts/developmentCipher';
import type { PlatformAccess } from '../../../../main/accounts/platformAccess';
import { createPublishingCredentials } from '../../../../main/accounts/publishingCredentials';
import { createPublishingLimits, type PublishingLimits } from '../../../../main/accounts/publishingLimits';
import { toCreatorSettings } from '../../../../main/accounts/tiktokCreatorSettings';
import { createTokenVault, type TokenVault } from '../../../../main/accounts/tokenVault';
import { createTokenUpkeep, type TokenUpkeep } from '../../../../main/accounts/upkeep/tokenUpkeep';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { createMediaLibrary, type MediaLibrary } from '../../../../main/media/mediaLibrary';
import type { PublishAccount, Publisher, PublishJob, PublishMedia } from '../../../../main/platforms/publisher';
import { createPublishers } from '../../../../main/platforms/publishers';
import { queryCreatorInfo } from '../../../../main/platforms/tiktok/tiktokPosting';
import type { SandboxSettingsOverrides } from '../../../../main/sandbox/world/sandboxSettings';
import { createStagingBucket, type StagingBucketService } from '../../../../main/staging/stagingBucket';
import { openOutpostDatabase, type OpenedDatabase } from '../../../../main/store/database';
import { mediaFixture, type MediaFixtureName } from '../../../support/mediaFixtures';
import { makeTempDirectory } from '../../../support/tempDirectory';
import { usePlatformSandbox, type PlatformSandbox } from '../../platforms/support/platformSandbox';
import type { StepEnvironment } from '../runSteps';

/**
 * The publishers as the app runs them, against the sandbox over HTTP: a real database with the
 * demo world's accounts (Rosie's Page, her Instagram account linked to it, her TikTok account),
 * their tokens in the vault, the media library holding real files, token upkeep and publishing
 * credentials over them. Time is the sandbox's manual clock; steps' sleeps move it.
 */
export type AccountKey = 'page' | 'instagram' | 'tiktok';

export interface PublishingWorld {
  sandbox: PlatformSandbox;
  db: OpenedDatabase;
  accounts: AccountsRepository;
  vault: TokenVault;
  library: MediaLibrary;
  limits: PublishingLimits;
  upkeep: TokenUpkeep;
  publishers: Record<Platform, Publisher>;
  /** The owner's storage bucket as the app builds it: none saved until a test saves one (support/stagingBucket.ts). */
  stagingBucket: StagingBucketService;
  accountIds: Record<AccountKey, string>;
  /** A fixture imported into the library, as a job carries it. */
  media(name: MediaFixtureName): Promise<PublishMedia>;
  /** A file written by the test, imported under `name`. */
  mediaFromBytes(name: string, bytes: Buffer): Promise<PublishMedia>;
  job(account: AccountKey, postType: PostType, media: readonly PublishMedia[], overrides?: JobOverrides): PublishJob;
  /** What a step may use for this job, with every progress report kept in `progress`. */
  env(job: PublishJob): StepEnvironment & { progress: NonNullable<StepEnvironment['progress']>; reports: { step: string; fraction: number }[] };
  /** A caption no other test uses (Facebook refuses the same message twice within a minute). */
  caption(words: string): string;
}

export interface JobOverrides {
  caption?: string;
  options?: Partial<TargetOptions>;
  dueAt?: Date;
  stripMetadata?: boolean;
}

const PLATFORM_OF: Record<AccountKey, Platform> = { page: 'facebook', instagram: 'instagram', tiktok: 'tiktok' };

export function usePublishingWorld(options: { seed: string; settings?: SandboxSettingsOverrides }): () => PublishingWorld {
  const sandbox = usePlatformSandbox({ seed: options.seed, ...(options.settings && { settings: options.settings }) });
  let world: PublishingWorld | null = null;
  let cleanUp: () => void = () => undefined;
  beforeAll(async () => {
    const opened = await openWorld(sandbox, options.seed);
    world = opened.world;
    cleanUp = opened.close;
  });
  afterAll(() => cleanUp());
  return () => {
    if (!world) throw new Error('The publishing world is not open: use it inside a test.');
    return world;
  };
}

async function openWorld(sandbox: PlatformSandbox, seed: string): Promise<{ world: PublishingWorld; close(): void }> {
  const temp = makeTempDirectory('publishing');
  const now = () => sandbox.now();
  const logger = createSilentLogger();
  const db = openOutpostDatabase({ file: join(temp.path, 'outpost.db'), logger, now });
  const accounts = createAccountsRepository(db.db, now);
  const cipher = createDevelopmentCipher(join(temp.path, 'dev-secret.key'));
  const vault = createTokenVault(db.db, async () => cipher, logger, now);
  const library = createMediaLibrary({ db: db.db, mediaDirectory: join(temp.path, 'media'), mediaUrl: (variant, id) => `test-media://${variant}/${id}`, logger, now });
  const limits = createPublishingLimits(db.db);
  const demo = sandbox.demo;

  const access: PlatformAccess = {
    isDemo: true,
    endpoints: sandbox.endpoints,
    networks: sandbox.networks,
    async app(kind) {
      if (kind === 'tiktok') return { appId: demo.tiktok.clientKey, appSecret: demo.tiktok.clientSecret };
      if (kind === 'meta') return { appId: demo.meta.appId, appSecret: demo.meta.appSecret };
      return { appId: demo.instagram.appId, appSecret: demo.instagram.appSecret };
    },
    registerRedirectUri: () => undefined,
  };
  const upkeep = createTokenUpkeep({
    accounts,
    vault,
    platformAccessFor: async () => access,
    alerts: { alertDue: () => 0 },
    logger,
    now,
    onAccountsChanged: () => undefined,
  });
  const credentialsFor = createPublishingCredentials({ vault, accounts, platformAccessFor: async () => access, refreshAccount: (id) => upkeep.refreshAccount(id), now });

  const base = { username: null, avatarUrl: null, isDemo: true, dataAccessExpiresAt: null } as const;
  const metaScopes = ['pages_show_list', 'pages_manage_posts', 'pages_read_engagement', 'publish_video', 'instagram_basic', 'instagram_content_publish'];
  const pageId = accounts.save({
    ...base,
    platform: 'facebook',
    platformAccountId: demo.meta.pageId,
    displayName: demo.meta.pageName,
    loginPath: 'facebook_login',
    grantedScopes: metaScopes,
    linkedAccountId: null,
    signInUserId: demo.meta.userId,
  });
  const instagramId = accounts.save({
    ...base,
    platform: 'instagram',
    platformAccountId: demo.instagram.accountId,
    displayName: `@${demo.instagram.username}`,
    loginPath: 'facebook_login',
    grantedScopes: metaScopes,
    linkedAccountId: pageId,
    signInUserId: demo.meta.userId,
  });
  const tiktokId = accounts.save({
    ...base,
    platform: 'tiktok',
    platformAccountId: demo.tiktok.openId,
    displayName: demo.tiktok.displayName,
    loginPath: 'tiktok_login',
    grantedScopes: ['user.info.basic', 'video.publish', 'video.upload', 'video.list'],
    linkedAccountId: null,
    signInUserId: demo.tiktok.openId,
  });
  const userToken = sandbox.metaUserToken({ longLived: true });
  const pageToken = await sandbox.pageToken(userToken);
  for (const id of [pageId, instagramId]) {
    await vault.store(accountSecretName(id, 'access_token'), pageToken);
    await vault.store(accountSecretName(id, 'user_token'), userToken);
  }
  const tiktok = sandbox.control.tokens.issueTikTokToken();
  const issuedAt = now().getTime();
  await vault.store(accountSecretName(tiktokId, 'access_token'), tiktok.access_token, {
    expiresAt: new Date(issuedAt + (tiktok.expires_in ?? 86_400) * 1000).toISOString(),
  });
  await vault.store(accountSecretName(tiktokId, 'refresh_token'), tiktok.refresh_token, { expiresAt: new Date(issuedAt + 365 * 86_400_000).toISOString() });
  const creator = toCreatorSettings(await queryCreatorInfo(sandbox.networks.tiktokApi, { accessToken: tiktok.access_token }), now());
  if (creator) accounts.setTikTokCreator(tiktokId, creator);

  const accountIds: Record<AccountKey, string> = { page: pageId, instagram: instagramId, tiktok: tiktokId };
  const stagingBucket = createStagingBucket({ db: db.db, vault, logger, now });
  const publishers = createPublishers({ library, accounts, publishingLimits: limits, stagingBucket });
  let serial = 0;

  const toPublishMedia = async (result: Awaited<ReturnType<MediaLibrary['importFile']>>): Promise<PublishMedia> => {
    if (result.outcome !== 'imported') throw new Error(`Import failed: ${result.message}`);
    const { item } = result;
    const filePath = await library.filePath(item.id, 'original');
    if (filePath === null) throw new Error('The imported file is not in the library.');
    return { id: item.id, kind: item.probe.kind, filePath, originalName: item.originalName, probe: item.probe };
  };

  const world: PublishingWorld = {
    sandbox,
    db,
    accounts,
    vault,
    library,
    limits,
    upkeep,
    publishers,
    stagingBucket,
    accountIds,
    async media(name) {
      // Imported from a copy: the library may be handed the same fixture by several tests.
      const copy = join(temp.path, `${serial++}-${name}`);
      copyFileSync(await mediaFixture(name), copy);
      return toPublishMedia(await library.importFile(copy, name));
    },
    async mediaFromBytes(name, bytes) {
      const path = join(temp.path, `${serial++}-${name}`);
      writeFileSync(path, bytes);
      return toPublishMedia(await library.importFile(path, name));
    },
    job(key, postType, media, overrides = {}) {
      const record = accounts.get(accountIds[key]);
      if (!record) throw new Error(`No ${key} account.`);
      const platform = PLATFORM_OF[key];
      const account: PublishAccount = {
        id: record.id,
        platform,
        platformAccountId: record.platformAccountId,
        loginPath: record.loginPath,
        isDemo: record.isDemo,
        displayName: record.displayName,
      };
      serial += 1;
      return {
        targetId: `target-${serial}`,
        postId: `post-${serial}`,
        platform,
        postType,
        caption: overrides.caption ?? world.caption(`A ${postType} from the bakery`),
        media: [...media],
        options: { ...defaultTargetOptions(platform), ...overrides.options } as TargetOptions,
        stripMetadata: overrides.stripMetadata ?? true,
        account,
        dueAt: overrides.dueAt ?? now(),
      };
    },
    env(job) {
      const reports: { step: string; fraction: number }[] = [];
      return {
        networks: sandbox.networks,
        credentials: credentialsFor(job.account),
        now,
        sleep: async (ms) => sandbox.advance(ms),
        reports,
        progress: (step, fraction) => reports.push({ step, fraction }),
      };
    },
    caption(words) {
      serial += 1;
      return `${words} (${seed} #${serial})`;
    },
  };
  return {
    world,
    close() {
      stagingBucket.close();
      db.close();
      temp.remove();
    },
  };
}
