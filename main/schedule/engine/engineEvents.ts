import type { PublishProgress } from '../../../preload/contract';
import type { Logger } from '../../diagnostics/logger';
import type { PublishingAlert } from '../publishingControl';
import { PROGRESS_EVENT_INTERVAL_MS } from '../schedulingRules';

export interface LiveProgress {
  step: string;
  progress: number | null;
}

/**
 * What the engine tells the rest of main: targets that changed state, live progress (throttled to
 * PROGRESS_EVENT_INTERVAL_MS per target, with every new step and every finish let through) and
 * alerts. A listener that throws is logged and does not stop the others or the engine.
 */
export function createEngineEvents({ monotonicMs, logger }: { monotonicMs: () => number; logger: Logger }) {
  const changedListeners = new Set<(targetIds: string[]) => void>();
  const progressListeners = new Set<(progress: PublishProgress) => void>();
  const alertListeners = new Set<(alert: PublishingAlert) => void>();
  const live = new Map<string, LiveProgress & { emittedAt: number }>();

  const emit = <T>(listeners: Set<(value: T) => void>, value: T, what: string) => {
    for (const listener of listeners) {
      try {
        listener(value);
      } catch (error) {
        logger.error({ what, error: error instanceof Error ? error.message : String(error) }, 'publish engine: a listener failed');
      }
    }
  };
  const subscribe = <T>(listeners: Set<T>, listener: T) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };

  return {
    onTargetsChanged: (listener: (targetIds: string[]) => void) => subscribe(changedListeners, listener),
    onProgress: (listener: (progress: PublishProgress) => void) => subscribe(progressListeners, listener),
    onAlert: (listener: (alert: PublishingAlert) => void) => subscribe(alertListeners, listener),

    targetsChanged(targetIds: string[]) {
      if (targetIds.length > 0) emit(changedListeners, targetIds, 'targetsChanged');
    },
    alert(alert: PublishingAlert) {
      emit(alertListeners, alert, 'alert');
    },
    progress(targetId: string, step: string, progress: number | null) {
      const at = monotonicMs();
      const last = live.get(targetId);
      const due = !last || last.step !== step || progress === null || progress >= 1 || at - last.emittedAt >= PROGRESS_EVENT_INTERVAL_MS;
      live.set(targetId, { step, progress, emittedAt: due ? at : (last?.emittedAt ?? at) });
      if (due) emit(progressListeners, { targetId, step, progress }, 'progress');
    },
    /** The run ended: no live progress any more. */
    progressEnded(targetId: string) {
      live.delete(targetId);
    },
    liveProgress(targetId: string): LiveProgress | null {
      const entry = live.get(targetId);
      return entry ? { step: entry.step, progress: entry.progress } : null;
    },
  };
}

export type EngineEvents = ReturnType<typeof createEngineEvents>;
