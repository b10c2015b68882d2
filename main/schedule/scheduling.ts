import type { DatabaseSync } from 'node:sqlite';
import type { EventName, EventPayloadOf } from '../../preload/contract';
import type { AccountsRepository } from '../accounts/accountsRepository';
import type { PlatformAccessFor } from '../accounts/platformAccess';
import { createPublishingCredentials } from '../accounts/publishingCredentials';
import { createPublishingLimits } from '../accounts/publishingLimits';
import type { TokenVault } from '../accounts/tokenVault';
import type { Logger } from '../diagnostics/logger';
import type { MediaLibrary } from '../media/mediaLibrary';
import { createPublishers } from '../platforms/publishers';
import type { Publisher } from '../platforms/publisher';
import type { StagingBucket } from '../platforms/staging/mediaStagingHost';
import type { UsageLedger } from '../platforms/usageLedger';
import type { PostsService } from '../posts/postsService';
import type { PreferencesService } from '../store/preferences';
import { systemEngineClock, type EngineClock } from './engine/engineClock';
import { createPublishEngine, type PublishEngine } from './engine/publishEngine';
import { createPostingLedger } from './engine/postingLedger';
import { createSchedulingService, type SchedulingService } from './planning/schedulingService';
import { formatWallTime } from './planning/ownerTime';
import type { PublishingAlert, PublishingControl } from './publishingControl';
import { createTargetTimeline } from './targetTimeline';
import type { Platform, PublishingOverview, PublishProgress } from '../../preload/contract';
import { PLATFORM_NAMES } from '../platforms/platformNames';

export interface SchedulingDeps {
  db: DatabaseSync;
  preferences: PreferencesService;
  accounts: AccountsRepository;
  vault: TokenVault;
  platformAccessFor: PlatformAccessFor;
  media: MediaLibrary;
  posts: PostsService;
  usage: UsageLedger;
  /** The owner's storage bucket, where publishers stage media that platforms fetch by address. */
  stagingBucket: StagingBucket;
  /** Upkeep's one-refresh-per-account check, shared with publishing (TikTok rotates refresh tokens). */
  refreshAccount(accountId: string): Promise<void>;
  /** The engine marked an account "reconnect": the accounts screen must hear of it. */
  onAccountsChanged(): void;
  emit: <E extends EventName>(event: E, payload: EventPayloadOf<E>) => void;
  logger: Logger;
  now: () => Date;
  /** Tests drive time themselves; the app uses node-schedule and the system clock. */
  clock?: EngineClock;
  /** Tests replace the publishers with scripted ones. */
  publishers?: Readonly<Record<Platform, Publisher>>;
}

export interface Scheduling {
  service: SchedulingService;
  engine: PublishEngine;
  control: PublishingControl;
  close(): Promise<void>;
}


/**
 * Scheduling as one piece (DESIGN.md section 4): the engine that publishes, the planning service
 * behind the `schedule.*` channels, and the control the shells see. Every change of a target, from
 * either side, reaches the renderer as one `schedule.changed` event and the tray as a new overview.
 */
export function createScheduling(deps: SchedulingDeps): Scheduling {
  const { db, preferences, logger } = deps;
  const clock = deps.clock ?? systemEngineClock();
  const timezone = () => preferences.get().timezone;
  const publishers =
    deps.publishers ??
    createPublishers({
      library: deps.media,
      accounts: deps.accounts,
      publishingLimits: createPublishingLimits(db),
      stagingBucket: deps.stagingBucket,
    });
  const credentialsFor = createPublishingCredentials({
    vault: deps.vault,
    accounts: deps.accounts,
    platformAccessFor: deps.platformAccessFor,
    refreshAccount: deps.refreshAccount,
    now: () => clock.now(),
  });

  const engine = createPublishEngine({
    db,
    clock,
    publishers,
    credentialsFor,
    networksFor: async (isDemo) => (await deps.platformAccessFor(isDemo)).networks,
    markNeedsReconnect: (accountId, reason) => deps.accounts.markNeedsReconnect(accountId, reason),
    mediaFilePath: (mediaId) => deps.media.filePath(mediaId, 'original'),
    usage: deps.usage,
    catchUpGraceMinutes: () => preferences.get().catchUpGraceMinutes,
    timezone,
    paused: { get: () => preferences.flag('publishingPaused'), set: (paused) => preferences.setFlag('publishingPaused', paused) },
    random: Math.random,
    logger,
  });

  const ledger = createPostingLedger(db, () => clock.now());
  const overviewListeners = new Set<(overview: PublishingOverview) => void>();
  const progressListeners = new Set<(progress: PublishProgress) => void>();
  const alertListeners = new Set<(alert: PublishingAlert) => void>();

  const announce = (targetIds: readonly string[]) => {
    const overview = service.overview();
    deps.emit('schedule.changed', { overview, targets: service.itemsByIds(targetIds) });
    for (const listener of overviewListeners) listener(overview);
  };

  const service: SchedulingService = createSchedulingService({
    db,
    now: () => clock.now(),
    timezone,
    posts: deps.posts,
    accounts: {
      list: () => deps.accounts.list(),
      get: (accountId) => deps.accounts.get(accountId)?.summary,
    },
    media: deps.media,
    timeline: createTargetTimeline(db),
    wake: (reason) => engine.wake(reason),
    onTargetsChanged: announce,
    withdrawHandoff: (targetId) => engine.withdrawHandoff(targetId),
    handoffAccepts: (targetId, dueAt) => engine.handoffAccepts(targetId, dueAt),
    ledgerWarning: (accountId, dueAt) => {
      const reached = ledger.wouldExceed(accountId, dueAt);
      const account = deps.accounts.get(accountId);
      if (!reached || !account) return null;
      const when = formatWallTime(reached.freesAt, timezone(), clock.now());
      return `${PLATFORM_NAMES[account.platform]} allows ${reached.limit} posts in 24 hours and ${account.displayName} already has ${reached.count}; this one waits until ${when}.`;
    },
    liveProgress: (targetId) => engine.liveProgress(targetId),
    isPaused: () => engine.isPaused(),
    setPaused: (paused) => engine.setPaused(paused),
  });

  const unsubscribe = [
    engine.onTargetsChanged(announce),
    engine.onProgress((progress) => {
      deps.emit('publish.progress', progress);
      for (const listener of progressListeners) listener(progress);
    }),
    engine.onAlert((alert) => {
      if (alert.kind === 'reconnect') deps.onAccountsChanged();
      for (const listener of alertListeners) listener(alert);
    }),
    // A new time zone moves queue slots and the times in messages; a new grace window may free missed posts.
    preferences.onChange(() => engine.wake('timezone')),
  ];

  const subscribe = <T>(listeners: Set<(value: T) => void>, listener: (value: T) => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };

  const control: PublishingControl = {
    overview: () => service.overview(),
    setPaused: (paused) => {
      const overview = service.setPaused(paused);
      announce([]);
      return overview;
    },
    wake: (reason) => engine.wake(reason),
    onOverviewChange: (listener) => subscribe(overviewListeners, listener),
    onProgress: (listener) => subscribe(progressListeners, listener),
    onAlert: (listener) => subscribe(alertListeners, listener),
    isPublishing: () => engine.isPublishing(),
  };

  return {
    service,
    engine,
    control,
    async close() {
      for (const stop of unsubscribe) stop();
      await engine.stop();
    },
  };
}
