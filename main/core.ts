import { release } from 'node:os';
import type { AppMode, EventName, EventPayloadOf, Notice } from '../preload/contract';
import { accountSecretPrefix, createAccountsRepository } from './accounts/accountsRepository';
import { cipherForPreference } from './accounts/cipherForPreference';
import { createConnectService } from './accounts/connect/connectService';
import { createDeveloperApps } from './accounts/developerApps/developerApps';
import { disconnectAccount } from './accounts/disconnect/disconnectAccount';
import { readKeyringStatus } from './accounts/keyringStatus';
import { createPlatformAccessProvider } from './accounts/platformAccessProvider';
import type { SecretCipher } from './accounts/secretCipher';
import { createTokenVault } from './accounts/tokenVault';
import { createExpiryAlerts } from './accounts/upkeep/expiryAlerts';
import { createTokenUpkeep } from './accounts/upkeep/tokenUpkeep';
import { scheduleUpkeep } from './accounts/upkeep/upkeepSchedule';
import { createDemoSandbox } from './demo/demoSandbox';
import type { Logger } from './diagnostics/logger';
import { formatDiagnostics } from './diagnostics/diagnosticsReport';
import { createMediaLibrary, type MediaLibrary } from './media/mediaLibrary';
import { importPathsFromRenderer } from './ipc/importablePaths';
import type { ChannelHandlers } from './ipc/registerChannels';
import { resolveEndpoints } from './platforms/endpoints';
import { createPlatformNetworks } from './platforms/platformNetworks';
import { createDraftsRepository } from './posts/draftsRepository';
import { emptyOldBin } from './posts/emptyOldBin';
import { createPostsService } from './posts/postsService';
import type { PlatformEndpoints } from './platforms/endpoints';
import { createUsageLedger } from './platforms/usageLedger';
import { openOutpostDatabase, type OpenedDatabase } from './store/database';
import { inTransaction } from './store/transaction';
import { dataPaths } from './store/dataDirectory';
import { createPreferencesService, type PreferencesBackend, type PreferencesService } from './store/preferences';
import type { PublishingControl } from './schedule/publishingControl';
import { createScheduling } from './schedule/scheduling';
import type { StagingBucket } from './platforms/staging/mediaStagingHost';
import { createStagingBucket } from './staging/stagingBucket';
import { createPublishingCredentials } from './accounts/publishingCredentials';
import { createInsightsCollection } from './insights/collection/insightsCollection';
import { createInsightsQueries } from './insights/dashboard/insightsQueries';

/** What the shell (Electron or browser mode) provides; everything else is built here. */
export interface OutpostCoreDeps {
  mode: AppMode;
  appVersion: string;
  dataDirectory: string;
  logger: Logger;
  preferencesBackend: PreferencesBackend;
  systemTimeZone: string;
  /** Pushes an event to the renderer(s). */
  emit: <E extends EventName>(event: E, payload: EventPayloadOf<E>) => void;
  /** Opens a folder in the system file manager; throws a DomainError where it cannot. */
  openFolder: (path: string) => Promise<void>;
  /** Opens a sign-in page in the system browser; false where main cannot (browser mode). */
  openAuthorizationPage: (url: string) => Promise<boolean>;
  /**
   * The token vault's cipher, asked for on first use (the OS keyring may prompt) and again when
   * the owner changes their answer about weak storage.
   */
  secretCipher: (options: { allowWeakKeyring: boolean }) => Promise<SecretCipher>;
  /** The fixed loopback port registered with Meta (and Instagram) for the sign-in callback. */
  metaCallbackPort: number;
  /** Platform URL overrides (`OUTPOST_*_URL`) and development app credentials. */
  env: Readonly<Record<string, string | undefined>>;
  /** A desktop notification, for what the owner must act on while the window is closed. */
  notify: (notice: { title: string; body: string }) => void;
  /** The address the renderer loads a media item's thumbnail or preview from (the shell serves it). */
  mediaUrl: (variant: 'thumbnail' | 'preview', id: string) => string;
  /** Milliseconds before the start-up upkeep pass (tests shorten it). */
  upkeepStartDelayMs?: number;
  /** How long a sign-in waits for the browser (5 minutes unless a test shortens it). */
  signInTimeoutMs?: number;
}

