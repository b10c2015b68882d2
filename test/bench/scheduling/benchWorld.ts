import { ENDPOINT_OVERRIDES } from '../../../main/platforms/endpoints';
import type { EngineClock } from '../../../main/schedule/engine/engineClock';
import { openSchedulingWorld, type SchedulingWorld } from '../../support/schedulingWorld';
import { instantPublishers, type StepStarted } from './instantPublishers';

/** The owner's grace window for missed posts (the preference's default, set so the bench does not depend on it). */
export const GRACE_MINUTES = 120;

/** Every platform base URL points at the discard port of this machine: a request, if any were made, never leaves it. */
const NOWHERE = Object.fromEntries(Object.values(ENDPOINT_OVERRIDES).map((variable) => [variable, 'http://127.0.0.1:9']));

export interface BenchWorld {
  world: SchedulingWorld;
  /** Requests sent to the platforms: the bench's runs must leave this at 0. */
  requests(): number;
}

/**
 * The scheduling stack as the app builds it (test/support/schedulingWorld.ts: the engine, the
 * planning service announcing every change, the database), on `dataDirectory`'s outpost.db, with
 * publishers that finish at once. The engine is not started.
 */
export async function openBenchWorld(dataDirectory: string, options: { clock?: EngineClock; onStep: StepStarted }): Promise<BenchWorld> {
  let requests = 0;
  const world = await openSchedulingWorld({
    dataDirectory,
    env: NOWHERE,
    ...(options.clock && { clock: options.clock }),
    preferences: { catchUpGraceMinutes: GRACE_MINUTES },
    onRequest: () => void requests++,
    wrapPublishers: () => instantPublishers(options.onStep),
  });
  return { world, requests: () => requests };
}
