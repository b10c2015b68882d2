import type { PublishProgress } from '../../../preload/contract';
import type { PublishingAlert, WakeReason } from '../publishingControl';
import { CLOCK_JUMP_THRESHOLD_MS, PUBLISH_LANES_MAX, WATCHDOG_INTERVAL_MS } from '../schedulingRules';
import { createTargetTimeline } from '../targetTimeline';
import { createEngineActivity } from './engineActivity';
import type { EngineContext, PublishEngineDeps } from './engineContext';
import { createEngineEvents, type LiveProgress } from './engineEvents';
import { createEnginePass } from './enginePass';
import { createPlatformHandoff } from './platformHandoff';
import { createPostingLedger } from './postingLedger';
import { createPublishJobs } from './publishJobs';
import { createPublishLanes } from './publishLanes';
import { resumeAfterPublished, runPublish } from './publishRun';
import { createPublishStore } from './publishStore';
import { createThrottleGate, type ThrottleGate } from './throttleGate';

export type { PublishEngineDeps } from './engineContext';

export interface PublishEngine {
  /**
   * The holds the platforms asked for (per account and app) and the usage headers' pauses: insight
   * collection calls through the same gate, so a "slow down" seen by either is kept by both.
   */
  readonly gate: ThrottleGate;
  /** Resumes runs a crash interrupted, applies the missed policy, arms the timer, starts the watchdog. */
  start(): void;
  /** Stops the timer and the watchdog and aborts runs in flight (left as a crash would leave them, resumed at the next start). */
  stop(): Promise<void>;
  /** Re-reads the database soon; several wakes in a row make one pass. */
  wake(reason: WakeReason): void;
  /** Pausing stops claims and hand-overs; steps in flight finish. Kept across restarts. */
  setPaused(paused: boolean): void;
  isPaused(): boolean;
  /** True while any target is being published or handed over (the shell keeps the system awake). */
  isPublishing(): boolean;
  liveProgress(targetId: string): LiveProgress | null;
  /** Takes a handed-over target back from the platform's schedule (before a cancel); throws when it cannot. */
  withdrawHandoff(targetId: string): Promise<void>;
  /** Whether the target, due at `dueAt`, would go out from the platform's own schedule (runsWhere 'platform'). */
  handoffAccepts(targetId: string, dueAt: Date): boolean;
  onTargetsChanged(listener: (targetIds: string[]) => void): () => void;
  onProgress(listener: (progress: PublishProgress) => void): () => void;
  onAlert(listener: (alert: PublishingAlert) => void): () => void;
  /** Resolves once nothing is running or waiting to run (only a clock wait left): for `stop` and tests. */
  idle(): Promise<void>;
}

/**
 * The publishing engine (DESIGN.md section 4): the database decides what is due; one timer (the
 * EngineClock's wakeAt, node-schedule in the app) wakes the engine at the next due instant and is
 * re-armed after every pass; a once-a-minute watchdog re-reads anyway, and compares wall-clock and
 * running time to notice a sleep or a clock change. Each pass (enginePass.ts) claims due targets
 * and starts their runs (publishRun.ts) in per-account lanes.
 */
