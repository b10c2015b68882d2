import { join } from 'node:path';
import {
  defaultTargetOptions,
  type DeveloperAppKind,
  type EventName,
  type Platform,
  type PostType,
  type Preferences,
  type TargetOptions,
  type TargetStatus,
  type TikTokCreatorSettings,
} from '../../preload/contract';
import { accountSecretName, createAccountsRepository, type AccountsRepository } from '../../main/accounts/accountsRepository';
import { createDevelopmentCipher } from '../../main/accounts/developmentCipher';
import type { DeveloperAppSecrets, PlatformAccess } from '../../main/accounts/platformAccess';
import { createTokenUpkeep, type TokenUpkeep } from '../../main/accounts/upkeep/tokenUpkeep';
import { toCreatorSettings } from '../../main/accounts/tiktokCreatorSettings';
import { createTokenVault, type TokenVault } from '../../main/accounts/tokenVault';
import { createSilentLogger, type Logger } from '../../main/diagnostics/logger';
import { createMediaLibrary, type MediaLibrary } from '../../main/media/mediaLibrary';
import { resolveEndpoints } from '../../main/platforms/endpoints';
import { createPlatformNetworks, type PlatformNetworks } from '../../main/platforms/platformNetworks';
import type { Publisher } from '../../main/platforms/publisher';
import { createPublishers } from '../../main/platforms/publishers';
import { createPublishingLimits } from '../../main/accounts/publishingLimits';
import { queryCreatorInfo } from '../../main/platforms/tiktok/tiktokPosting';
import { createUsageLedger } from '../../main/platforms/usageLedger';
import { createDraftsRepository } from '../../main/posts/draftsRepository';
import { createPostsService, type PostsService } from '../../main/posts/postsService';
import { systemEngineClock, type EngineClock } from '../../main/schedule/engine/engineClock';
import { createScheduling, type Scheduling } from '../../main/schedule/scheduling';
import { openOutpostDatabase, type OpenedDatabase } from '../../main/store/database';
import { createPreferencesService } from '../../main/store/preferences';
import { demoIds, type Sandbox } from '../../main/sandbox';
import { memoryStagingBucket } from './memoryStagingBucket';

/**
 * The whole scheduling stack as the app builds it (engine, planning, publishers, credentials,
 * media library, drafts), on a data directory, talking over HTTP to whatever `env`'s `OUTPOST_*`
 * variables point at (a sandbox). No Electron, no renderer, no vitest: the crash test runs it in
 * child processes, the fault storm and the bench in process.
 */
export interface SchedulingWorld {
  database: OpenedDatabase;
  accounts: AccountsRepository;
  vault: TokenVault;
  media: MediaLibrary;
  posts: PostsService;
  /** Token upkeep as the app runs it (TikTok refreshes, checks), with the developer apps given. */
  upkeep: TokenUpkeep;
  scheduling: Scheduling;
  events: { event: EventName; payload: unknown }[];
  close(): Promise<void>;
}

export interface SchedulingWorldOptions {
  dataDirectory: string;
  env: Readonly<Record<string, string>>;
  clock?: EngineClock;
  preferences?: Partial<Preferences>;
  logger?: Logger;
  /** The developer apps token refreshes use (the sandbox's demo apps); without them a refresh fails. */
  apps?: Partial<Record<DeveloperAppKind, DeveloperAppSecrets>>;
  /** Sees every request Outpost sends to the platforms (the fault storm counts them). */
  onRequest?: (network: keyof PlatformNetworks, url: string) => void;
  /** Wraps the app's publishers (the crash test stops them at step boundaries). */
  wrapPublishers?: (publishers: Readonly<Record<Platform, Publisher>>) => Readonly<Record<Platform, Publisher>>;
}

