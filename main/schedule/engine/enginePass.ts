import type { TargetProblem } from '../../../preload/contract';
import { LATE_AFTER_MS, MAX_ATTEMPTS } from '../schedulingRules';
import type { EngineContext } from './engineContext';
import { missedBecause, missedProblem, ownerTime, whyStartedLate } from './missedPolicy';
import type { HandoffWork, PlatformHandoff } from './platformHandoff';
import { publishAlerts } from './publishAlerts';
import { PLATFORM_NAMES } from '../../platforms/platformNames';
import type { PublishLanes } from './publishLanes';
import type { EngineAccount } from './publishStore';
import type { GateSubject } from './throttleGate';

export interface EnginePassParts {
  lanes: PublishLanes;
  handoff: PlatformHandoff;
  /** Whether this engine is running the target now. */
  isRunning(targetId: string): boolean;
  /** Runs a claimed (or crash-interrupted) target in the lane. */
  startPublish(lane: string, targetId: string): void;
  /** Finishes, in the lane, what a previous run left to do after a target was published (a first comment). */
  startAfterPublished(lane: string, targetId: string): void;
  startHandoff(work: HandoffWork): void;
}

const gateSubject = (account: EngineAccount): GateSubject => ({ ...account, accountId: account.id });

/**
 * One look at the queue, from the database alone: accounts reconnected let their waiting targets
 * go on, targets whose time passed while nothing could publish them become missed, runs a crash
 * interrupted resume (and what was left to do after a post went out), due targets are claimed in due order where their account's lane is free and
 * no throttle or posting limit holds them, and hand-overs to the platform start or are kept in
 * line. Synchronous: everything that touches the network runs in a lane. Returns the next instant
 * something will be due (for the timer), or null.
 */
