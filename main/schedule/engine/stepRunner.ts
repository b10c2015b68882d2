import type { PlatformNetworks } from '../../platforms/platformNetworks';
import type { PublishCredentials, PublishJob, PublishStep, StepContext, StepResults } from '../../platforms/publisher';
import type { EngineContext } from './engineContext';
import { describeFailure } from './retryPolicy';

/** One pass through a publisher's steps for a target (publishing, or handing over to the platform). */
export interface StepRun {
  job: PublishJob;
  steps: readonly PublishStep[];
  /** The row's finished results, and the step it says was started and not finished (in doubt). */
  results: StepResults;
  stepStarted: string | null;
  /** The attempt the timeline lines belong to (null for a hand-over). */
  attempt: number | null;
  networks: PlatformNetworks;
  credentials: PublishCredentials;
  signal: AbortSignal;
}

/**
 * Runs the steps not finished yet, in order, persisting each one's start before it touches the
 * network and its result the moment it returns, so a crash resumes from the last finished step.
 * A step found started but not finished is in doubt: its `confirm` looks on the platform first,
 * and only a "surely did not happen" runs it again. A failing step stays recorded as started, so
 * the next attempt confirms before repeating it. Throws the step's error (or the abort reason).
 */
export async function runSteps(ctx: EngineContext, run: StepRun): Promise<StepResults> {
  const { store, events, deps } = ctx;
  const targetId = run.job.targetId;
  const now = () => deps.clock.now();
  const line = (step: PublishStep, outcome: 'ok' | 'error' | 'info', message: string, detail: string | null = null) => ({
    kind: 'step' as const,
    outcome,
    attempt: run.attempt,
    step: step.label,
    message,
    detail,
  });
  let results = run.results;

  for (const step of run.steps) {
    run.signal.throwIfAborted();
    if (Object.hasOwn(results, step.name)) continue;
    const context = stepContext(ctx, run, results, step);
    try {
      if (run.stepStarted === step.name && step.confirm) {
        const confirmed = await step.confirm(context);
        if (confirmed) {
          results = store.stepFinished(targetId, step.name, confirmed, now(), line(step, 'ok', 'Already done: found on the platform after an interruption.'));
          continue;
        }
        store.note(targetId, now(), line(step, 'info', 'Not done yet (checked on the platform after an interruption): doing it now.'));
      }
      store.stepStarted(targetId, step.name);
      events.progress(targetId, step.label, null);
      const result = await step.run(context);
      results = store.stepFinished(targetId, step.name, result, now(), line(step, 'ok', 'Done.'));
    } catch (error) {
      if (!run.signal.aborted) {
        const failure = describeFailure(error);
        store.note(targetId, now(), line(step, 'error', failure.message, failure.detail));
      }
      throw error;
    }
  }
  return results;
}

/** Builds a StepContext for the cleanUp and hand-over calls that are not steps. */
export function plainContext(ctx: EngineContext, run: Omit<StepRun, 'steps' | 'stepStarted' | 'attempt'>): StepContext {
  return {
    job: run.job,
    results: run.results,
    networks: run.networks,
    credentials: run.credentials,
    progress: () => undefined,
    now: () => ctx.deps.clock.now(),
    sleep: (ms) => sleepOn(ctx, ms, run.signal),
    signal: run.signal,
  };
}

function stepContext(ctx: EngineContext, run: StepRun, results: StepResults, step: PublishStep): StepContext {
  return {
    ...plainContext(ctx, { ...run, results }),
    progress: (fraction) => ctx.events.progress(run.job.targetId, step.label, Math.min(1, Math.max(0, fraction))),
  };
}

/**
 * Waits on the engine's clock (so tests control it), ending early with the abort reason. The
 * wait does not count as work in progress; the run counts again the moment the clock wakes it.
 */
function sleepOn(ctx: EngineContext, ms: number, signal: AbortSignal): Promise<void> {
  const { clock } = ctx.deps;
  return new Promise<void>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const resume = ctx.activity.pause();
    const onAbort = () => {
      cancel();
      resume();
      reject(signal.reason);
    };
    const cancel = clock.wakeAt(new Date(clock.now().getTime() + ms), () => {
      signal.removeEventListener('abort', onAbort);
      resume();
      resolve();
    });
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
