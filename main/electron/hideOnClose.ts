import type { App, BrowserWindow } from 'electron';

/**
 * Knows whether the app is quitting. Electron emits `before-quit` for every real quit (tray Quit,
 * Cmd+Q, the OS logging out) before it closes any window, so the flag is set in time for the
 * windows' `close` handlers to let the close through.
 */
export interface QuitTracker {
  isQuitting(): boolean;
  /**
   * Installs the check a quit passes first (the quit guard, once the services exist). When it
   * answers true the quit is cancelled and the windows stay; the check starts the quit again
   * itself when it may. Once a quit is under way it is not asked again.
   */
  holdQuitWhen(hold: () => boolean): void;
}

export function trackQuitting(app: App): QuitTracker {
  let quitting = false;
  let hold = () => false;
  app.on('before-quit', (event) => {
    if (!quitting && hold()) {
      event.preventDefault();
      return;
    }
    quitting = true;
  });
  return {
    isQuitting: () => quitting,
    holdQuitWhen(check) {
      hold = check;
    },
  };
}

/**
 * Closing the window hides it: Outpost keeps publishing from the tray. Only a quit in progress
 * lets the close destroy the window. `onHidden` runs after each close that hid the window.
 */
export function hideInsteadOfClosing(window: BrowserWindow, quitTracker: QuitTracker, onHidden: () => void): void {
  window.on('close', (event) => {
    if (quitTracker.isQuitting()) return;
    event.preventDefault();
    window.hide();
    onHidden();
  });
}