export function createEnginePass(ctx: EngineContext, parts: EnginePassParts) {
  const { store, deps, events } = ctx;
  const { lanes, handoff } = parts;
  let lastLookAt: Date | null = null;
  let lastUnpausedLookAt: Date | null = null;
  // Only an earlier process leaves a published target with an after-published step under way
  // (this one finishes its own runs), so they are looked for until every one has been started.
  let afterPublishedLeft = true;

  function resumeReconnected(now: Date, changed: string[]) {
    for (const target of store.reconnectedWaiting()) {
      const line = { kind: 'resumed' as const, outcome: 'info' as const, message: 'Reconnected: publishing continues.' };
      // The failed attempt was the sign-in's fault, not the platform's: it is given back.
      if (store.wait(target.id, 'needs_attention', { notBefore: now, giveBack: true, clear: false }, now, [line])) changed.push(target.id);
    }
  }

  function markMissed(now: Date, paused: boolean, changed: string[]) {
    const graceMinutes = deps.catchUpGraceMinutes();
    const zone = deps.timezone();
    for (const target of store.overdueNeverAttempted(new Date(now.getTime() - graceMinutes * 60_000))) {
      const because = missedBecause({ dueAt: target.dueAt, now, graceMinutes, lastLookAt, paused });
      if (!because) continue;
      const problem = missedProblem(target.dueAt, zone, now, because);
      if (!store.stop(target.id, 'scheduled', 'missed', problem, false, now, [{ kind: 'missed', outcome: 'error', message: problem.message }])) continue;
      changed.push(target.id);
      const state = store.get(target.id);
      const account = target.accountId === null ? null : store.account(target.accountId);
      if (state?.platform) events.alert(publishAlerts.missed({ targetId: target.id, platform: state.platform, accountName: account?.displayName ?? null }, problem));
    }
  }

  function resumeInterrupted(now: Date) {
    for (const state of store.publishing()) {
      if (parts.isRunning(state.id)) continue;
      const lane = state.accountId ?? state.id;
      if (lanes.isFull()) return;
      if (lanes.isBusy(lane)) continue;
      const message = `Attempt ${state.attempt} of ${MAX_ATTEMPTS} continues after an interruption.`;
      store.note(state.id, now, { kind: 'attempt', outcome: 'info', attempt: state.attempt, message });
      parts.startPublish(lane, state.id);
    }
  }

  function resumeAfterPublished() {
    if (!afterPublishedLeft) return;
    let left = false;
    for (const state of store.publishedUnfinished()) {
      if (parts.isRunning(state.id)) continue;
      const lane = state.accountId ?? state.id;
      if (lanes.isFull() || lanes.isBusy(lane)) {
        left = true;
        continue;
      }
      parts.startAfterPublished(lane, state.id);
    }
    afterPublishedLeft = left;
  }

  function claimDue(now: Date, changed: string[], gateOpenings: Date[]) {
    for (const due of store.firstDuePerAccount(now)) {
      if (lanes.isFull()) return;
      const account = due.accountId === null ? null : store.account(due.accountId);
      if (!account) {
        if (stopWaiting(due.id, now, 'failed', NO_ACCOUNT)) changed.push(due.id);
        continue;
      }
      if (lanes.isBusy(account.id)) continue;
      if (account.reconnectReason !== null) {
        waitForReconnect(account, now, changed);
        continue;
      }
      const openAt = ctx.gate.openAt(gateSubject(account));
      if (openAt) {
        gateOpenings.push(openAt);
        continue;
      }
      if (holdAtLimit(account, now, changed)) continue;
      const attempt = store.claim(due.id, now, (n) => ({ kind: 'attempt', outcome: 'info', attempt: n, message: `Attempt ${n} of ${MAX_ATTEMPTS} started.` }));
      if (attempt === null) continue;
      if (attempt === 1 && now.getTime() - due.dueAt.getTime() > LATE_AFTER_MS) {
        ctx.lateStarts.set(due.id, whyStartedLate(due.dueAt, lastLookAt, lastUnpausedLookAt));
      }
      changed.push(due.id);
      parts.startPublish(account.id, due.id);
    }
  }

  function stopWaiting(targetId: string, now: Date, status: 'failed' | 'needs_attention', problem: TargetProblem): boolean {
    const kind = status === 'failed' ? ('failed' as const) : ('needs_attention' as const);
    return store.stop(targetId, 'scheduled', status, problem, false, now, [{ kind, outcome: 'error', message: problem.message }]);
  }

  /** The account is known to need a reconnect: its due targets wait for it without a call that would fail. */
  function waitForReconnect(account: EngineAccount, now: Date, changed: string[]) {
    const problem: TargetProblem = {
      code: 'TOKEN_EXPIRED',
      message: account.reconnectReason ? `The account needs reconnecting: ${account.reconnectReason}` : 'The account needs reconnecting.',
      action: 'Reconnect the account; the post goes out once it is back.',
    };
    for (const id of store.dueOfAccount(account.id, now)) if (stopWaiting(id, now, 'needs_attention', problem)) changed.push(id);
  }

  /** Holds the account's due targets until one more post fits its 24-hour limit. */
  function holdAtLimit(account: EngineAccount, now: Date, changed: string[]): boolean {
    const limit = ctx.ledger.wouldExceed(account.id, now);
    if (!limit) return false;
    const message = `Held until ${ownerTime(limit.freesAt, deps.timezone(), now, 'auto')}: ${PLATFORM_NAMES[account.platform]} allows ${limit.limit} posts in 24 hours, and this account has made ${limit.count}.`;
    for (const id of store.dueOfAccount(account.id, now)) {
      const hold = { notBefore: limit.freesAt, giveBack: false, clear: false };
      if (store.wait(id, 'scheduled', hold, now, [{ kind: 'held', outcome: 'info', message }])) changed.push(id);
    }
    return true;
  }

  function startHandoffWork(now: Date, paused: boolean, gateOpenings: Date[]) {
    const mayCall = (accountId: string): boolean => {
      if (lanes.isFull() || lanes.isBusy(accountId)) return false;
      const account = store.account(accountId);
      const openAt = account && ctx.gate.openAt(gateSubject(account));
      if (openAt) gateOpenings.push(openAt);
      return account !== null && !openAt;
    };
    for (const work of handoff.due(now, paused)) if (mayCall(work.accountId)) parts.startHandoff(work);
    if (paused) return;
    for (const candidate of handoff.candidates(now)) {
      if (lanes.isFull()) return;
      if (!mayCall(candidate.accountId) || !store.claimHandoff(candidate.id, candidate.handoffJson)) continue;
      parts.startHandoff({ targetId: candidate.id, accountId: candidate.accountId, kind: 'handOver' });
    }
  }

  return {
    run(now: Date): Date | null {
      const paused = deps.paused.get();
      const changed: string[] = [];
      const gateOpenings: Date[] = [];
      resumeReconnected(now, changed);
      markMissed(now, paused, changed);
      resumeInterrupted(now);
      resumeAfterPublished();
      if (!paused) claimDue(now, changed, gateOpenings);
      startHandoffWork(now, paused, gateOpenings);
      lastLookAt = now;
      if (!paused) lastUnpausedLookAt = now;
      events.targetsChanged(changed);
      const next = [store.nextWaitingAfter(now), handoff.nextLookAfter(now), ...gateOpenings]
        .filter((at): at is Date => at !== null && at.getTime() > now.getTime())
        .map((at) => at.getTime());
      return next.length === 0 ? null : new Date(Math.min(...next));
    },
  };
}

const NO_ACCOUNT: TargetProblem = {
  code: 'NOT_FOUND',
  message: 'This post has no account to go to.',
  action: 'Choose an account in the composer, then schedule the post again.',
};
