import { createHash } from 'node:crypto';
import type { Platform, TargetProblem } from '../../../preload/contract';
import { DomainError } from '../../errors/domainError';
import type { PlatformSchedule, Publisher, PublishJob, PublishStep, StepContext } from '../../platforms/publisher';
import { PermissionMissingError, ThrottledError, TokenInvalidError, TransientError } from '../../platforms/platformErrors';
import {
  FACEBOOK_HANDOFF_MARGIN_MS,
  FACEBOOK_SCHEDULE_MAX_AHEAD_MS,
  FACEBOOK_SCHEDULE_MIN_AHEAD_MS,
  HANDOFF_CHECK_DELAY_MS,
  HANDOFF_CONFIRM_DEADLINE_MS,
} from '../schedulingRules';
import { afterPublishedSteps, firstUnfinished, runAfterPublished } from './afterPublished';
import type { EngineContext } from './engineContext';
import type { Handoff } from './handoffState';
import { ownerTime } from './missedPolicy';
import { publishAlerts, withAction } from './publishAlerts';
import { PLATFORM_NAMES } from '../../platforms/platformNames';
import type { JobContent } from './publishJobs';
import { cleanUpAfter } from './publishRun';
import type { HandoverCandidate, TargetState, TimelineLine } from './publishStore';
import { describeFailure } from './retryPolicy';
import { plainContext, runSteps } from './stepRunner';

type HandedState = TargetState & { handoff: Extract<Handoff, { state: 'handed' }> };

/** Hand-over work for one target, run in its account's lane. */
export interface HandoffWork {
  targetId: string;
  accountId: string;
  /** `handOver`: claimed (or left `handing` by a crash); the others keep a handed post in line with the target. */
  kind: 'handOver' | 'takeBack' | 'move' | 'check';
}

/** The content a hand-over gave the platform; a different fingerprint means the post was edited since. */
export function handoffFingerprint(content: Pick<JobContent, 'caption' | 'mediaIds' | 'options' | 'postType'>): string {
  const { caption, mediaIds, options, postType } = content;
  return createHash('sha256').update(JSON.stringify([caption, mediaIds, options, postType])).digest('hex');
}

/**
 * Far enough ahead to hand over (or move) with room for a slow upload, and not beyond the
 * platform's window. With the publisher's `accepts`, what decides whether a target runs on the
 * platform (the planning service can say so before it is handed over).
 */
export function withinHandoffWindow(dueAt: Date, now: Date): boolean {
  const ahead = dueAt.getTime() - now.getTime();
  return ahead > FACEBOOK_SCHEDULE_MIN_AHEAD_MS + FACEBOOK_HANDOFF_MARGIN_MS && ahead <= FACEBOOK_SCHEDULE_MAX_AHEAD_MS;
}

/**
 * Platform-side scheduling (Facebook Pages, `scheduled_publish_time`): a target far enough ahead is
 * handed over soon after it is scheduled, so it goes out with the computer off. Its steps are
 * persisted like publishing steps; `handing` in the handoff column is the claim. Afterwards every
 * pass keeps the platform in line: a changed time is moved, changed content taken back (and handed
 * over again), and after its time the platform is asked whether it published it.
 */