export interface OutpostCore {
  handlers: ChannelHandlers;
  preferences: PreferencesService;
  database: OpenedDatabase;
  media: MediaLibrary;
  /** Scheduling as the shells see it: the tray, power events, the quit guard, notifications. */
  publishing: PublishingControl;
  /** The owner's media staging bucket, as the publishers use it. */
  stagingBucket: StagingBucket;
  close(): Promise<void>;
}

/**
 * The main-process services, shared by the Electron app and browser mode, so both run the same
 * code behind the same contract. Start-up problems the owner must know about (a database moved
 * aside) are collected as notices and shown by the renderer on load.
 */
export function createOutpostCore(deps: OutpostCoreDeps): OutpostCore {
  const paths = dataPaths(deps.dataDirectory);
  const database = openOutpostDatabase({ file: paths.database, logger: deps.logger });
  const now = () => new Date();
  const media = createMediaLibrary({
    db: database.db,
    mediaDirectory: paths.media,
    mediaUrl: deps.mediaUrl,
    logger: deps.logger,
    now,
  });
  const preferences = createPreferencesService(deps.preferencesBackend, deps.systemTimeZone);
  const startupNotices: Notice[] = [...database.notices];
  const stopForwarding = preferences.onChange((next) => deps.emit('settings.changed', next));

  const transaction = <T>(work: () => T) => inTransaction(database.db, work);
  const usageLedger = createUsageLedger({ now });
  const createNetworks = (endpoints: PlatformEndpoints) => createPlatformNetworks({ endpoints, ledger: usageLedger, now });
  const liveEndpoints = resolveEndpoints(deps.env);
  const accounts = createAccountsRepository(database.db, now);
  const drafts = createDraftsRepository(database.db, now);
  emptyOldBin(drafts, deps.logger);
  const getCipher = cipherForPreference(deps.secretCipher, () => preferences.get().allowWeakKeyring);
  const vault = createTokenVault(database.db, getCipher, deps.logger, now);
  // The owner's bucket: the publishers stage photos and videos in it, planning asks what it can serve.
  const stagingBucket = createStagingBucket({ db: database.db, vault, logger: deps.logger, now });
  const posts = createPostsService({ drafts, media, account: (id) => accounts.get(id)?.summary, staging: stagingBucket });
  const demoPort = Number(deps.env.OUTPOST_DEMO_SANDBOX_PORT);
  const demo = createDemoSandbox({
    dataDirectory: deps.dataDirectory,
    logger: deps.logger,
    ...(Number.isInteger(demoPort) && demoPort > 0 && { port: demoPort }),
  });
  const developerApps = createDeveloperApps({
    db: database.db,
    vault,
    env: deps.env,
    networks: createNetworks(liveEndpoints),
    metaCallbackPort: deps.metaCallbackPort,
    logger: deps.logger,
    now,
  });
  const platformAccessFor = createPlatformAccessProvider({
    demo,
    liveEndpoints,
    createNetworks,
    developerApp: (kind) => developerApps.credentials(kind),
  });
  // Scheduling is built further down and hears of account changes (a reconnect resumes posts).
  const accountsListeners: (() => void)[] = [];
  const announceAccounts = () => {
    deps.emit('accounts.changed', accounts.list());
    for (const listener of accountsListeners) listener();
  };
  const connect = createConnectService({
    accounts,
    vault,
    platformAccessFor,
    transaction,
    openAuthorizationPage: deps.openAuthorizationPage,
    metaCallbackPort: deps.metaCallbackPort,
    ...(deps.signInTimeoutMs !== undefined && { callbackTimeoutMs: deps.signInTimeoutMs }),
    onAccountsChanged: announceAccounts,
    logger: deps.logger,
    now,
  });
  const timezone = () => preferences.get().timezone;
  const alerts = createExpiryAlerts({
    db: database.db,
    notify: deps.notify,
    emitNotice: (notice) => deps.emit('notice', notice),
    timezone,
    now,
  });
  const upkeep = createTokenUpkeep({ accounts, vault, platformAccessFor, alerts, logger: deps.logger, now, onAccountsChanged: announceAccounts });
  const upkeepSchedule = scheduleUpkeep({
    runPass: () => upkeep.runPass(),
    timezone,
    logger: deps.logger,
    ...(deps.upkeepStartDelayMs !== undefined && { startDelayMs: deps.upkeepStartDelayMs }),
  });
  const stopRearming = preferences.onChange(() => upkeepSchedule.reschedule());
  // Insights are built further down and hear of every publishing change (a post went out).
  const publishingListeners: (() => void)[] = [];
  const scheduling = createScheduling({
    db: database.db,
    preferences,
    accounts,
    vault,
    platformAccessFor,
    media,
    posts,
    usage: usageLedger,
    stagingBucket,
    refreshAccount: (accountId) => upkeep.refreshAccount(accountId),
    onAccountsChanged: announceAccounts,
    emit: (event, payload) => {
      deps.emit(event, payload);
      if (event === 'schedule.changed') for (const listener of publishingListeners) listener();
    },
    logger: deps.logger,
    now,
  });
  accountsListeners.push(() => scheduling.engine.wake('accounts'));
  scheduling.engine.start();
  const schedule = scheduling.service;

  const insights = createInsightsCollection({
    db: database.db,
    accounts,
    platformAccessFor,
    credentialsFor: createPublishingCredentials({ vault, accounts, platformAccessFor, refreshAccount: (accountId) => upkeep.refreshAccount(accountId), now }),
    gate: scheduling.engine.gate,
    timezone,
    emit: (status) => deps.emit('insights.changed', status),
    logger: deps.logger,
    now,
  });
  // A post went out, or an account was reconnected: new posts to measure, held accounts to resume.
  publishingListeners.push(() => insights.wake());
  accountsListeners.push(() => insights.wake());
  const stopInsightsRearming = preferences.onChange(() => insights.reschedule());
  insights.start();
  const insightQueries = createInsightsQueries({ db: database.db, timezone, thumbnailUrl: (mediaId) => deps.mediaUrl('thumbnail', mediaId) });

  const handlers: ChannelHandlers = {
    'app.info': () => ({
      name: 'Outpost',
      version: deps.appVersion,
      mode: deps.mode,
      dataDirectory: deps.dataDirectory,
      logDirectory: paths.logs,
      startupNotices,
    }),
    'settings.get': () => preferences.get(),
    'settings.set': (patch) => preferences.update(patch),
    'diagnostics.get': () => ({
      text: formatDiagnostics({
        appVersion: deps.appVersion,
        mode: deps.mode,
        platform: process.platform,
        arch: process.arch,
        osRelease: release(),
        versions: { ...process.versions },
        dataDirectory: deps.dataDirectory,
        logDirectory: paths.logs,
        schemaVersion: database.schemaVersion,
      }),
    }),
    'diagnostics.openLogFolder': async () => {
      await deps.openFolder(paths.logs);
      return null;
    },
    'accounts.list': () => accounts.list(),
    'accounts.beginConnect': ({ network, demo: isDemo, reconsent }) => connect.begin(network, { demo: isDemo, reconsent: reconsent ?? false }),
    'accounts.finishConnect': ({ attemptId }) => connect.finish(attemptId),
    'accounts.cancelConnect': ({ attemptId }) => {
      connect.cancel(attemptId);
      return null;
    },
    'accounts.confirmConnect': ({ attemptId, candidateIds }) => connect.confirm(attemptId, candidateIds),
    'accounts.disconnect': ({ accountId, keepHistory }) =>
      disconnectAccount({ accounts, vault, platformAccessFor, transaction, onAccountsChanged: announceAccounts, logger: deps.logger }, accountId, keepHistory),
    'accounts.checkHealth': async () => {
      await upkeep.runPass();
      return accounts.list();
    },
    'developerApps.list': () => developerApps.list(),
    'developerApps.test': async (credentials) => {
      await developerApps.test(credentials);
      return null;
    },
    'developerApps.save': (credentials) => developerApps.save(credentials),
    'developerApps.remove': ({ kind }) => developerApps.remove(kind),
    'media.importPaths': ({ paths }) => importPathsFromRenderer(paths, (checked) => media.importPaths(checked)),
    'media.list': (query) => media.list(query),
    'media.get': ({ mediaId }) => media.get(mediaId),
    'media.delete': async ({ mediaId }) => {
      await media.delete(mediaId);
      return null;
    },
    'posts.create': () => posts.create(),
    'posts.get': ({ postId }) => posts.get(postId),
    'posts.save': (draft) => posts.save(draft),
    'posts.validate': (draft) => posts.validate(draft),
    'posts.listDrafts': (query) => posts.listDrafts(query),
    'posts.duplicate': ({ postId }) => posts.duplicate(postId),
    'posts.delete': ({ postId }) => {
      posts.delete(postId);
      return null;
    },
    'posts.restore': ({ postId }) => {
      posts.restore(postId);
      return null;
    },
    'posts.applyMediaFix': ({ postId, mediaId, fix }) => posts.applyMediaFix(postId, mediaId, fix),
    'schedule.list': (query) => schedule.list(query),
    'schedule.listProblems': () => schedule.listProblems(),
    'schedule.target': ({ targetId }) => schedule.target(targetId),
    'schedule.plan': ({ postId, when }) => schedule.plan(postId, when),
    'schedule.schedulePost': ({ postId, when }) => schedule.schedulePost(postId, when),
    'schedule.reschedule': ({ targetId, dueAt }) => schedule.reschedule(targetId, dueAt),
    'schedule.publishNow': ({ targetId }) => schedule.publishNow(targetId),
    'schedule.retry': ({ targetId }) => schedule.retry(targetId),
    'schedule.cancel': ({ targetId }) => schedule.cancel(targetId),
    'schedule.overview': () => schedule.overview(),
    'schedule.setPaused': ({ paused }) => scheduling.control.setPaused(paused),
    'schedule.slots': () => schedule.slots(),
    'schedule.setSlots': ({ accountId, slots }) => schedule.setSlots(accountId, slots),
    'staging.get': () => stagingBucket.get(),
    'staging.test': (credentials) => stagingBucket.test(credentials),
    'staging.save': (credentials) => stagingBucket.save(credentials),
    'staging.remove': () => {
      stagingBucket.remove();
      return null;
    },
    'insights.dashboard': (query) => insightQueries.dashboard(query, insights.status()),
    'insights.post': ({ postId }) => insightQueries.post(postId),
    'insights.refreshPost': async ({ postId }) => {
      await insights.refreshPost(postId);
      return insightQueries.post(postId);
    },
    'insights.refreshAccount': ({ accountId }) => insights.refreshAccount(accountId),
    'insights.status': () => insights.status(),
    'insights.exportCsv': ({ kind, query }) => insightQueries.exportCsv(kind, query),
    'insights.suggestSlots': ({ accountId }) => insightQueries.suggestSlots(accountId),
    'keyring.status': () => readKeyringStatus(getCipher),
    'demo.status': () => {
      const counts = accounts.counts();
      return { hasAnyAccount: counts.all > 0, demoAccountCount: counts.demo };
    },
    'demo.remove': async () => {
      connect.cancelAll();
      for (const accountId of accounts.removeDemoAccounts()) vault.removeByPrefix(accountSecretPrefix(accountId));
      await demo.discard();
      deps.logger.info('demo: removed');
      announceAccounts();
      return null;
    },
  };

  return {
    handlers,
    preferences,
    database,
    media,
    publishing: scheduling.control,
    stagingBucket,
    async close() {
      stopInsightsRearming();
      await insights.stop();
      await scheduling.close();
      stagingBucket.close();
      stopForwarding();
      stopRearming();
      upkeepSchedule.stop();
      connect.cancelAll();
      await demo.close();
      database.close();
    },
  };
}