export function createPublishEngine(deps: PublishEngineDeps): PublishEngine {
  const { clock, logger } = deps;
  const store = createPublishStore(deps.db, createTargetTimeline(deps.db));
  const activity = createEngineActivity();
  const events = createEngineEvents({ monotonicMs: () => clock.monotonicMs(), logger });
  const ctx: EngineContext = {
    deps,
    store,
    jobs: createPublishJobs({ db: deps.db, mediaFilePath: deps.mediaFilePath }),
    gate: createThrottleGate({ usage: deps.usage, now: () => clock.now() }),
    ledger: createPostingLedger(deps.db, () => clock.now()),
    activity,
    events,
    tokenRetried: new Set(),
    lateStarts: new Map(),
  };
  const lifetime = new AbortController();
  const running = new Set<string>();
  const lanes = createPublishLanes({
    cap: PUBLISH_LANES_MAX,
    activity,
    onFree: () => requestPass(),
    onError: (error) => logger.error({ error: error instanceof Error ? error.message : String(error) }, 'publish engine: a run failed unexpectedly'),
  });
  const handoff = createPlatformHandoff(ctx);
  const pass = createEnginePass(ctx, {
    lanes,
    handoff,
    isRunning: (targetId) => running.has(targetId),
    startPublish(lane, targetId) {
      running.add(targetId);
      lanes.start(lane, () => runPublish(ctx, targetId, lifetime.signal).finally(() => running.delete(targetId)));
    },
    startAfterPublished(lane, targetId) {
      running.add(targetId);
      lanes.start(lane, () => resumeAfterPublished(ctx, targetId, lifetime.signal).finally(() => running.delete(targetId)));
    },
    startHandoff(work) {
      lanes.start(work.accountId, () => handoff.run(work, lifetime.signal));
    },
  });

  let started = false;
  let stopped = false;
  let passQueued = false;
  let rearmNeeded = false;
  let armed: { at: number; cancel: () => void } | null = null;
  let stopWatchdog: (() => void) | null = null;

  function requestPass() {
    if (stopped || passQueued) return;
    passQueued = true;
    const end = activity.begin();
    // Wakes that arrive together (a resume, an unlock and the watchdog) make one pass.
    setImmediate(() => {
      passQueued = false;
      try {
        if (!stopped) arm(pass.run(clock.now()));
      } catch (error) {
        logger.error({ error: error instanceof Error ? error.message : String(error) }, 'publish engine: pass failed');
      } finally {
        end();
      }
    });
  }

  /**
   * Keeps the one timer on the next instant. After a sleep or a clock change the armed timer's
   * running-time delay no longer matches the wall clock, so it is armed afresh even for the same instant.
   */
  function arm(next: Date | null) {
    const fresh = rearmNeeded;
    rearmNeeded = false;
    if (!fresh && armed && next && armed.at === next.getTime()) return;
    armed?.cancel();
    armed = next ? { at: next.getTime(), cancel: clock.wakeAt(next, () => wake('timer')) } : null;
  }

  function startWatchdog() {
    let lastWall = clock.now().getTime();
    let lastMonotonic = clock.monotonicMs();
    stopWatchdog = clock.every(WATCHDOG_INTERVAL_MS, () => {
      const wall = clock.now().getTime();
      const monotonic = clock.monotonicMs();
      const driftMs = wall - lastWall - (monotonic - lastMonotonic);
      lastWall = wall;
      lastMonotonic = monotonic;
      if (Math.abs(driftMs) > CLOCK_JUMP_THRESHOLD_MS) {
        logger.warn({ driftMs }, 'publish engine: the wall clock jumped (sleep or clock change); re-reading the queue');
        wake('clock-jump');
      } else {
        wake('watchdog');
      }
    });
  }

  function wake(reason: WakeReason) {
    if (stopped) return;
    if (reason === 'clock-jump' || reason === 'resume') rearmNeeded = true;
    if (reason !== 'timer' && reason !== 'watchdog') logger.info({ reason }, 'publish engine: wake');
    requestPass();
  }

  return {
    gate: ctx.gate,
    start() {
      if (started || stopped) return;
      started = true;
      startWatchdog();
      wake('startup');
    },
    async stop() {
      stopped = true;
      armed?.cancel();
      armed = null;
      stopWatchdog?.();
      lifetime.abort(new Error('Outpost is stopping.'));
      await activity.idle();
    },
    wake,
    setPaused(paused) {
      deps.paused.set(paused);
      logger.info({ paused }, 'publish engine: publishing paused or resumed');
      wake('changed');
    },
    isPaused: () => deps.paused.get(),
    isPublishing: () => lanes.size() > 0,
    liveProgress: (targetId) => events.liveProgress(targetId),
    async withdrawHandoff(targetId) {
      const end = activity.begin();
      try {
        await handoff.withdraw(targetId, lifetime.signal);
      } finally {
        end();
        wake('changed');
      }
    },
    handoffAccepts: (targetId, dueAt) => handoff.accepts(targetId, dueAt),
    onTargetsChanged: (listener) => events.onTargetsChanged(listener),
    onProgress: (listener) => events.onProgress(listener),
    onAlert: (listener) => events.onAlert(listener),
    idle: () => activity.idle(),
  };
}
