import type { BrowserWindow, PowerMonitor } from 'electron';
import type { ScheduledItem } from '../../preload/contract';
import type { Logger } from '../diagnostics/logger';

export interface QuitGuardOptions {
  /** Posts that need this computer running and are due soon (the overview's dueSoonInApp). */
  dueSoon: () => readonly ScheduledItem[];
  /** Asks the owner; resolves true for "Quit anyway". */
  ask: (dueSoon: readonly ScheduledItem[]) => Promise<boolean>;
  /** Starts the quit again once the owner confirmed it (`app.quit`). */
  quit: () => void;
  logger: Logger;
}

export interface QuitGuard {
  /** For `QuitTracker.holdQuitWhen`: true holds this quit while the owner is asked. */
  shouldHold(): boolean;
  /** The system is shutting down or the session ends: from now on nothing holds a quit. */
  letSystemEnd(): void;
}

/**
 * A quit the owner starts (tray Quit, the app menu, Cmd+Q) while posts that go out from this
 * computer are due soon waits for their answer: keep running (the default) or quit anyway. With
 * nothing due, quitting is immediate. A shutdown is never held: the system would wait for a
 * dialog nobody is looking at, or kill us mid-write.
 */
export function createQuitGuard({ dueSoon, ask, quit, logger }: QuitGuardOptions): QuitGuard {
  // Set by "Quit anyway" and by the system ending the session; a quit then goes through.
  let quitAllowed = false;
  let asking = false;

  const askThenMaybeQuit = (items: readonly ScheduledItem[]) => {
    asking = true;
    ask(items)
      .catch((error: unknown) => {
        // The owner asked to quit; a dialog that cannot show must not keep them from it.
        logger.error({ err: error }, 'desktop: could not ask before quitting; quitting');
        return true;
      })
      .then((quitAnyway) => {
        asking = false;
        if (quitAnyway) {
          logger.info({ due: items.length }, 'desktop: quitting with posts due');
          quitAllowed = true;
          quit();
        }
      });
  };

  return {
    shouldHold() {
      if (quitAllowed) return false;
      // A second Cmd+Q while the dialog is open: still waiting for the first answer.
      if (asking) return true;
      let items: readonly ScheduledItem[];
      try {
        items = dueSoon();
      } catch (error) {
        logger.error({ err: error }, 'desktop: could not read the posts due soon; quitting without asking');
        return false;
      }
      if (items.length === 0) return false;
      askThenMaybeQuit(items);
      return true;
    },
    letSystemEnd() {
      quitAllowed = true;
    },
  };
}

/**
 * The system is going down: Linux and macOS say so on powerMonitor `shutdown`, Windows on the
 * window's `session-end`. Either way the quit that follows must not be held.
 */
export function letSystemEndWithoutAsking(guard: QuitGuard, powerMonitor: PowerMonitor, window: BrowserWindow, logger: Logger): void {
  const systemEnds = (source: string) => () => {
    logger.info({ source }, 'desktop: the system is ending the session; quitting without asking');
    guard.letSystemEnd();
  };
  powerMonitor.on('shutdown', systemEnds('shutdown'));
  window.on('session-end', systemEnds('session-end'));
}
