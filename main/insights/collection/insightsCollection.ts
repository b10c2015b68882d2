import type { DatabaseSync } from 'node:sqlite';
import type { InsightsCollectionStatus, Platform } from '../../../preload/contract';
import type { AccountRecord, AccountsRepository } from '../../accounts/accountsRepository';
import type { PlatformAccessFor } from '../../accounts/platformAccess';
import type { Logger } from '../../diagnostics/logger';
import type { PublishAccount, PublishCredentials } from '../../platforms/publisher';
import { systemEngineClock, type EngineClock } from '../../schedule/engine/engineClock';
import type { GateSubject, ThrottleGate } from '../../schedule/engine/throttleGate';
import { formatOwnerTime } from '../../schedule/planning/ownerTime';
import type { InsightsCallContext, InsightsSource } from '../insightsSource';
import { createInsightsSources } from '../sources/insightsSources';
import { createAccountDaysStore } from './accountDaysStore';
import { createAccountLanes, forEachLimited } from './accountLanes';
import { checkpointAfter, checkpointToTake } from './checkpointPlan';
import { InsightPostNotFoundError, InsightsAccountNotFoundError, InsightsOnHoldError } from '../insightsErrors';
import { classifyCollectionFailure } from './collectionFailures';
import { createCollectionProblems } from './collectionProblems';
import { DAILY_RUN_STALE_MS, DAYS_REVISITED, FIRST_DAYS_BACK, INSIGHTS_START_DELAY_MS, PARALLEL_ACCOUNTS, TRANSIENT_RETRY_MS } from './collectionRules';
import { createInsightPostsStore, type InsightPostRow } from './insightPostsStore';
import { addDays } from '../localDates';
import { nextDailyRunAt, ownerToday } from './ownerDay';
import { createRefusedMetricsStore } from './refusedMetricsStore';

export interface InsightsCollectionDeps {
  db: DatabaseSync;
  /** Only connected accounts (not disconnected, not waiting for a reconnect) are measured. */
  accounts: Pick<AccountsRepository, 'get' | 'list'>;
  platformAccessFor: PlatformAccessFor;
  /** Core builds it with createPublishingCredentials (tokens from the vault, TikTok renewed first). */
  credentialsFor(account: PublishAccount): PublishCredentials;
  /** The publishing engine's throttle gate (holds and usage-header pauses), shared so neither hammers. */
  gate: ThrottleGate;
  /** Tests script them; the app uses each platform's real source. */
  sources?: Readonly<Record<Platform, InsightsSource>>;
  /** The owner's IANA time zone. */
  timezone(): string;
  /** Becomes the 'insights.changed' event. */
  emit(status: InsightsCollectionStatus): void;
  logger: Logger;
  now(): Date;
  /** Timers (the due measurements, the daily run, the start-up catch-up); tests drive a fake one. */
  clock?: EngineClock;
  /** The start-up catch-up waits this long. */
  startDelayMs?: number;
}

export interface InsightsCollection {
  /** Registers new published targets, runs the catch-up after the start delay, arms the daily run. */
  start(): void;
  /** Publishing changed: registers newly published targets and re-arms the timer. */
  wake(): void;
  /** The owner's time zone changed: the daily run moves to 03:00 in the new one. */
  reschedule(): void;
  /** Measures the post now (no checkpoint). NOT_FOUND for an unknown post. */
  refreshPost(postId: string): Promise<void>;
  /** Imports the account's recent posts, collects its days and takes its due measurements now. */
  refreshAccount(accountId: string): Promise<InsightsCollectionStatus>;
  status(): InsightsCollectionStatus;
  /** One pass over the due measurements (what the timer runs). */
  runPass(): Promise<void>;
  /** The 03:00 job: every account's recent posts and days, then a pass. */
  runDaily(): Promise<void>;
  /** Cancels the timers and waits for work in progress. */
  stop(): Promise<void>;
}

/** When a pass leaves work due that nothing holds (an unexpected failure), the next one waits at least this. */
const IDLE_REARM_MS = 60_000;

/**
 * Insight collection (issue 8): each published post measured at its checkpoints, every account's
 * days once a day at 03:00 in the owner's zone, posts published elsewhere imported, and what the
 * app missed while it was off caught up on start, oldest first. The database says what is due;
 * timers only wake the collection, which then re-reads it. Calls go one at a time per account
 * (a few accounts side by side), and never while the platform or the usage headers ask to wait.
 */
