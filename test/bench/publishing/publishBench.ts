import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { defaultTargetOptions, type DeveloperAppKind, type TargetOptions } from '../../../preload/contract';
import { accountSecretName } from '../../../main/accounts/accountsRepository';
import type { PlatformAccess } from '../../../main/accounts/platformAccess';
import { createPublishingCredentials } from '../../../main/accounts/publishingCredentials';
import { createPublishingLimits } from '../../../main/accounts/publishingLimits';
import { resolveEndpoints } from '../../../main/platforms/endpoints';
import { createPlatformNetworks } from '../../../main/platforms/platformNetworks';
import type { PublishJob, PublishMedia, Publisher } from '../../../main/platforms/publisher';
import { createPublishers } from '../../../main/platforms/publishers';
import type { StagingBucket } from '../../../main/platforms/staging/mediaStagingHost';
import { createUsageLedger } from '../../../main/platforms/usageLedger';
import { publishToEnd, type PublishOutcome, type StepEnvironment } from '../../integration/publishing/runSteps';
import { mediaFixture } from '../../support/mediaFixtures';
import { connectShop, openSchedulingWorld, type SchedulingWorld } from '../../support/schedulingWorld';
import type { BenchFile, BenchPostType } from './benchPostTypes';
import type { SandboxProcess } from './sandboxProcess';

export interface PublishBench {
  /** A publish ready to go: a fresh caption (Facebook refuses the same text twice a minute); for TikTok, a new day and its token. */
  prepare(postType: BenchPostType): Promise<PreparedPublish>;
  close(): Promise<void>;
}

export interface PreparedPublish {
  /** One publish as the engine runs it: the check, every step, the clean-up. */
  publish(): Promise<PublishOutcome>;
}

const DAY_MS = 86_400_000;

/** No bucket set up: Instagram's photos go through the linked Page, as on a fresh install. */
const NO_BUCKET: StagingBucket = { host: async () => null, capabilities: () => ({ canStage: false, canServeTikTokPhotos: false }) };

/** Waiting would mean the sandbox did not answer at once, and the figures would measure the wait's timers. */
const refuseToWait = () => Promise.reject(new Error('A step waited: the bench sandbox should finish everything at once.'));

/**
 * Outpost's publishing side as the app builds it (test/support/schedulingWorld.ts: the database,
 * the vault, the media library, the demo shop's three accounts), with the publishers, the platform
 * clients and the publishing credentials over it, talking to the sandbox in its own process. The
 * media are small and imported once; each publish reads them from disk as the app does.
 */
export async function openPublishBench(dataDirectory: string, sandbox: SandboxProcess): Promise<PublishBench> {
  const world = await openSchedulingWorld({ dataDirectory, env: sandbox.env, apps: sandbox.apps });
  const accountIds = await connectShop(world, sandbox.shop);
  const now = () => new Date();
  const endpoints = resolveEndpoints(sandbox.env);
  const networks = createPlatformNetworks({ endpoints, ledger: createUsageLedger({ now }), now });
  const access: PlatformAccess = { isDemo: false, endpoints, networks, app: async (kind) => appOf(sandbox, kind), registerRedirectUri: () => undefined };
  const credentialsFor = createPublishingCredentials({
    vault: world.vault,
    accounts: world.accounts,
    platformAccessFor: async () => access,
    refreshAccount: (id) => world.upkeep.refreshAccount(id),
    now,
  });
  const publishers = createPublishers({
    library: world.media,
    accounts: world.accounts,
    publishingLimits: createPublishingLimits(world.database.db),
    stagingBucket: NO_BUCKET,
  });
  const files = await importBenchFiles(world, join(dataDirectory, 'files'));
  let serial = 0;

  const jobOf = (postType: BenchPostType): PublishJob => {
    const record = world.accounts.get(accountIds[postType.platform]);
    if (!record) throw new Error(`No ${postType.platform} account.`);
    serial += 1;
    return {
      targetId: `bench-target-${serial}`,
      postId: `bench-post-${serial}`,
      platform: postType.platform,
      postType: postType.postType,
      caption: `Fresh from the oven, publish ${serial} #bakery`,
      media: postType.files.map((file) => files[file]),
      options: { ...defaultTargetOptions(postType.platform), ...postType.options } as TargetOptions,
      stripMetadata: true,
      account: {
        id: record.id,
        platform: postType.platform,
        platformAccountId: record.platformAccountId,
        loginPath: record.loginPath,
        isDemo: record.isDemo,
        displayName: record.displayName,
      },
      dueAt: now(),
    };
  };

  return {
    async prepare(postType) {
      // TikTok takes 15 direct posts a day per creator, and counts calls per token and minute: a
      // day passes on the sandbox's clock before each one, and it gets a token of that day.
      if (postType.platform === 'tiktok') {
        await sandbox.advanceClock(DAY_MS);
        const token = await sandbox.issueTikTokToken();
        await world.vault.store(accountSecretName(accountIds.tiktok, 'access_token'), token.accessToken, { expiresAt: new Date(Date.now() + DAY_MS).toISOString() });
      }
      const job = jobOf(postType);
      const env: StepEnvironment = { networks, credentials: credentialsFor(job.account), now, sleep: refuseToWait };
      const publisher: Publisher = publishers[postType.platform];
      return { publish: () => publishToEnd(publisher, job, env) };
    },
    close: () => world.close(),
  };
}

function appOf(sandbox: SandboxProcess, kind: DeveloperAppKind) {
  if (kind === 'meta') return sandbox.apps.meta;
  if (kind === 'tiktok') return sandbox.apps.tiktok;
  throw new Error(`The bench has no ${kind} developer app.`);
}

/** Three small photos (1080 px squares in flat colours, distinct bytes) and the fixtures' 4-second vertical video, in the library. */
async function importBenchFiles(world: SchedulingWorld, folder: string): Promise<Record<BenchFile, PublishMedia>> {
  mkdirSync(folder, { recursive: true });
  const colours: Record<Exclude<BenchFile, 'video'>, string> = { 'photo-1': '#f4a259', 'photo-2': '#bc4b51', 'photo-3': '#5b8e7d' };
  const paths: Partial<Record<BenchFile, string>> = {};
  for (const [name, background] of Object.entries(colours) as [Exclude<BenchFile, 'video'>, string][]) {
    paths[name] = join(folder, `${name}.jpg`);
    await sharp({ create: { width: 1080, height: 1080, channels: 3, background } }).jpeg({ quality: 85 }).toFile(paths[name]);
  }
  paths.video = join(folder, 'video.mp4');
  copyFileSync(await mediaFixture('vertical.mp4'), paths.video);
  const imported: Partial<Record<BenchFile, PublishMedia>> = {};
  for (const [name, path] of Object.entries(paths) as [BenchFile, string][]) {
    const result = await world.media.importFile(path, `${name}${name === 'video' ? '.mp4' : '.jpg'}`);
    if (result.outcome !== 'imported') throw new Error(`The bench could not import ${name}: ${JSON.stringify(result)}`);
    const filePath = await world.media.filePath(result.item.id, 'original');
    if (filePath === null) throw new Error(`${name} is not in the library.`);
    imported[name] = { id: result.item.id, kind: result.item.probe.kind, filePath, originalName: result.item.originalName, probe: result.item.probe };
  }
  return imported as Record<BenchFile, PublishMedia>;
}
