import type { ValidationIssue } from '../../../preload/contract';
import { DomainError } from '../../errors/domainError';
import type { Publisher, PublishJob, StepContext, StepResults } from '../../platforms/publisher';
import { LATE_AFTER_MS, MAX_ATTEMPTS } from '../schedulingRules';
import type { EngineContext } from './engineContext';
import { lateByMinutes, lateMessage, ownerTime } from './missedPolicy';
import { publishAlerts, withAction, type AlertSubject } from './publishAlerts';
import { PLATFORM_NAMES } from '../../platforms/platformNames';
import type { TargetState, TimelineLine } from './publishStore';
import { afterPublishedSteps, firstUnfinished, publishingSteps, runAfterPublished } from './afterPublished';
import { decideAfterFailure, describeFailure } from './retryPolicy';
import { plainContext, runSteps } from './stepRunner';

/** The publisher's last check before publishing found errors (files can change after scheduling). */
export class PostNotReadyError extends DomainError {
  constructor(issues: readonly ValidationIssue[]) {
    super('POST_NOT_READY', `The post cannot go out as it is: ${issues.map((issue) => issue.message).join(' ')}`, 'Fix it in the composer, then retry.');
  }
}

/**
 * Publishes one claimed target (status 'publishing'): the publisher's check when nothing has
 * happened on the platform yet, then the steps not finished (stepRunner.ts), then the published
 * post recorded with how late it went out, then what runs once it is out (a first comment,
 * afterPublished.ts), then the clean-up. A failure goes through the retry policy. When `signal`
 * aborts (the engine stops), the row is left exactly as a crash would leave it, and the next start
 * resumes it.
 */
export async function runPublish(ctx: EngineContext, targetId: string, signal: AbortSignal): Promise<void> {
  const { store, deps, events } = ctx;
  const state = store.get(targetId);
  if (!state || state.status !== 'publishing') return;
  // Lateness counts from when this run began: minutes a platform spends processing or moderating
  // a post sent on time are not the post being late.
  const runStartedAt = deps.clock.now();
  let job: PublishJob | null = null;
  let cleanUp: (results: StepResults) => Promise<void> = async () => undefined;
  try {
    job = await ctx.jobs.load(targetId);
    const publisher = deps.publishers[job.platform];
    const networks = await deps.networksFor(job.account.isDemo);
    const base = { job, networks, credentials: deps.credentialsFor(job.account), signal };
    cleanUp = (results) => cleanUpAfter(ctx, publisher, plainContext(ctx, { ...base, results }));

    if (state.stepStarted === null && Object.keys(state.stepResults).length === 0) {
      const errors = (await publisher.check(job)).filter((issue) => issue.severity === 'error');
      if (errors.length > 0) throw new PostNotReadyError(errors);
    }
    const steps = publisher.steps(job);
    const afterSteps = afterPublishedSteps(steps);
    const results = await runSteps(ctx, {
      ...base,
      steps: publishingSteps(steps),
      results: state.stepResults,
      stepStarted: state.stepStarted,
      attempt: state.attempt,
    });
    const post = publisher.published(results);
    const now = deps.clock.now();
    const late = lateByMinutes(state.dueAt, runStartedAt);
    const lines: TimelineLine[] = [{ kind: 'published', outcome: 'ok', attempt: state.attempt, message: `Published on ${PLATFORM_NAMES[job.platform]}.` }];
    if (late !== null) {
      const firstAttempt = store.firstAttemptAt(targetId);
      const startedLate = firstAttempt !== null && firstAttempt.getTime() - state.dueAt.getTime() > LATE_AFTER_MS;
      const why = ctx.lateStarts.get(targetId) ?? (startedLate ? null : 'retried');
      lines.push({ kind: 'late', outcome: 'info', attempt: state.attempt, message: lateMessage(late, state.dueAt, deps.timezone(), now, why) });
    }
    if (store.markPublished(targetId, 'publishing', post, late, now, lines, firstUnfinished(afterSteps, results))) {
      ctx.tokenRetried.delete(targetId);
      ctx.lateStarts.delete(targetId);
      events.progressEnded(targetId);
      events.targetsChanged([targetId]);
      events.alert(publishAlerts.published(subjectOf(job), job.caption, post.permalink));
      await runAfterPublished(ctx, { ...base, steps: afterSteps, results, inDoubt: null, attempt: state.attempt });
    }
    await cleanUp(results);
  } catch (error) {
    if (signal.aborted) return;
    await settleFailure(ctx, state, job, error, cleanUp);
  } finally {
    events.progressEnded(targetId);
  }
}