export function createPlatformHandoff(ctx: EngineContext) {
  const { store, deps, events } = ctx;
  /** Not before this (ms) is a handed target looked at again: the next check, or a wait after an error. */
  const nextLook = new Map<string, number>();
  const inFlight = new Map<string, Promise<void>>();
  const platforms = (Object.values(deps.publishers) as Publisher[]).filter((publisher) => publisher.platformSchedule).map((p) => p.platform);

  const scheduleOf = (job: PublishJob): PlatformSchedule => {
    const schedule = deps.publishers[job.platform].platformSchedule;
    if (!schedule) throw new Error(`${job.platform} has no platform-side scheduling`);
    return schedule;
  };
  const contextFor = async (job: PublishJob, state: TargetState, signal: AbortSignal): Promise<StepContext> => {
    const networks = await deps.networksFor(job.account.isDemo);
    return plainContext(ctx, { job, networks, credentials: deps.credentialsFor(job.account), results: state.stepResults, signal });
  };
  const name = (platform: Platform | null) => (platform === null ? 'the platform' : PLATFORM_NAMES[platform]);
  const at = (when: Date, now: Date) => ownerTime(when, deps.timezone(), now, 'auto');
  const set = (id: string, handoff: Handoff | null, clear: boolean, lines: TimelineLine[]) => {
    store.setHandoff(id, handoff, clear, deps.clock.now(), lines);
    events.targetsChanged([id]);
  };
  const declined = (state: TargetState): Handoff => ({
    state: 'declined',
    dueAt: state.dueAt.toISOString(),
    contentAt: store.contentAt(state.id) ?? '',
  });
  const track = (targetId: string, work: Promise<void>): Promise<void> => {
    const settled = work.finally(() => inFlight.delete(targetId));
    inFlight.set(targetId, settled);
    return settled;
  };

  async function handOver(state: TargetState, signal: AbortSignal): Promise<void> {
    const nothingYet = state.stepStarted === null && Object.keys(state.stepResults).length === 0;
    let cleanUp: () => Promise<void> = async () => undefined;
    let steps: readonly PublishStep[] = [];
    try {
      const job = await ctx.jobs.load(state.id);
      const schedule = scheduleOf(job);
      steps = schedule.handOverSteps(job);
      const now = deps.clock.now();
      // A hand-over a crash interrupted goes on whatever the time: its last step may have happened.
      if (nothingYet && !(withinHandoffWindow(job.dueAt, now) && schedule.accepts(job, now))) {
        set(state.id, declined(state), false, []);
        return;
      }
      const base = { job, networks: await deps.networksFor(job.account.isDemo), credentials: deps.credentialsFor(job.account), signal };
      cleanUp = () =>
        cleanUpAfter(ctx, deps.publishers[job.platform], plainContext(ctx, { ...base, results: store.get(state.id)?.stepResults ?? {} }));
      const results = await runSteps(ctx, {
        ...base,
        steps,
        results: state.stepResults,
        stepStarted: state.stepStarted,
        attempt: null,
      });
      const handed: Handoff = {
        state: 'handed',
        scheduledPostId: schedule.scheduledPostId(results),
        dueAt: job.dueAt.toISOString(),
        fingerprint: handoffFingerprint({ ...job, mediaIds: job.media.map((item) => item.id) }),
      };
      const message = `Handed to ${name(job.platform)}: it goes out at ${at(job.dueAt, deps.clock.now())} even if this computer is off.`;
      set(state.id, handed, false, [{ kind: 'handed_off', outcome: 'ok', message }]);
    } catch (error) {
      if (signal.aborted) return;
      const failure = describeFailure(error);
      const current = store.get(state.id) ?? state;
      const mayExist = steps.some((step) => step.commits === true && step.name === current.stepStarted);
      if (mayExist && isPassing(error)) {
        // The scheduled post may exist on the platform although its answer never came: publishing
        // it from here now could make two. The next pass confirms the step there first.
        if (error instanceof ThrottledError) holdGate(state, error);
        const message = `${failure.message} Checking with ${name(state.platform)} before anything else.`;
        set(state.id, null, false, [{ kind: 'handed_off', outcome: 'info', message, detail: failure.detail }]);
        return;
      }
      await cleanUp();
      if (error instanceof ThrottledError) {
        holdGate(state, error);
        const message = `${failure.message} Handing it over later.`;
        set(state.id, null, true, [{ kind: 'throttled', outcome: 'info', message, detail: failure.detail }]);
        return;
      }
      const message = `Could not hand this post to ${name(state.platform)}: ${failure.message} Outpost publishes it itself at ${at(state.dueAt, deps.clock.now())}; keep Outpost running then.`;
      set(state.id, declined(state), true, [{ kind: 'handed_off', outcome: 'error', message, detail: failure.detail }]);
    }
  }

  async function keepInLine(kind: 'takeBack' | 'move' | 'check', state: HandedState, signal: AbortSignal) {
    const job = await ctx.jobs.load(state.id);
    const schedule = scheduleOf(job);
    const context = await contextFor(job, state, signal);
    const now = deps.clock.now();
    const { scheduledPostId } = state.handoff;
    const platform = name(job.platform);
    switch (kind) {
      case 'takeBack': {
        await schedule.remove(context, scheduledPostId);
        set(state.id, null, true, [{ kind: 'handed_off', outcome: 'info', message: `Taken back from ${platform}’s schedule: the post changed.` }]);
        return;
      }
      case 'move': {
        if (withinHandoffWindow(job.dueAt, now) && schedule.accepts(job, now)) {
          await schedule.move(context, scheduledPostId);
          const message = `Moved on ${platform}: it goes out at ${at(job.dueAt, now)} even if this computer is off.`;
          set(state.id, { ...state.handoff, dueAt: job.dueAt.toISOString() }, false, [{ kind: 'handed_off', outcome: 'ok', message }]);
          return;
        }
        await schedule.remove(context, scheduledPostId);
        const message = `Taken back from ${platform}’s schedule: Outpost publishes it at ${at(job.dueAt, now)}; keep Outpost running then.`;
        set(state.id, null, true, [{ kind: 'handed_off', outcome: 'info', message }]);
        return;
      }
      case 'check': {
        const post = await schedule.checkPublished(context, scheduledPostId);
        if (post) {
          const line: TimelineLine = { kind: 'published', outcome: 'ok', message: `${platform} published it.` };
          const afterSteps = afterPublishedSteps(deps.publishers[job.platform].steps(job));
          if (store.markPublished(state.id, 'scheduled', post, null, deps.clock.now(), [line], firstUnfinished(afterSteps, state.stepResults))) {
            events.targetsChanged([state.id]);
            events.alert(publishAlerts.published({ targetId: state.id, platform: job.platform, accountName: job.account.displayName }, job.caption, post.permalink));
            // A first comment goes under it now, from the hand-over's results (they name the post).
            await runAfterPublished(ctx, { job, networks: context.networks, credentials: context.credentials, signal, steps: afterSteps, results: state.stepResults, inDoubt: null, attempt: null });
          }
          return;
        }
        if (now.getTime() >= state.dueAt.getTime() + HANDOFF_CONFIRM_DEADLINE_MS) {
          await giveUp(state, job, context, `${platform} did not publish this post at its time (${at(state.dueAt, now)}).`);
          return;
        }
        nextLook.set(state.id, now.getTime() + HANDOFF_CHECK_DELAY_MS);
        return;
      }
    }
  }

  /** The platform did not publish it: take it off the platform's schedule (so it cannot go out twice later) and fail. */
  async function giveUp(state: HandedState, job: PublishJob, context: StepContext, why: string) {
    try {
      await scheduleOf(job).remove(context, state.handoff.scheduledPostId);
    } catch (error) {
      deps.logger.warn({ targetId: state.id, error: describeFailure(error).message }, 'publish engine: could not remove a scheduled post');
    }
    const problem: TargetProblem = {
      code: 'PLATFORM_ERROR',
      message: why,
      action: `Check the ${PLATFORM_NAMES[job.platform]} Page; if the post is not there, publish now or reschedule it.`,
    };
    const now = deps.clock.now();
    if (store.stop(state.id, 'scheduled', 'failed', problem, true, now, [{ kind: 'failed', outcome: 'error', message: why }])) {
      events.targetsChanged([state.id]);
      events.alert(publishAlerts.failed({ targetId: state.id, platform: job.platform, accountName: job.account.displayName }, problem));
    }
  }

  function holdGate(state: TargetState, error: ThrottledError) {
    const account = state.accountId === null ? null : store.account(state.accountId);
    if (account) ctx.gate.hold({ ...account, accountId: account.id }, error.scope, error.retryAfter);
  }

  async function run(work: HandoffWork, signal: AbortSignal): Promise<void> {
    const state = store.get(work.targetId);
    if (!state || state.status !== 'scheduled' || !state.handoff) return;
    if (work.kind === 'handOver') {
      if (state.handoff.state === 'handing') await handOver(state, signal).finally(() => events.progressEnded(state.id));
      return;
    }
    if (state.handoff.state !== 'handed') return;
    try {
      await keepInLine(work.kind, { ...state, handoff: state.handoff }, signal);
    } catch (error) {
      if (signal.aborted) return;
      const failure = describeFailure(error);
      const now = deps.clock.now();
      if (error instanceof ThrottledError) holdGate(state, error);
      const signIn = error instanceof TokenInvalidError || error instanceof PermissionMissingError;
      // A sign-in problem waits for the owner (the account shows "reconnect"); look again slowly.
      if (signIn && state.accountId !== null) deps.markNeedsReconnect(state.accountId, failure.message);
      const retryAt = error instanceof ThrottledError ? error.retryAfter.getTime() : now.getTime() + (signIn ? SIGN_IN_RECHECK_MS : HANDOFF_CHECK_DELAY_MS);
      nextLook.set(state.id, retryAt);
      deps.logger.warn({ targetId: state.id, work: work.kind, error: failure.message, detail: failure.detail }, 'publish engine: hand-over upkeep failed');
      // A check the platform could not answer for now (throttled, down) is simply made again:
      // the post is most likely out, and calling it failed could make the owner post it twice.
      if (work.kind === 'check' && !isPassing(error) && !signIn && now.getTime() >= state.dueAt.getTime() + HANDOFF_CONFIRM_DEADLINE_MS) {
        const problem: TargetProblem = {
          code: failure.code,
          message: `Outpost could not check whether ${name(state.platform)} published this post: ${failure.message}`,
          action: 'Check the Page; if the post is not there, publish now or reschedule it.',
        };
        const line: TimelineLine = { kind: 'failed', outcome: 'error', message: withAction(problem), detail: failure.detail };
        if (store.stop(state.id, 'scheduled', 'failed', problem, false, now, [line]) && state.platform) {
          events.targetsChanged([state.id]);
          events.alert(publishAlerts.failed({ targetId: state.id, platform: state.platform, accountName: store.account(state.accountId ?? '')?.displayName ?? null }, problem));
        }
      }
    }
  }

  return {
    /** Platforms whose publisher can schedule on the platform's side. */
    platforms,

    isRunning: (targetId: string) => inFlight.has(targetId),

    /** Whether the target would be handed to the platform if it were due at `dueAt` (planning asks before scheduling). */
    accepts(targetId: string, dueAt: Date): boolean {
      const job = ctx.jobs.planned(targetId);
      const schedule = job && deps.publishers[job.platform].platformSchedule;
      const now = deps.clock.now();
      return !!job && !!schedule && withinHandoffWindow(dueAt, now) && schedule.accepts({ ...job, dueAt }, now);
    },

    /** Targets that may be handed over now (the pass claims them, then runs `handOver`). */
    candidates(now: Date): HandoverCandidate[] {
      if (platforms.length === 0) return [];
      const earliest = new Date(now.getTime() + FACEBOOK_SCHEDULE_MIN_AHEAD_MS + FACEBOOK_HANDOFF_MARGIN_MS);
      return store
        .handoverCandidates(platforms, earliest, new Date(now.getTime() + FACEBOOK_SCHEDULE_MAX_AHEAD_MS))
        .filter((candidate) => !inFlight.has(candidate.id));
    },

    /** Work that handed (or half-handed) targets need now, decided from the database without the network. */
    due(now: Date, paused: boolean): HandoffWork[] {
      const work: HandoffWork[] = [];
      for (const state of store.handed()) {
        if (inFlight.has(state.id) || state.accountId === null || !state.handoff) continue;
        const kind = workFor(state, now, paused);
        if (kind) work.push({ targetId: state.id, accountId: state.accountId, kind });
      }
      return work;
    },

    /** The next instant a handed target needs a look (its check after its time), for the timer. */
    nextLookAfter(now: Date): Date | null {
      let next: number | null = null;
      for (const state of store.handed()) {
        if (state.handoff?.state !== 'handed' || inFlight.has(state.id)) continue;
        const look = Math.max(state.dueAt.getTime() + HANDOFF_CHECK_DELAY_MS, nextLook.get(state.id) ?? 0);
        if (look > now.getTime() && (next === null || look < next)) next = look;
      }
      return next === null ? null : new Date(next);
    },

    run(work: HandoffWork, signal: AbortSignal): Promise<void> {
      return track(work.targetId, run(work, signal));
    },

    /**
     * Takes the target back from the platform's schedule (the planning service calls it before a
     * cancel). Waits for a hand-over in progress first. Throws when the platform cannot be told,
     * so the cancel is refused rather than the post going out anyway.
     */
    withdraw(targetId: string, signal: AbortSignal): Promise<void> {
      const before = inFlight.get(targetId) ?? Promise.resolve();
      return track(targetId, before.then(() => withdraw(targetId, signal)));
    },
  };

  function workFor(state: TargetState, now: Date, paused: boolean): HandoffWork['kind'] | null {
    const handoff = state.handoff;
    if (handoff?.state === 'handing') return paused ? null : 'handOver';
    if (handoff?.state !== 'handed' || (nextLook.get(state.id) ?? 0) > now.getTime()) return null;
    const content = ctx.jobs.content(state.id);
    if (content && handoffFingerprint(content) !== handoff.fingerprint) return 'takeBack';
    if (state.dueAt.toISOString() !== handoff.dueAt) return 'move';
    return now.getTime() >= state.dueAt.getTime() + HANDOFF_CHECK_DELAY_MS ? 'check' : null;
  }

  async function withdraw(targetId: string, signal: AbortSignal): Promise<void> {
    const state = store.get(targetId);
    if (!state?.handoff) return;
    if (state.handoff.state === 'declined') {
      set(targetId, null, false, []);
      return;
    }
    const job = await ctx.jobs.load(targetId);
    const schedule = scheduleOf(job);
    const context = await contextFor(job, state, signal);
    const lines: TimelineLine[] = [];
    if (state.handoff.state === 'handed') {
      await schedule.remove(context, state.handoff.scheduledPostId);
      lines.push({ kind: 'handed_off', outcome: 'info', message: `Removed from ${name(job.platform)}’s schedule.` });
    } else if (schedule.handOverSteps(job).every((step) => Object.hasOwn(state.stepResults, step.name))) {
      // A hand-over a crash interrupted after its last step: the platform holds the post.
      await schedule.remove(context, schedule.scheduledPostId(state.stepResults));
    } else {
      await cleanUpAfter(ctx, deps.publishers[job.platform], context);
    }
    set(targetId, null, true, lines);
  }
}

export type PlatformHandoff = ReturnType<typeof createPlatformHandoff>;

/** How often a handed-over post is looked for while the account's sign-in is refused. */
const SIGN_IN_RECHECK_MS = 30 * 60_000;

/** Errors that say nothing about the post (the platform or the network failed for now). */
function isPassing(error: unknown): boolean {
  return error instanceof ThrottledError || error instanceof TransientError || !(error instanceof DomainError);
}