export function createInsightsCollection(deps: InsightsCollectionDeps): InsightsCollection {
  const { db, logger } = deps;
  const now = () => deps.now();
  const clock = deps.clock ?? systemEngineClock();
  const sources = deps.sources ?? createInsightsSources();
  const posts = createInsightPostsStore(db);
  const days = createAccountDaysStore(db);
  const refusedMetrics = createRefusedMetricsStore({ db, logger, now });
  const { gate } = deps;
  const problems = createCollectionProblems();
  const lanes = createAccountLanes();

  let lastRunAt = latest(posts.latestMeasuredAt(), days.latestCollectedAt());
  let started = false;
  let stopped = false;
  let nextDaily: Date | null = null;
  let cancelStartup: (() => void) | null = null;
  let cancelDue: (() => void) | null = null;
  let cancelDaily: (() => void) | null = null;
  let passRunning: Promise<void> | null = null;
  let passQueued: Promise<void> | null = null;
  let dailyRunning: Promise<void> | null = null;
  /** Something the dashboard shows changed since the last event. */
  let changed = false;
  /** Accounts whose first collection this run has started (see wake). */
  const firstCollectionTried = new Set<string>();

  const subjectOf = (account: AccountRecord): GateSubject => ({
    accountId: account.id,
    platformAccountId: account.platformAccountId,
    loginPath: account.loginPath,
    isDemo: account.isDemo,
  });
  const connectedOf = (account: AccountRecord) => ({ id: account.id, connectedAt: account.summary.connectedAt });

  /** The account if it may be measured now: connected, no problem recorded since its last sign-in. */
  const measurable = (accountId: string): AccountRecord | null => {
    const account = deps.accounts.get(accountId);
    if (!account) return null;
    if (account.summary.health.state === 'needs_reconnect') {
      if (!problems.blocks(connectedOf(account))) {
        problems.record(connectedOf(account), `${account.displayName} needs to be reconnected; its insights wait until then.`);
        changed = true;
      }
      return null;
    }
    return problems.blocks(connectedOf(account)) ? null : account;
  };

  const contextFor = async (account: AccountRecord): Promise<InsightsCallContext> => ({
    // An AccountRecord carries every field of a PublishAccount: no second reading of the row.
    account,
    networks: (await deps.platformAccessFor(account.isDemo)).networks,
    credentials: deps.credentialsFor(account),
    refusedMetrics,
    logger,
    now,
  });

  /**
   * What a failed call means for the account; returns whether the rest of its work may go on.
   * `post`: the measurement that failed, moved later or past its checkpoint as the failure says.
   */
  const handleFailure = async (account: AccountRecord, context: InsightsCallContext, error: unknown, post: InsightPostRow | null): Promise<boolean> => {
    const failure = classifyCollectionFailure(error);
    const reason = error instanceof Error ? error.message : String(error);
    switch (failure.kind) {
      case 'throttled':
        gate.hold(subjectOf(account), failure.scope, failure.until);
        logger.info({ accountId: account.id, scope: failure.scope, until: failure.until.toISOString() }, 'insights: throttled; the account waits');
        return false;
      case 'signedOut':
        problems.record(connectedOf(account), `Insights for ${account.displayName} are paused. ${failure.message}`);
        changed = true;
        logger.warn({ accountId: account.id, reason }, 'insights: the account cannot be measured until it is reconnected');
        return false;
      case 'permanent':
        logger.warn({ accountId: account.id, postId: post?.id, reason }, 'insights: the platform refused the measurement; moving past it');
        if (post?.nextCheckpoint) posts.skipTo(post, checkpointAfter(post.kind, post.publishedAt, post.nextCheckpoint));
        return true;
      case 'transient':
        logger.warn({ accountId: account.id, postId: post?.id, reason }, 'insights: measurement failed; tried again later');
        if (failure.renewToken) {
          await context.credentials.renew().catch((renewError: unknown) => {
            logger.warn({ accountId: account.id, error: renewError instanceof Error ? renewError.message : String(renewError) }, 'insights: token renewal failed');
          });
        }
        if (post) posts.postpone(post, new Date(now().getTime() + TRANSIENT_RETRY_MS));
        // The rest of the account's work waits for the next pass: offline, every call would fail in turn.
        return false;
    }
  };

  /** Takes the due checkpoint of one post; returns whether the account's work may go on. */
  const takeCheckpoint = async (account: AccountRecord, context: InsightsCallContext, seen: InsightPostRow): Promise<boolean> => {
    const at = now();
    // Read again: another piece of work of this account (a refresh) may have taken it meanwhile.
    const post = posts.get(seen.id);
    if (!post?.nextCheckpoint || !post.nextDueAt || post.nextDueAt > at) return true;
    const checkpoint = checkpointToTake(post.kind, post.publishedAt, post.nextCheckpoint, at);
    if (checkpoint === null) {
      posts.skipTo(post, null);
      changed = true;
      return true;
    }
    let figures;
    try {
      figures = await sources[post.platform].measurePost(context, post);
    } catch (error) {
      return handleFailure(account, context, error, post);
    }
    const stored = posts.record({ post, checkpoint, takenAt: at, figures, next: checkpointAfter(post.kind, post.publishedAt, checkpoint) });
    changed = true;
    logger.debug({ postId: post.id, checkpoint, stored }, 'insights: measured');
    return true;
  };

  /** The account's due measurements, oldest first, until the platform asks to wait. */
  const measureDue = async (account: AccountRecord, due: readonly InsightPostRow[]): Promise<void> => {
    const context = await contextFor(account);
    for (const post of due) {
      if (stopped || gate.openAt(subjectOf(account))) return;
      if (!(await takeCheckpoint(account, context, post))) return;
    }
  };

  /** The account's recent posts and its days since the last one stored; returns whether it finished. */
  const collectAccount = async (account: AccountRecord): Promise<boolean> => {
    if (stopped || gate.openAt(subjectOf(account))) return false;
    const context = await contextFor(account);
    const source = sources[account.platform];
    try {
      const found = await source.recentPosts(context);
      posts.registerPublishedTargets(now());
      if (posts.importFound(account, found, now()) > 0) changed = true;
    } catch (error) {
      if (!(await handleFailure(account, context, error, null))) return false;
    }
    if (stopped || gate.openAt(subjectOf(account))) return false;
    const today = ownerToday(now(), deps.timezone());
    const lastDay = days.lastDay(account.id);
    // From a few days before the last stored one (DAYS_REVISITED), never further back than the first time.
    const oldest = addDays(today, -FIRST_DAYS_BACK);
    const since = lastDay === null ? oldest : maxDay(oldest, minDay(addDays(lastDay, -DAYS_REVISITED), today));
    try {
      const collected = await source.accountDays(context, { since, until: today });
      if (days.store(account.id, collected, now()) > 0) changed = true;
    } catch (error) {
      await handleFailure(account, context, error, null);
      return false;
    }
    return true;
  };

  const register = () => {
    if (posts.registerPublishedTargets(now()) > 0) changed = true;
  };

  const announce = () => {
    if (!changed) return;
    changed = false;
    deps.emit(status());
  };

  const logged = (what: string) => (error: unknown) => {
    logger.error({ error: error instanceof Error ? error.message : String(error) }, `insights: ${what} failed`);
  };

  const pass = async (): Promise<void> => {
    if (stopped) return;
    register();
    const groups = new Map<string, InsightPostRow[]>();
    // Oldest due first: accounts in the order of their oldest due post, each account's posts in due order.
    for (const post of posts.due(now())) groups.set(post.accountId, [...(groups.get(post.accountId) ?? []), post]);
    const work = [...groups].flatMap(([accountId, due]) => {
      const account = measurable(accountId);
      return account ? [{ account, due }] : [];
    });
    await forEachLimited(work, PARALLEL_ACCOUNTS, ({ account, due }) =>
      lanes.run(account.id, () => measureDue(account, due)).catch(logged(`the measurements of account ${account.id}`)),
    );
    lastRunAt = now();
    armDue();
    announce();
  };

  /** Wakes that arrive while a pass runs make one more pass after it, not one each. */
  const runPass = (): Promise<void> => {
    if (!passRunning) {
      passRunning = pass()
        .catch(logged('a pass'))
        .finally(() => {
          passRunning = null;
        });
      return passRunning;
    }
    passQueued ??= passRunning.then(() => {
      passQueued = null;
      return runPass();
    });
    return passQueued;
  };

  const daily = async (which: (account: AccountRecord) => boolean): Promise<void> => {
    if (stopped) return;
    register();
    const accounts = deps.accounts.list().flatMap((summary) => {
      const account = measurable(summary.id);
      return account && which(account) ? [account] : [];
    });
    await forEachLimited(accounts, PARALLEL_ACCOUNTS, async (account) => {
      await lanes.run(account.id, () => collectAccount(account)).catch(logged(`the daily run of account ${account.id}`));
    });
    lastRunAt = now();
    announce();
    // Imported posts older than their first checkpoint are due now.
    await runPass();
  };

  const runDailyFor = (which: (account: AccountRecord) => boolean): Promise<void> => {
    dailyRunning ??= daily(which)
      .catch(logged('the daily run'))
      .finally(() => {
        dailyRunning = null;
      });
    return dailyRunning;
  };

  /** On start: the daily run for the accounts whose last one is more than a day old, then the pass. */
  const catchUp = () =>
    runDailyFor((account) => {
      const last = days.lastCollectedAt(account.id);
      return last === null || now().getTime() - last.getTime() > DAILY_RUN_STALE_MS;
    });

  /** The timer for the next measurement: each account's earliest, or when its hold ends. */
  function armDue(): void {
    cancelDue?.();
    cancelDue = null;
    if (stopped || !started) return;
    let earliest = Infinity;
    for (const { accountId, dueAt } of posts.earliestDueByAccount()) {
      const account = deps.accounts.get(accountId);
      if (!account || problems.blocks(connectedOf(account)) || account.summary.health.state === 'needs_reconnect') continue;
      const openAt = gate.openAt(subjectOf(account));
      earliest = Math.min(earliest, Math.max(dueAt.getTime(), openAt?.getTime() ?? 0));
    }
    if (earliest === Infinity) return;
    const at = Math.max(earliest, now().getTime() + (earliest <= now().getTime() ? IDLE_REARM_MS : 0));
    cancelDue = clock.wakeAt(new Date(at), () => void runPass());
  }

  function armDaily(): void {
    cancelDaily?.();
    nextDaily = nextDailyRunAt(now(), deps.timezone());
    cancelDaily = clock.wakeAt(nextDaily, () => {
      armDaily();
      void runDailyFor(() => true);
    });
  }

  /** Registers newly published targets, re-arms, and starts the first collection of new accounts. */
  function wakeUp(): void {
    register();
    armDue();
    announce();
    // A newly connected account's history comes in now rather than at the next 03:00 (once per
    // account and run: a wake comes with every publishing change). The start-up catch-up covers
    // the accounts known at start.
    if (cancelStartup !== null || dailyRunning !== null) return;
    const fresh = deps.accounts.list().filter((summary) => !firstCollectionTried.has(summary.id) && days.lastCollectedAt(summary.id) === null);
    if (fresh.length === 0) return;
    for (const summary of fresh) firstCollectionTried.add(summary.id);
    const freshIds = new Set(fresh.map((summary) => summary.id));
    void runDailyFor((account) => freshIds.has(account.id));
  }

  function status(): InsightsCollectionStatus {
    return {
      running: passRunning !== null || dailyRunning !== null,
      lastRunAt: lastRunAt?.toISOString() ?? null,
      nextDailyRunAt: nextDaily?.toISOString() ?? null,
      pendingMeasurements: posts.pendingCount(now()),
      problems: problems.list(),
    };
  }

  return {
    start() {
      if (started || stopped) return;
      started = true;
      register();
      armDaily();
      cancelStartup = clock.wakeAt(new Date(now().getTime() + (deps.startDelayMs ?? INSIGHTS_START_DELAY_MS)), () => {
        cancelStartup = null;
        void catchUp();
      });
      announce();
    },

    wake() {
      if (!started || stopped) return;
      // Called from publishing's events: an insights problem must not reach the engine.
      try {
        wakeUp();
      } catch (error) {
        logged('a wake')(error);
      }
    },

    reschedule() {
      if (started && !stopped) armDaily();
    },

    async refreshPost(postId) {
      const post = posts.get(postId);
      if (!post) throw new InsightPostNotFoundError();
      const account = deps.accounts.get(post.accountId);
      if (!account) throw new InsightsAccountNotFoundError();
      const openAt = gate.openAt(subjectOf(account));
      if (openAt) throw new InsightsOnHoldError(account.displayName, formatOwnerTime(openAt, deps.timezone(), now()));
      await lanes.run(account.id, async () => {
        const context = await contextFor(account);
        try {
          const figures = await sources[post.platform].measurePost(context, post);
          posts.record({ post, checkpoint: null, takenAt: now(), figures });
          changed = true;
        } catch (error) {
          const failure = classifyCollectionFailure(error);
          if (failure.kind === 'throttled' || failure.kind === 'signedOut') await handleFailure(account, context, error, null);
          throw error;
        } finally {
          announce();
        }
      });
    },

    async refreshAccount(accountId) {
      const account = deps.accounts.get(accountId);
      if (!account) throw new InsightsAccountNotFoundError();
      if (problems.clear(accountId)) changed = true;
      register();
      await lanes.run(accountId, async () => {
        if (await collectAccount(account)) await measureDue(account, posts.dueOf(accountId, now()));
      });
      lastRunAt = now();
      armDue();
      announce();
      return status();
    },

    status,
    runPass,
    runDaily: () => runDailyFor(() => true),

    async stop() {
      stopped = true;
      for (const cancel of [cancelStartup, cancelDue, cancelDaily]) cancel?.();
      cancelStartup = cancelDue = cancelDaily = null;
      nextDaily = null;
      await Promise.allSettled([passRunning, passQueued, dailyRunning]);
    },
  };
}

const latest = (...dates: (Date | null)[]): Date | null =>
  dates.reduce<Date | null>((best, date) => (date && (!best || date > best) ? date : best), null);

const minDay = (a: string, b: string) => (a < b ? a : b);
const maxDay = (a: string, b: string) => (a > b ? a : b);
