import type { Platform } from '../../../preload/contract';
import type { Publisher } from '../../../main/platforms/publisher';
import { preciseWallMs } from './preciseWallClock';

/** Sees each step start, with the precise wall time (ms since the epoch) it started at. */
export type StepStarted = (targetId: string, atMs: number) => void;

/**
 * Publishers for the three platforms that finish at once: no check issues, one step that returns
 * a made-up post id, no network (so only Outpost's own scheduling is timed, and nothing is sent).
 * Every step run is reported, so a bench can check each target went out exactly once.
 */
export function instantPublishers(onStep: StepStarted): Readonly<Record<Platform, Publisher>> {
  const publisher = (platform: Platform): Publisher => ({
    platform,
    check: async () => [],
    steps: () => [
      {
        name: 'publish',
        label: 'Publishing',
        async run(context) {
          onStep(context.job.targetId, preciseWallMs());
          return { id: `bench-${context.job.targetId}` };
        },
      },
    ],
    published: (results) => ({ platformPostId: String(results.publish?.id), permalink: null }),
  });
  return { instagram: publisher('instagram'), facebook: publisher('facebook'), tiktok: publisher('tiktok') };
}
