import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { LoginPath, MediaKind, Platform, PostType, TargetOptions, TargetStatus, TimelineEntry } from '../../../../../preload/contract';
import { createAccountsRepository } from '../../../../../main/accounts/accountsRepository';
import { createSilentLogger } from '../../../../../main/diagnostics/logger';
import type { PlatformNetworks } from '../../../../../main/platforms/platformNetworks';
import type { PublishCredentials } from '../../../../../main/platforms/publisher';
import { createUsageLedger } from '../../../../../main/platforms/usageLedger';
import { createPublishEngine, type PublishEngine, type PublishEngineDeps } from '../../../../../main/schedule/engine/publishEngine';
import type { PublishingAlert } from '../../../../../main/schedule/publishingControl';
import { createTargetTimeline } from '../../../../../main/schedule/targetTimeline';
import { openOutpostDatabase } from '../../../../../main/store/database';
import { capturingLogger } from '../../accounts/upkeep/capturingLogger';
import { createFakeEngineClock } from './fakeEngineClock';
import { createScriptedPublisher } from './scriptedPublisher';

/** 08:00 UTC on Tuesday 1 December 2026: every engine test starts here unless it says otherwise. */
export const START = '2026-12-01T08:00:00.000Z';
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** An instant `ms` after START. */
export const afterStart = (ms: number) => new Date(Date.parse(START) + ms);

const fakeCredentials: PublishCredentials = {
  accessToken: async () => 'test-token',
  linkedPageAccessToken: async () => null,
  renew: async () => undefined,
};

export interface TargetSeed {
  accountId: string | null;
  dueAt: Date;
  postId?: string;
  platform?: Platform;
  status?: TargetStatus;
  caption?: string | null;
  body?: string;
  mediaIds?: string[] | null;
  postMediaIds?: string[];
  postType?: PostType;
  options?: TargetOptions;
}

export interface EngineWorldOptions {
  start?: string;
  /** The Facebook publisher schedules on Facebook's side (hand-overs). */
  facebookHandoff?: boolean;
  /** Instagram's and Facebook's publishers end with these after-published steps (a first comment), confirmable. */
  afterPublished?: readonly string[];
}

/**
 * A real database file in `directory`, a fake clock, scripted publishers for the three platforms,
 * and engines built on them (`createEngine`; a second one on the same world is "after a restart").
 * Settings the engine reads (grace, pause, zone, jitter) are plain fields tests change.
 */
