import type { Platform, TargetStatus } from '../../../preload/contract';
import type { Publisher, PublishStep } from '../../../main/platforms/publisher';
import { composePost, connectShop, openSchedulingWorld, type ComposedTarget, type ShopTokens } from '../../support/schedulingWorld';

/**
 * One life of Outpost's scheduling for the crash test, in a child process: opens the data folder,
 * (first life only) connects the shop and schedules one post now, then runs the engine. Every
 * step of every publisher is wrapped so that the child reports each step boundary to the parent:
 * "before" (the engine has recorded that the step started) and "after" (the step's work is done
 * on the platform, its result not yet recorded). At boundary number `killAt` it stops dead and
 * waits for the parent's SIGKILL, so each crash lands exactly on its boundary.
 */
export interface CrashChildConfig {
  dataDirectory: string;
  env: Record<string, string>;
  shop: ShopTokens;
  /** First life: the post to schedule. Later lives find it in the database. */
  seed: { body: string; files: string[]; target: Omit<ComposedTarget, 'accountId'> } | null;
  killAt: number | null;
}

export type CrashChildMessage =
  | { type: 'boundary'; n: number; label: string }
  | { type: 'done'; status: TargetStatus; problem: string | null; boundaries: number };

const TERMINAL: readonly TargetStatus[] = ['published', 'failed', 'needs_attention', 'missed', 'draft'];

const config = JSON.parse(process.env.OUTPOST_CRASH_CONFIG ?? 'null') as CrashChildConfig;
let boundaries = 0;

function tell(message: CrashChildMessage): Promise<void> {
  return new Promise((resolve) => process.send?.(message, () => resolve()));
}

async function boundary(label: string): Promise<void> {
  boundaries += 1;
  await tell({ type: 'boundary', n: boundaries, label });
  if (boundaries === config.killAt) await new Promise<never>(() => undefined);
}

function stoppingAtBoundaries(step: PublishStep): PublishStep {
  return {
    ...step,
    async run(context) {
      await boundary(`before ${step.name}`);
      const result = await step.run(context);
      await boundary(`after ${step.name}`);
      return result;
    },
  };
}

function wrap(publishers: Readonly<Record<Platform, Publisher>>): Record<Platform, Publisher> {
  const wrapped = {} as Record<Platform, Publisher>;
  for (const [platform, publisher] of Object.entries(publishers) as [Platform, Publisher][]) {
    wrapped[platform] = { ...publisher, steps: (job) => publisher.steps(job).map(stoppingAtBoundaries) };
  }
  return wrapped;
}

async function main(): Promise<void> {
  const world = await openSchedulingWorld({ dataDirectory: config.dataDirectory, env: config.env, wrapPublishers: wrap });
  const { db } = world.database;
  if (config.seed) {
    const accounts = await connectShop(world, config.shop);
    const { target, ...post } = config.seed;
    const postId = await composePost(world, { ...post, targets: [{ ...target, accountId: accounts[target.platform] }] });
    world.scheduling.service.schedulePost(postId, { kind: 'now' });
  }
  const readTarget = () => db.prepare('SELECT status, problem FROM targets').get() as { status: TargetStatus; problem: string | null };
  const finished = new Promise<void>((resolve) => {
    const check = () => {
      if (TERMINAL.includes(readTarget().status)) resolve();
    };
    world.scheduling.engine.onTargetsChanged(check);
    check();
  });
  world.scheduling.engine.start();
  await finished;
  await world.scheduling.engine.idle();
  const { status, problem } = readTarget();
  await tell({ type: 'done', status, problem, boundaries });
  await world.close();
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
