import { MediaRejectedError, TransientError } from '../../../main/platforms/platformErrors';
import type { PlatformNetworks } from '../../../main/platforms/platformNetworks';
import type {
  PublishCredentials,
  PublishedPost,
  Publisher,
  PublishJob,
  PublishStep,
  StepContext,
  StepResult,
} from '../../../main/platforms/publisher';

/**
 * A tiny stand-in for the scheduling engine, for tests of the publishers (and the engine's crash
 * test, which reuses it): steps run in order with their results kept in a plain object, a step
 * that threw stays recorded as started (in doubt), and the next run confirms it on the platform
 * before running it again, as the engine does.
 */

/** What the engine persists for a target: results by step name, and the step started but not finished. */
export interface StepStore {
  results: Record<string, StepResult>;
  started: string | null;
}

export const emptyStore = (): StepStore => ({ results: {}, started: null });

/** What a step may use, from the test: the sandbox's networks and clock. */
export interface StepEnvironment {
  networks: PlatformNetworks;
  credentials: PublishCredentials;
  now(): Date;
  /** Moves the test's clock instead of waiting. */
  sleep(ms: number): Promise<void>;
  /** Every progress report, by step name. */
  progress?: (step: string, fraction: number) => void;
}

/** Which steps ran, and how: `run`, `confirmed` (found on the platform), `repeated` (confirm said it did not happen). */
export type StepEvent = { step: string; kind: 'run' | 'confirmed' | 'repeated' | 'failed'; error?: unknown };

export function stepContext(job: PublishJob, env: StepEnvironment, store: StepStore, step?: string): StepContext {
  return {
    job,
    results: { ...store.results },
    networks: env.networks,
    credentials: env.credentials,
    progress: (fraction) => (step ? env.progress?.(step, fraction) : undefined),
    now: () => env.now(),
    sleep: (ms) => env.sleep(ms),
    signal: new AbortController().signal,
  };
}

/**
 * Runs the steps not finished yet, up to (not including) `stopBefore` when given. Throws the
 * failing step's error; the step stays `started`, so the next run confirms it first.
 */
export async function runSteps(
  steps: readonly PublishStep[],
  job: PublishJob,
  env: StepEnvironment,
  store: StepStore,
  options: { stopBefore?: string; events?: StepEvent[] } = {},
): Promise<StepStore> {
  const events = options.events ?? [];
  for (const step of steps) {
    if (step.name === options.stopBefore) break;
    if (Object.hasOwn(store.results, step.name)) continue;
    try {
      if (store.started === step.name && step.confirm) {
        const confirmed = await step.confirm(stepContext(job, env, store, step.name));
        if (confirmed) {
          store.results[step.name] = confirmed;
          store.started = null;
          events.push({ step: step.name, kind: 'confirmed' });
          continue;
        }
        events.push({ step: step.name, kind: 'repeated' });
      }
      store.started = step.name;
      store.results[step.name] = await step.run(stepContext(job, env, store, step.name));
      store.started = null;
      events.push({ step: step.name, kind: 'run' });
    } catch (error) {
      events.push({ step: step.name, kind: 'failed', error });
      throw error;
    }
  }
  return store;
}

export interface PublishOutcome {
  post: PublishedPost;
  store: StepStore;
  events: StepEvent[];
  /** The errors of the attempts that failed before the one that published. */
  errors: unknown[];
}

/**
 * A whole publish as the engine runs it: the check when nothing has happened yet, then the
 * steps; a transient failure is tried again (a new Instagram container starts over, after the
 * clean-up), up to `attempts`; the clean-up after the post is out. Any other failure cleans up
 * and is thrown.
 */
export async function publishToEnd(
  publisher: Publisher,
  job: PublishJob,
  env: StepEnvironment,
  options: { store?: StepStore; attempts?: number } = {},
): Promise<PublishOutcome> {
  const store = options.store ?? emptyStore();
  const events: StepEvent[] = [];
  const errors: unknown[] = [];
  const cleanUp = () => publisher.cleanUp?.(stepContext(job, env, store));
  if (store.started === null && Object.keys(store.results).length === 0) {
    const issues = await publisher.check(job);
    if (issues.length > 0) throw new Error(`The check refused the job: ${issues.map((issue) => issue.message).join(' ')}`);
  }
  for (let attempt = 1; ; attempt += 1) {
    try {
      await runSteps(publisher.steps(job), job, env, store, { events });
      break;
    } catch (error) {
      errors.push(error);
      const startOver = (error instanceof TransientError || error instanceof MediaRejectedError) && error.needsNewContainer;
      if (!(error instanceof TransientError) || attempt >= (options.attempts ?? 3)) {
        await cleanUp();
        throw error;
      }
      if (startOver) {
        await cleanUp();
        store.results = {};
        store.started = null;
      }
    }
  }
  const post = publisher.published(store.results);
  await cleanUp();
  return { post, store, events, errors };
}