export async function openSchedulingWorld(options: SchedulingWorldOptions): Promise<SchedulingWorld> {
  const clock = options.clock ?? systemEngineClock();
  const now = () => clock.now();
  const logger = options.logger ?? createSilentLogger();
  const database = openOutpostDatabase({ file: join(options.dataDirectory, 'outpost.db'), logger, now });
  const { db } = database;
  const accounts = createAccountsRepository(db, now);
  const cipher = createDevelopmentCipher(join(options.dataDirectory, 'dev-secret.key'));
  const vault = createTokenVault(db, async () => cipher, logger, now);
  const media = createMediaLibrary({
    db,
    mediaDirectory: join(options.dataDirectory, 'media'),
    mediaUrl: (variant, id) => `test-media://${variant}/${id}`,
    logger,
    now,
  });
  // No bucket: Instagram photos go through the linked Page, as for most owners.
  const stagingBucket = memoryStagingBucket();
  const posts = createPostsService({ drafts: createDraftsRepository(db, now), media, account: (id) => accounts.get(id)?.summary, staging: stagingBucket });
  const preferences = createPreferencesService({ store: { ...options.preferences } }, 'UTC');
  const usage = createUsageLedger({ now });
  const endpoints = resolveEndpoints(options.env);
  const networks = createPlatformNetworks({ endpoints, ledger: usage, now });
  const { onRequest } = options;
  if (onRequest) {
    for (const [name, http] of Object.entries(networks) as [keyof PlatformNetworks, PlatformNetworks[keyof PlatformNetworks]][]) {
      http.axios.interceptors.request.use((config) => {
        onRequest(name, config.url ?? '');
        return config;
      });
    }
  }
  const access: PlatformAccess = {
    isDemo: false,
    endpoints,
    networks,
    app: async (kind) => {
      const app = options.apps?.[kind];
      if (!app) throw new Error(`The scheduling world has no ${kind} developer app.`);
      return app;
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
  const events: SchedulingWorld['events'] = [];
  const scheduling = createScheduling({
    db,
    preferences,
    accounts,
    vault,
    platformAccessFor: async () => access,
    media,
    posts,
    usage,
    stagingBucket,
    refreshAccount: (accountId) => upkeep.refreshAccount(accountId),
    onAccountsChanged: () => undefined,
    emit: (event, payload) => events.push({ event, payload }),
    logger,
    now,
    clock,
    ...(options.wrapPublishers && {
      publishers: options.wrapPublishers(createPublishers({ library: media, accounts, publishingLimits: createPublishingLimits(db), stagingBucket })),
    }),
  });
  return {
    database,
    accounts,
    vault,
    media,
    posts,
    upkeep,
    scheduling,
    events,
    async close() {
      await scheduling.close();
      database.close();
    },
  };
}

/** What the parent process hands a world to connect one shop's three accounts (no sandbox control needed). */
export interface ShopTokens {
  pageId: string;
  pageName: string;
  pageToken: string;
  userToken: string;
  metaUserId: string;
  instagramAccountId: string;
  instagramUsername: string;
  tiktokOpenId: string;
  tiktokName: string;
  tiktokAccessToken: string;
  tiktokRefreshToken: string;
  /** The creator's settings as sign-in reads them (creator_info allows 20 reads a minute per token). */
  tiktokCreator: TikTokCreatorSettings;
}

export type ShopAccounts = Record<Platform, string>;

/** Saves a shop's Page, its linked Instagram account (Facebook Login) and its TikTok account, with their tokens. */
export async function connectShop(world: SchedulingWorld, shop: ShopTokens): Promise<ShopAccounts> {
  const { accounts, vault } = world;
  const base = { username: null, avatarUrl: null, isDemo: false, dataAccessExpiresAt: null } as const;
  const metaScopes = ['pages_show_list', 'pages_manage_posts', 'pages_read_engagement', 'publish_video', 'instagram_basic', 'instagram_content_publish'];
  const facebook = accounts.save({
    ...base,
    platform: 'facebook',
    platformAccountId: shop.pageId,
    displayName: shop.pageName,
    loginPath: 'facebook_login',
    grantedScopes: metaScopes,
    linkedAccountId: null,
    signInUserId: shop.metaUserId,
  });
  const instagram = accounts.save({
    ...base,
    platform: 'instagram',
    platformAccountId: shop.instagramAccountId,
    displayName: `@${shop.instagramUsername}`,
    loginPath: 'facebook_login',
    grantedScopes: metaScopes,
    linkedAccountId: facebook,
    signInUserId: shop.metaUserId,
  });
  const tiktok = accounts.save({
    ...base,
    platform: 'tiktok',
    platformAccountId: shop.tiktokOpenId,
    displayName: shop.tiktokName,
    loginPath: 'tiktok_login',
    grantedScopes: ['user.info.basic', 'video.publish', 'video.upload', 'video.list'],
    linkedAccountId: null,
    signInUserId: shop.tiktokOpenId,
  });
  for (const id of [facebook, instagram]) {
    await vault.store(accountSecretName(id, 'access_token'), shop.pageToken);
    await vault.store(accountSecretName(id, 'user_token'), shop.userToken);
  }
  const year = new Date(Date.now() + 365 * 86_400_000).toISOString();
  await vault.store(accountSecretName(tiktok, 'access_token'), shop.tiktokAccessToken, { expiresAt: year });
  await vault.store(accountSecretName(tiktok, 'refresh_token'), shop.tiktokRefreshToken, { expiresAt: year });
  accounts.setTikTokCreator(tiktok, shop.tiktokCreator);
  return { facebook, instagram, tiktok };
}

/** The demo bakery's sign-ins, issued by the sandbox: its Page with the Page's token, Instagram, TikTok. */
export async function demoShopTokens(sandbox: Sandbox): Promise<ShopTokens> {
  const demo = sandbox.control.demo();
  const userToken = sandbox.control.tokens.issueMetaUserToken({ longLived: true }).access_token;
  const pages = (await (await fetch(`${sandbox.urls.metaGraph}/v23.0/me/accounts?access_token=${encodeURIComponent(userToken)}`)).json()) as {
    data: { id: string; access_token: string }[];
  };
  const tiktok = sandbox.control.tokens.issueTikTokToken();
  return {
    pageId: demo.meta.pageId,
    pageName: demo.meta.pageName,
    pageToken: pages.data.find((page) => page.id === demo.meta.pageId)?.access_token ?? '',
    userToken,
    metaUserId: demo.meta.userId,
    instagramAccountId: demoIds.instagramAccountId,
    instagramUsername: demo.instagram.username,
    tiktokOpenId: demo.tiktok.openId,
    tiktokName: demo.tiktok.displayName,
    tiktokAccessToken: tiktok.access_token,
    tiktokRefreshToken: tiktok.refresh_token,
    tiktokCreator: await readTikTokCreator(sandbox.env, tiktok.access_token),
  };
}

/** The creator settings a TikTok sign-in stores, read once for many worlds. */
export async function readTikTokCreator(env: Readonly<Record<string, string>>, accessToken: string): Promise<TikTokCreatorSettings> {
  const networks = createPlatformNetworks({ endpoints: resolveEndpoints(env), ledger: createUsageLedger({ now: () => new Date() }), now: () => new Date() });
  const creator = toCreatorSettings(await queryCreatorInfo(networks.tiktokApi, { accessToken }), new Date());
  if (!creator) throw new Error('The sandbox returned no creator settings.');
  return creator;
}

export interface ComposedTarget {
  platform: Platform;
  accountId: string;
  postType: PostType;
  options?: Partial<TargetOptions>;
}

/** Writes a post as the composer would (import its files, one target per destination) and returns its id. */
export async function composePost(world: SchedulingWorld, post: { body: string; files: readonly string[]; targets: readonly ComposedTarget[] }): Promise<string> {
  const mediaIds: string[] = [];
  for (const file of post.files) {
    const [result] = await world.media.importPaths([file]);
    if (!result || result.outcome !== 'imported') throw new Error(`Could not import ${file}: ${JSON.stringify(result)}`);
    mediaIds.push(result.item.id);
  }
  const { post: draft } = world.posts.create();
  const saved = world.posts.save({
    ...draft,
    body: post.body,
    mediaIds,
    targets: post.targets.map((target, index) => ({
      id: `${draft.id}-t${index}`,
      platform: target.platform,
      accountId: target.accountId,
      postType: target.postType,
      caption: null,
      mediaIds: null,
      options: { ...defaultTargetOptions(target.platform), ...target.options } as TargetOptions,
      status: 'draft' as TargetStatus,
    })),
  });
  const problems = saved.validation.issues.filter((issue) => issue.severity === 'error');
  if (problems.length > 0) throw new Error(`The post is not ready: ${problems.map((issue) => issue.message).join(' | ')}`);
  return draft.id;
}
