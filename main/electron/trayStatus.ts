import type { PublishingOverview, PublishProgress } from '../../preload/contract';
import type { Logger } from '../diagnostics/logger';
import type { PublishingControl } from '../schedule/publishingControl';
import type { TrayIcon } from './trayIcon';
import { trayMenuModel } from './trayMenu';

/** A burst of overview changes (a queue draining) is drawn once, this long after the first. */
export const TRAY_OVERVIEW_DELAY_MS = 250;
/** Progress redraws the menu at most this often: percentages are not worth a busy main thread. */
export const TRAY_PROGRESS_INTERVAL_MS = 1_000;

export interface TrayStatusOptions {
  icon: TrayIcon;
  control: PublishingControl;
  /** The owner's time zone (a preference), read at each redraw. */
  timeZone: () => string;
  now?: () => Date;
  logger: Logger;
}

export interface TrayStatus {
  /** Draws this overview at once (after Pause or Resume, so the click shows without a delay). */
  showNow(overview: PublishingOverview): void;
  /** Draws again soon with what is known (the time zone changed). */
  redraw(): void;
  stop(): void;
}

/**
 * Keeps the tray menu in step with publishing: every overview change and progress report leads to
 * a new menu, set again on the tray. Changes are coalesced rather than debounced: a redraw is due
 * a fixed time after the first change, so a steady stream of changes cannot postpone it forever.
 */
export function keepTrayCurrent({ icon, control, timeZone, now = () => new Date(), logger }: TrayStatusOptions): TrayStatus {
  let overview: PublishingOverview | undefined;
  const progress = new Map<string, PublishProgress>();
  let pending: { timer: ReturnType<typeof setTimeout>; delayMs: number } | undefined;

  const draw = () => {
    cancelPending();
    if (!overview) return;
    try {
      icon.show(trayMenuModel({ overview, progress, timeZone: timeZone(), now: now() }));
    } catch (error) {
      logger.error({ err: error }, 'tray: could not update the menu');
    }
  };
  const drawWithin = (delayMs: number) => {
    if (pending && pending.delayMs <= delayMs) return;
    cancelPending();
    pending = { timer: setTimeout(draw, delayMs), delayMs };
  };
  function cancelPending() {
    if (pending) clearTimeout(pending.timer);
    pending = undefined;
  }
  const take = (next: PublishingOverview) => {
    overview = next;
    // Progress of targets no longer being published would come back if they start again.
    const publishing = new Set(next.publishing.map((item) => item.targetId));
    for (const targetId of progress.keys()) if (!publishing.has(targetId)) progress.delete(targetId);
  };

  try {
    take(control.overview());
    draw();
  } catch (error) {
    logger.error({ err: error }, 'tray: could not read the publishing overview; the menu waits for the next change');
  }
  const unsubscribeOverview = control.onOverviewChange((next) => {
    take(next);
    drawWithin(TRAY_OVERVIEW_DELAY_MS);
  });
  const unsubscribeProgress = control.onProgress((report) => {
    progress.set(report.targetId, report);
    drawWithin(TRAY_PROGRESS_INTERVAL_MS);
  });

  return {
    showNow(next) {
      take(next);
      draw();
    },
    redraw: () => drawWithin(TRAY_OVERVIEW_DELAY_MS),
    stop() {
      cancelPending();
      unsubscribeOverview();
      unsubscribeProgress();
    },
  };
}