export function createEngineWorld(directory: string, options: EngineWorldOptions = {}) {
  const clock = createFakeEngineClock(options.start ?? START);
  const database = openOutpostDatabase({ file: join(directory, 'outpost.db'), logger: createSilentLogger() });
  const { db } = database;
  const now = () => clock.now();
  const after = options.afterPublished ?? [];
  const publishers = {
    instagram: createScriptedPublisher({ platform: 'instagram', confirmable: ['publish', ...after], afterPublished: after, now }),
    facebook: createScriptedPublisher({
      platform: 'facebook',
      confirmable: ['publish', 'handover:schedule', ...after],
      afterPublished: after,
      platformSchedule: options.facebookHandoff ?? false,
      now,
    }),
    tiktok: createScriptedPublisher({ platform: 'tiktok', confirmable: ['publish'], now }),
  };
  const settings = { graceMinutes: 120, paused: false, random: 0.5, timezone: 'UTC' };
  const alerts: PublishingAlert[] = [];
  const changes: string[][] = [];
  const missingMedia = new Set<string>();
  const usage = createUsageLedger({ now });
  const accounts = createAccountsRepository(db, now);
  const log = capturingLogger();
  const timeline = createTargetTimeline(db);
  const engines: PublishEngine[] = [];
  let seq = 0;

  function createEngine(overrides: Partial<PublishEngineDeps> = {}): PublishEngine {
    const engine = createPublishEngine({
      db,
      clock,
      publishers: { instagram: publishers.instagram.publisher, facebook: publishers.facebook.publisher, tiktok: publishers.tiktok.publisher },
      credentialsFor: () => fakeCredentials,
      networksFor: async () => ({}) as unknown as PlatformNetworks,
      markNeedsReconnect: (accountId, reason) => accounts.markNeedsReconnect(accountId, reason),
      mediaFilePath: async (mediaId) => (missingMedia.has(mediaId) ? null : `/library/${mediaId}.bin`),
      usage,
      catchUpGraceMinutes: () => settings.graceMinutes,
      timezone: () => settings.timezone,
      paused: { get: () => settings.paused, set: (paused) => void (settings.paused = paused) },
      random: () => settings.random,
      logger: log.logger,
      ...overrides,
    });
    engine.onAlert((alert) => alerts.push(alert));
    engine.onTargetsChanged((ids) => changes.push(ids));
    clock.setSettle(() => engine.idle());
    engines.push(engine);
    return engine;
  }

  const world = {
    db,
    clock,
    publishers,
    settings,
    alerts,
    changes,
    missingMedia,
    usage,
    accounts,
    log,
    createEngine,

    /** Starts a new engine and lets its first pass run. */
    async startEngine(overrides: Partial<PublishEngineDeps> = {}): Promise<PublishEngine> {
      const engine = createEngine(overrides);
      engine.start();
      await clock.advance(0);
      return engine;
    },

    addAccount(id: string, platform: Platform, extra: { loginPath?: LoginPath; isDemo?: boolean; publishingLimit?: object } = {}): string {
      const loginPath = extra.loginPath ?? (platform === 'tiktok' ? 'tiktok_login' : 'facebook_login');
      db.prepare(
        `INSERT INTO accounts (id, platform, platform_account_id, display_name, is_demo, created_at, connected_at, login_path, publishing_limit)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        platform,
        `p-${id}`,
        `Account ${id}`,
        extra.isDemo === false ? 0 : 1,
        START,
        START,
        loginPath,
        extra.publishingLimit ? JSON.stringify(extra.publishingLimit) : null,
      );
      return id;
    },

    addMedia(label: string, kind: MediaKind = 'image'): string {
      const id = createHash('sha256').update(label).digest('hex');
      const probe = { kind, format: kind === 'image' ? 'jpeg' : 'mp4', byteSize: 1000, width: 1080, height: 1350 };
      db.prepare('INSERT INTO media (id, original_name, stored_file, kind, probe, imported_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        id,
        `${label}.${kind === 'image' ? 'jpg' : 'mp4'}`,
        `${id}.bin`,
        kind,
        JSON.stringify(probe),
        START,
      );
      return id;
    },

    /** A target (and, unless `postId` names an existing one, its post) as scheduling leaves it. */
    addTarget(id: string, seed: TargetSeed): string {
      const postId = seed.postId ?? `post-${id}`;
      const exists = db.prepare('SELECT 1 FROM posts WHERE id = ?').get(postId);
      if (!exists) {
        db.prepare('INSERT INTO posts (id, body, created_at, updated_at) VALUES (?, ?, ?, ?)').run(postId, seed.body ?? `Text of ${id}`, START, START);
        (seed.postMediaIds ?? []).forEach((mediaId, position) =>
          db.prepare('INSERT INTO post_media (post_id, position, media_id) VALUES (?, ?, ?)').run(postId, position, mediaId),
        );
      }
      const platform =
        seed.platform ??
        (seed.accountId === null ? 'instagram' : (db.prepare('SELECT platform FROM accounts WHERE id = ?').get(seed.accountId)?.platform as Platform));
      db.prepare(
        `INSERT INTO targets (id, post_id, account_id, status, due_at_utc, timezone, caption, updated_at, platform, post_type, media_ids, options, position)
         VALUES (?, ?, ?, ?, ?, 'UTC', ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        postId,
        seed.accountId,
        seed.status ?? 'scheduled',
        seed.dueAt.toISOString(),
        seed.caption ?? null,
        START,
        platform,
        seed.postType ?? null,
        seed.mediaIds ? JSON.stringify(seed.mediaIds) : null,
        seed.options ? JSON.stringify(seed.options) : null,
        seq++,
      );
      return id;
    },

    /** What the planning service does on a reschedule: a new due time, then a wake. */
    moveTarget(id: string, dueAt: Date): void {
      db.prepare('UPDATE targets SET due_at_utc = ? WHERE id = ?').run(dueAt.toISOString(), id);
    },

    target(id: string) {
      const row = db
        .prepare(
          `SELECT status, attempt, not_before_utc, step_started, step_results, problem, published_at, platform_post_id, permalink,
                  late_by_minutes, handoff FROM targets WHERE id = ?`,
        )
        .get(id) as {
        status: TargetStatus;
        attempt: number;
        not_before_utc: string | null;
        step_started: string | null;
        step_results: string;
        problem: string | null;
        published_at: string | null;
        platform_post_id: string | null;
        permalink: string | null;
        late_by_minutes: number | null;
        handoff: string | null;
      };
      return {
        ...row,
        stepResults: JSON.parse(row.step_results) as Record<string, unknown>,
        problemOf: row.problem === null ? null : (JSON.parse(row.problem) as { code: string; message: string; action: string | null }),
        handoffOf: row.handoff === null ? null : (JSON.parse(row.handoff) as Record<string, unknown>),
      };
    },

    status: (id: string): TargetStatus => world.target(id).status,

    timeline: (id: string): TimelineEntry[] => timeline.list(id),

    /** Sets a row as a crash would leave it in the middle of a step. */
    leaveAsCrashed(id: string, state: { attempt: number; stepStarted: string | null; stepResults: Record<string, unknown> }): void {
      db.prepare(`UPDATE targets SET status = 'publishing', attempt = ?, step_started = ?, step_results = ? WHERE id = ?`).run(
        state.attempt,
        state.stepStarted,
        JSON.stringify(state.stepResults),
        id,
      );
    },

    /** Sets a row as a crash right after the post went out leaves it: published, with an after-published step under way. */
    leavePublishedWithStepUnderWay(id: string, state: { attempt: number; stepStarted: string; stepResults: Record<string, unknown> }): void {
      db.prepare(
        `UPDATE targets SET status = 'published', attempt = ?, step_started = ?, step_results = ?, published_at = ?, platform_post_id = 'live-post'
          WHERE id = ?`,
      ).run(state.attempt, state.stepStarted, JSON.stringify(state.stepResults), clock.now().toISOString(), id);
    },

    /** The account signed in again now (what a reconnect does to the row). */
    reconnect(accountId: string): void {
      db.prepare(`UPDATE accounts SET health = 'connected', health_reason = NULL, connected_at = ? WHERE id = ?`).run(
        clock.now().toISOString(),
        accountId,
      );
    },

    async close(): Promise<void> {
      for (const engine of engines) await engine.stop();
      database.close();
    },
  };
  return world;
}

export type EngineWorld = ReturnType<typeof createEngineWorld>;
