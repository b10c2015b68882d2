import { DomainError } from '../../errors/domainError';
import type { PlatformNetworks } from '../../platforms/platformNetworks';
import { ThrottledError, TransientError } from '../../platforms/platformErrors';
import type { AfterPublished, PublishCredentials, PublishJob, PublishStep, StepResult, StepResults } from '../../platforms/publisher';
import { MAX_ATTEMPTS } from '../schedulingRules';
import type { EngineContext } from './engineContext';
import { ownerTime } from './missedPolicy';
import type { TimelineLine } from './publishStore';
import { backoffDelayMs, describeFailure } from './retryPolicy';
import { plainContext } from './stepRunner';

/** A step that runs once the post is out, with the words the owner reads about it. */
export type AfterStep = PublishStep & { afterPublished: AfterPublished };

/** The steps that publish, in order: everything but the after-published ones. */
export function publishingSteps(steps: readonly PublishStep[]): PublishStep[] {
  return steps.filter((step) => !step.afterPublished);
}

/** The steps that run once the post is out (a first comment), in order. */
export function afterPublishedSteps(steps: readonly PublishStep[]): AfterStep[] {
  return steps.filter((step): step is AfterStep => step.afterPublished !== undefined);
}

/** The first after-published step not finished yet: what `markPublished` records as under way. */
export function firstUnfinished(steps: readonly AfterStep[], results: StepResults): string | null {
  return steps.find((step) => !Object.hasOwn(results, step.name))?.name ?? null;
}

export interface AfterPublishedRun {
  job: PublishJob;
  steps: readonly AfterStep[];
  results: StepResults;
  /** The step a previous run left under way (a crash): confirmed on the platform before it runs. */
  inDoubt: string | null;
  /** The attempt the post went out in (null when the platform published it from its own schedule). */
  attempt: number | null;
  networks: PlatformNetworks;
  credentials: PublishCredentials;
  signal: AbortSignal;
}

/**
 * Runs the after-published steps of a target already recorded as published, one at a time.
 * Each settles as a 'comment' line: done, or not done with the platform's words and what to do.
 * A failure worth retrying (the network, the platform down) is tried again up to MAX_ATTEMPTS
 * times with the usual backoff, waiting in the account's lane; any other gives up at once. A
 * repeat is always preceded by the step's `confirm`, since the answer that failed may have been
 * lost after the work was done. The target stays published whatever happens; only the abort of
 * a stopping engine is thrown, leaving the step under way for the next start.
 */
export async function runAfterPublished(ctx: EngineContext, run: AfterPublishedRun): Promise<void> {
  let results = run.results;
  for (const [index, step] of run.steps.entries()) {
    if (Object.hasOwn(results, step.name)) continue;
    const { result, line } = await settle(ctx, run, step, results);
    const next = firstUnfinished(run.steps.slice(index + 1), results);
    if (result) results = { ...results, [step.name]: result };
    if (!ctx.store.afterPublishedStep(run.job.targetId, step.name, result, next, ctx.deps.clock.now(), line)) return;
    ctx.events.targetsChanged([run.job.targetId]);
  }
}

async function settle(ctx: EngineContext, run: AfterPublishedRun, step: AfterStep, results: StepResults): Promise<{ result: StepResult | null; line: TimelineLine }> {
  const { deps } = ctx;
  const line = (outcome: TimelineLine['outcome'], message: string, detail: string | null = null): TimelineLine => ({
    kind: 'comment',
    outcome,
    attempt: run.attempt,
    step: step.label,
    message,
    detail,
  });
  let inDoubt = run.inDoubt === step.name;
  for (let tries = 1; ; tries += 1) {
    const context = plainContext(ctx, { ...run, results });
    try {
      const found = inDoubt && step.confirm ? await step.confirm(context) : null;
      const result = found ?? (await step.run(context));
      return { result, line: line('ok', step.afterPublished.done) };
    } catch (error) {
      if (run.signal.aborted) throw error;
      inDoubt = true;
      const failure = describeFailure(error);
      if (worthRetrying(error) && tries < MAX_ATTEMPTS) {
        const now = deps.clock.now();
        const at = new Date(now.getTime() + backoffDelayMs(tries, deps.random));
        ctx.store.note(run.job.targetId, now, line('info', `${failure.message} Trying again at ${ownerTime(at, deps.timezone(), now, 'auto')}.`, failure.detail));
        await context.sleep(at.getTime() - now.getTime());
        continue;
      }
      if (error instanceof ThrottledError) holdAccount(ctx, run.job, error);
      const message = `${step.afterPublished.notDone} ${failure.message} ${step.afterPublished.remedy(error)}`;
      return { result: null, line: line('error', message, failure.detail) };
    }
  }
}

/** The platform or the network failing for now; a throttle is not waited out here (it may last an hour). */
function worthRetrying(error: unknown): boolean {
  return error instanceof TransientError || !(error instanceof DomainError);
}

/** Nothing else of the account (or its app) goes to the platform before the time it named. */
function holdAccount(ctx: EngineContext, job: PublishJob, error: ThrottledError): void {
  const account = ctx.store.account(job.account.id);
  if (account) ctx.gate.hold({ ...account, accountId: account.id }, error.scope, error.retryAfter);
}