async function settleFailure(
  ctx: EngineContext,
  state: TargetState,
  job: PublishJob | null,
  error: unknown,
  cleanUp: (results: StepResults) => Promise<void>,
): Promise<void> {
  const { store, deps, events } = ctx;
  const now = deps.clock.now();
  const { id, attempt } = state;
  const zone = deps.timezone();
  const latest = store.get(id) ?? state;
  const committed = job !== null && deps.publishers[job.platform].steps(job).some(
    (step) => step.commits === true && (step.name in latest.stepResults || step.name === latest.stepStarted),
  );
  const decision = decideAfterFailure({ error, attempt, now, random: deps.random, tokenRetried: ctx.tokenRetried.has(id), committed });
  const { detail } = decision.failure;
  const account = state.accountId === null ? null : store.account(state.accountId);
  const platform = job?.platform ?? state.platform;
  const subject: AlertSubject | null = platform === null ? null : { targetId: id, platform, accountName: account?.displayName ?? null };
  const latestResults = () => store.get(id)?.stepResults ?? state.stepResults;
  let changed = false;

  switch (decision.kind) {
    case 'retry': {
      if (decision.startOver) await cleanUp(latestResults());
      if (decision.giveBack) {
        ctx.tokenRetried.add(id);
        // The platform refused a token that had not lapsed: renew it before the fresh try.
        if (job) await renewQuietly(ctx, job);
      }
      const message = decision.giveBack
        ? 'Trying once more with a refreshed sign-in.'
        : committed
          ? `The post may already be out: checking again at ${ownerTime(decision.at, zone, now, 'auto')} before anything is repeated.`
          : `Trying again ${decision.startOver ? 'from the start ' : ''}at ${ownerTime(decision.at, zone, now, 'auto')} (attempt ${attempt + 1} of ${MAX_ATTEMPTS}).`;
      const hold = { notBefore: decision.at, giveBack: decision.giveBack, clear: decision.startOver };
      changed = store.wait(id, 'publishing', hold, now, [{ kind: 'retry', outcome: 'info', attempt, message, detail }]);
      break;
    }
    case 'throttle': {
      if (account) ctx.gate.hold({ ...account, accountId: account.id }, decision.scope, decision.until);
      const message = `${decision.failure.message} Trying again at ${ownerTime(decision.until, zone, now, 'auto')}.`;
      const hold = { notBefore: decision.until, giveBack: true, clear: false };
      changed = store.wait(id, 'publishing', hold, now, [{ kind: 'throttled', outcome: 'info', attempt, message, detail }]);
      break;
    }
    case 'needsAttention': {
      if (account) deps.markNeedsReconnect(account.id, decision.problem.message);
      const line: TimelineLine = { kind: 'needs_attention', outcome: 'error', attempt, message: withAction(decision.problem), detail };
      changed = store.stop(id, 'publishing', 'needs_attention', decision.problem, false, now, [line]);
      ctx.tokenRetried.delete(id);
      if (changed && subject) events.alert(publishAlerts.reconnect(subject, decision.problem));
      break;
    }
    case 'unresolved': {
      const line: TimelineLine = { kind: 'needs_attention', outcome: 'error', attempt, message: withAction(decision.problem), detail };
      changed = store.stop(id, 'publishing', 'needs_attention', decision.problem, false, now, [line]);
      if (changed && subject) events.alert(publishAlerts.failed(subject, decision.problem));
      break;
    }
    case 'failed': {
      await cleanUp(latestResults());
      const line: TimelineLine = { kind: 'failed', outcome: 'error', attempt, message: withAction(decision.problem), detail };
      changed = store.stop(id, 'publishing', 'failed', decision.problem, decision.startOver, now, [line]);
      ctx.tokenRetried.delete(id);
      if (changed && subject) events.alert(publishAlerts.failed(subject, decision.problem));
      break;
    }
  }
  if (decision.kind !== 'retry' && decision.kind !== 'throttle') ctx.lateStarts.delete(id);
  if (changed) events.targetsChanged([id]);
}

/**
 * A published target whose after-published step a previous run left under way (it crashed or was
 * stopped between the publish and the comment): the step is confirmed on the platform and, if it
 * did not happen, run; then the clean-up that run did not reach. A target that can no longer be
 * read (its post binned, its account disconnected) gives the step up with a line saying so.
 */
export async function resumeAfterPublished(ctx: EngineContext, targetId: string, signal: AbortSignal): Promise<void> {
  const { store, deps, events } = ctx;
  const state = store.get(targetId);
  if (!state || state.status !== 'published' || state.stepStarted === null) return;
  const underWay = state.stepStarted;
  try {
    const job = await ctx.jobs.load(targetId);
    const publisher = deps.publishers[job.platform];
    const steps = afterPublishedSteps(publisher.steps(job));
    const base = { job, networks: await deps.networksFor(job.account.isDemo), credentials: deps.credentialsFor(job.account), signal };
    if (firstUnfinished(steps, state.stepResults) === null) {
      store.afterPublishedStep(targetId, underWay, null, null, deps.clock.now(), null);
    } else {
      await runAfterPublished(ctx, { ...base, steps, results: state.stepResults, inDoubt: underWay, attempt: state.attempt });
    }
    await cleanUpAfter(ctx, publisher, plainContext(ctx, { ...base, results: store.get(targetId)?.stepResults ?? state.stepResults }));
  } catch (error) {
    if (signal.aborted) return;
    const failure = describeFailure(error);
    const line: TimelineLine = {
      kind: 'comment',
      outcome: 'error',
      attempt: state.attempt,
      message: `What was left to do once the post was out was not done: ${failure.message}`,
      detail: failure.detail,
    };
    if (store.afterPublishedStep(targetId, underWay, null, null, deps.clock.now(), line)) events.targetsChanged([targetId]);
  }
}

/** A failed renewal is left to the fresh try, which then stops the target for a reconnect. */
async function renewQuietly(ctx: EngineContext, job: PublishJob): Promise<void> {
  try {
    await ctx.deps.credentialsFor(job.account).renew();
  } catch (error) {
    ctx.deps.logger.warn({ targetId: job.targetId, error: error instanceof Error ? error.message : String(error) }, 'publish engine: token renewal failed');
  }
}

/** Best effort: a failed clean-up is logged and never changes the target's outcome. */
export async function cleanUpAfter(ctx: EngineContext, publisher: Publisher, context: StepContext): Promise<void> {
  if (!publisher.cleanUp) return;
  try {
    await publisher.cleanUp(context);
  } catch (error) {
    ctx.deps.logger.warn(
      { targetId: context.job.targetId, error: error instanceof Error ? error.message : String(error) },
      'publish engine: clean-up failed',
    );
  }
}

function subjectOf(job: PublishJob): AlertSubject {
  return { targetId: job.targetId, platform: job.platform, accountName: job.account.displayName };
}
