import type { Platform, ValidationIssue } from '../../../../../preload/contract';
import type {
  PlatformSchedule,
  PublishedPost,
  Publisher,
  PublishJob,
  PublishStep,
  StepContext,
  StepResult,
  StepResults,
} from '../../../../../main/platforms/publisher';

/** What a scripted step or platform call does when it is reached. */
export type Outcome =
  | { ok: StepResult }
  | { error: unknown }
  /** Waits on the engine's clock (ctx.sleep: a long one stands for a call that hangs), then succeeds. */
  | { sleepMs: number };

/** One call the engine made, with the wall time it made it at: what "no hammering" is counted on. */
export interface PublisherCall {
  kind: 'check' | 'run' | 'confirm' | 'cleanUp' | 'accepts' | 'move' | 'remove' | 'checkPublished';
  targetId: string;
  step: string | null;
  at: Date;
}

export interface ScriptedPublisherOptions {
  platform: Platform;
  /** Step names, in order; default a stage and a publish step. */
  steps?: readonly string[];
  /** Steps that run once the post is out (a first comment), after `steps`; they may be confirmable too. */
  afterPublished?: readonly string[];
  /** Steps that have a confirm (scripted with `confirmWith`; default "did not happen"). */
  confirmable?: readonly string[];
  /** Give the publisher platform-side scheduling (Facebook Pages). */
  platformSchedule?: boolean;
  /** The clock `check` calls are recorded with (steps use their context's). */
  now?: () => Date;
}

const HAND_OVER_STEPS = ['handover:upload', 'handover:schedule'] as const;

/**
 * A Publisher whose every step is scripted per target: the next outcome for (target, step) is
 * taken from its queue, or succeeds with `{ id: '<step>-<target>' }`. Every call is recorded.
 */
export function createScriptedPublisher(options: ScriptedPublisherOptions) {
  const stepNames = options.steps ?? ['stage', 'publish'];
  const scripts = new Map<string, Outcome[]>();
  const confirmations = new Map<string, (StepResult | null | Error)[]>();
  const calls: PublisherCall[] = [];
  const checkIssues = new Map<string, ValidationIssue[]>();
  const published = new Map<string, (PublishedPost | null)[]>();
  let accepting = true;
  const key = (targetId: string, step: string) => `${targetId}|${step}`;

  const record = (kind: PublisherCall['kind'], context: { job: PublishJob; now(): Date }, step: string | null) =>
    calls.push({ kind, targetId: context.job.targetId, step, at: context.now() });

  const play = async (outcome: Outcome | undefined, context: StepContext, step: string): Promise<StepResult> => {
    if (!outcome) return { id: `${step}-${context.job.targetId}` };
    if ('ok' in outcome) return outcome.ok;
    if ('error' in outcome) throw outcome.error;
    await context.sleep(outcome.sleepMs);
    return { id: `${step}-${context.job.targetId}` };
  };

  const afterNames = options.afterPublished ?? [];
  const makeStep = (name: string): PublishStep => ({
    name,
    label: `Doing ${name}`,
    ...(afterNames.includes(name)
      ? { afterPublished: { done: `${name} done.`, notDone: `${name} not done.`, remedy: () => `Do ${name} by hand.` } }
      : {}),
    async run(context) {
      record('run', context, name);
      context.progress(0.5);
      return play(scripts.get(key(context.job.targetId, name))?.shift(), context, name);
    },
    ...(options.confirmable?.includes(name)
      ? {
          async confirm(context: StepContext) {
            record('confirm', context, name);
            const answer = confirmations.get(key(context.job.targetId, name))?.shift() ?? null;
            if (answer instanceof Error) throw answer;
            return answer;
          },
        }
      : {}),
  });

  const platformSchedule: PlatformSchedule = {
    accepts(job, now) {
      calls.push({ kind: 'accepts', targetId: job.targetId, step: null, at: now });
      return accepting;
    },
    handOverSteps: () => HAND_OVER_STEPS.map(makeStep),
    scheduledPostId: (results: StepResults) => String(results['handover:schedule']?.id),
    async move(context) {
      record('move', context, null);
      const next = scripts.get(key(context.job.targetId, 'move'))?.shift();
      if (next && 'error' in next) throw next.error;
    },
    async remove(context) {
      record('remove', context, null);
      const next = scripts.get(key(context.job.targetId, 'remove'))?.shift();
      if (next && 'error' in next) throw next.error;
    },
    async checkPublished(context) {
      record('checkPublished', context, null);
      return published.get(context.job.targetId)?.shift() ?? null;
    },
  };

  const publisher: Publisher = {
    platform: options.platform,
    async check(job) {
      calls.push({ kind: 'check', targetId: job.targetId, step: null, at: options.now?.() ?? new Date(0) });
      return checkIssues.get(job.targetId) ?? [];
    },
    steps: () => [...stepNames, ...afterNames].map(makeStep),
    published(results) {
      const last = stepNames[stepNames.length - 1] ?? 'publish';
      const id = String(results[last]?.id);
      return { platformPostId: id, permalink: `https://example.test/p/${id}` };
    },
    async cleanUp(context) {
      record('cleanUp', context, null);
    },
    ...(options.platformSchedule ? { platformSchedule } : {}),
  };

  return {
    publisher,
    calls,
    /** Queues outcomes for a target's step (also 'move' and 'remove' for hand-overs). */
    script(targetId: string, step: string, ...outcomes: Outcome[]) {
      scripts.set(key(targetId, step), [...(scripts.get(key(targetId, step)) ?? []), ...outcomes]);
    },
    /** Queues what confirm answers for a target's step: a result (it happened), null (it did not), an Error (cannot tell). */
    confirmWith(targetId: string, step: string, ...answers: (StepResult | null | Error)[]) {
      confirmations.set(key(targetId, step), [...(confirmations.get(key(targetId, step)) ?? []), ...answers]);
    },
    failCheck(targetId: string, issues: ValidationIssue[]) {
      checkIssues.set(targetId, issues);
    },
    /** Queues what checkPublished answers for a handed-over target. */
    publishedAs(targetId: string, ...answers: (PublishedPost | null)[]) {
      published.set(targetId, [...(published.get(targetId) ?? []), ...answers]);
    },
    accept(value: boolean) {
      accepting = value;
    },
    callsOf(kind: PublisherCall['kind'], targetId?: string, step?: string): PublisherCall[] {
      return calls.filter((call) => call.kind === kind && (targetId === undefined || call.targetId === targetId) && (step === undefined || call.step === step));
    },
  };
}

export type ScriptedPublisher = ReturnType<typeof createScriptedPublisher>;
