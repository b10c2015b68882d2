import type { DatabaseSync } from 'node:sqlite';
import type { Platform } from '../../../preload/contract';
import type { Logger } from '../../diagnostics/logger';
import type { PlatformNetworks } from '../../platforms/platformNetworks';
import type { PublishAccount, PublishCredentials, Publisher } from '../../platforms/publisher';
import type { UsageLedger } from '../../platforms/usageLedger';
import type { EngineActivity } from './engineActivity';
import type { EngineClock } from './engineClock';
import type { EngineEvents } from './engineEvents';
import type { LateStart } from './missedPolicy';
import type { PostingLedger } from './postingLedger';
import type { PublishJobs } from './publishJobs';
import type { PublishStore } from './publishStore';
import type { ThrottleGate } from './throttleGate';

/** What the composition root (main/core.ts) gives the engine. Nothing global: tests pass fakes. */
export interface PublishEngineDeps {
  db: DatabaseSync;
  clock: EngineClock;
  publishers: Readonly<Record<Platform, Publisher>>;
  /** The account's tokens from the vault (a new object per run, so a refreshed token is read again). */
  credentialsFor(account: PublishAccount): PublishCredentials;
  /** The sandbox's networks for demo accounts, the platforms' otherwise. */
  networksFor(isDemo: boolean): Promise<PlatformNetworks>;
  /** accountsRepository.markNeedsReconnect: the account shows "reconnect" with this reason. */
  markNeedsReconnect(accountId: string, reason: string): void;
  /** The media library's stored original (mediaLibrary.filePath(id, 'original')). */
  mediaFilePath(mediaId: string): Promise<string | null>;
  usage: UsageLedger;
  /** Preferences.catchUpGraceMinutes, read when needed (the owner can change it). */
  catchUpGraceMinutes(): number;
  /** The owner's IANA time zone, for times in messages. */
  timezone(): string;
  /** "Pause publishing", kept across restarts. */
  paused: { get(): boolean; set(paused: boolean): void };
  /** In [0, 1): the retry jitter. */
  random(): number;
  logger: Logger;
}

/** What the engine's parts share. */
export interface EngineContext {
  deps: PublishEngineDeps;
  store: PublishStore;
  jobs: PublishJobs;
  gate: ThrottleGate;
  ledger: PostingLedger;
  activity: EngineActivity;
  events: EngineEvents;
  /** Targets given one fresh try after a token error (in memory: a restart allows one more). */
  tokenRetried: Set<string>;
  /** Why a target's first attempt started late, for its "late" line (in memory: a restart forgets). */
  lateStarts: Map<string, LateStart>;
}
