import type { EngineActivity } from './engineActivity';

/**
 * Where publishing work runs: one lane per account, so an account's targets go one at a time (the
 * platforms count and order an account's posts), and at most `cap` lanes at once, so several
 * accounts publish in parallel without flooding the network. Lanes hold no queue: the engine's
 * pass picks what goes next from the database, in due order, whenever a lane frees up.
 */
export interface PublishLanes {
  isBusy(lane: string): boolean;
  isFull(): boolean;
  /** How many lanes are running. */
  size(): number;
  /** Runs `work` in the lane (the caller checked it is free); `onFree` is called when it settles. */
  start(lane: string, work: () => Promise<void>): void;
}

export interface PublishLanesDeps {
  cap: number;
  /** A lane freed up: the engine looks for what goes next. */
  onFree: () => void;
  onError: (error: unknown) => void;
  /** Counts the work as activity until `onFree` has run, so "idle" never falls between the two. */
  activity: EngineActivity;
}

export function createPublishLanes({ cap, onFree, onError, activity }: PublishLanesDeps): PublishLanes {
  const running = new Set<string>();
  return {
    isBusy: (lane) => running.has(lane),
    isFull: () => running.size >= cap,
    size: () => running.size,
    start(lane, work) {
      if (running.has(lane) || running.size >= cap) throw new Error(`publish lane ${lane} is not free`);
      running.add(lane);
      const end = activity.begin();
      void work()
        .catch(onError)
        .finally(() => {
          running.delete(lane);
          onFree();
          end();
        });
    },
  };
}
