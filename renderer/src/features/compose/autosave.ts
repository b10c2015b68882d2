/**
 * When the composer saves. The owner never presses Save: every change is on disk within a second.
 * A pause in typing saves after `quietMs`; typing on without a pause still saves `maxWaitMs` after
 * the first unsaved change. One save at a time: what changes while a save is in flight goes in the
 * next one, so the last save always carries the latest text. A failed save is retried with growing
 * waits, and nothing is dropped meanwhile (the editor keeps the text; the next save carries it).
 */
import type { ErrorResult } from '../../../../preload/contract';

export type SaveStatus =
  /** Nothing changed since the post was opened. */
  | { state: 'idle' }
  /** Changes wait for their save. */
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved' }
  /** The last save failed; it is tried again, and the changes stay in the editor. */
  | { state: 'failed'; error: ErrorResult };

export interface AutosaveTiming {
  quietMs: number;
  maxWaitMs: number;
  /** The waits before each retry after a failure; the last one repeats. */
  retryMs: readonly number[];
}

export const AUTOSAVE_TIMING: AutosaveTiming = { quietMs: 400, maxWaitMs: 900, retryMs: [1000, 2000, 5000, 10_000, 30_000] };

export interface AutosaverOptions {
  /** Saves what the editor holds now; resolves with why it failed, or null once it is saved. */
  save(): Promise<ErrorResult | null>;
  onStatus(status: SaveStatus): void;
  timing?: AutosaveTiming;
}

export interface Autosaver {
  /** Something changed: it is saved within `maxWaitMs` (or at the next retry after a failure). */
  changed(): void;
  /**
   * Saves now, after the save in flight if there is one; resolves with whether everything is
   * saved. The save starts before the first await, so a call from `beforeunload` still sends it.
   */
  flush(): Promise<boolean>;
  /**
   * The page is going away (closed, reloaded): sends what the editor holds at once, even beside a
   * save still in flight, since there is no later. Main applies saves in the order they arrive.
   */
  sendNow(): void;
  /** Stops the timers; later changes are ignored. */
  dispose(): void;
}

export function createAutosaver({ save, onStatus, timing = AUTOSAVE_TIMING }: AutosaverOptions): Autosaver {
  let changes = 0;
  let savedChanges = 0;
  let lastChangeAt = 0;
  /** When the oldest change not yet sent was made; null when everything is sent. */
  let oldestUnsentAt: number | null = null;
  let failures = 0;
  let retryAt = 0;
  let running: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const isDirty = () => changes !== savedChanges;
  const report = (status: SaveStatus) => {
    if (!disposed) onStatus(status);
  };

  function schedule(): void {
    clearTimeout(timer);
    if (running || disposed || !isDirty()) return;
    const now = Date.now();
    const due = Math.max(Math.min(lastChangeAt + timing.quietMs, (oldestUnsentAt ?? now) + timing.maxWaitMs), retryAt);
    timer = setTimeout(() => void run(), Math.max(0, due - now));
  }

  async function saveOnce(): Promise<void> {
    const covering = changes;
    const oldest = oldestUnsentAt;
    oldestUnsentAt = null;
    if (failures === 0) report({ state: 'saving' });
    const error = await save();
    if (error) {
      retryAt = Date.now() + (timing.retryMs[Math.min(failures, timing.retryMs.length - 1)] ?? 0);
      failures++;
      oldestUnsentAt = oldest ?? oldestUnsentAt;
      report({ state: 'failed', error });
      return;
    }
    failures = 0;
    retryAt = 0;
    savedChanges = covering;
    report(isDirty() ? { state: 'pending' } : { state: 'saved' });
  }

  function run(): Promise<void> {
    clearTimeout(timer);
    running ??= saveOnce().finally(() => {
      running = null;
      schedule();
    });
    return running;
  }

  return {
    changed() {
      if (disposed) return;
      changes++;
      lastChangeAt = Date.now();
      oldestUnsentAt ??= lastChangeAt;
      if (failures === 0) report({ state: 'pending' });
      schedule();
    },

    async flush() {
      if (running) await running;
      if (isDirty() && !disposed) await run();
      return !isDirty();
    },

    sendNow() {
      if (disposed || !isDirty()) return;
      if (running) void save();
      else void run();
    },

    dispose() {
      disposed = true;
      clearTimeout(timer);
    },
  };
}
