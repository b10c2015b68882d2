import type { App, BrowserWindow } from 'electron';

/**
 * Knows whether the app is quitting. Electron emits `before-quit` for every real quit (tray Quit,
 * Cmd+Q, the OS logging out) before it closes any window, so the flag is set in time for the
 * windows' `close` handlers to let the close through.
 */
export interface QuitTracker {
  isQuitting(): boolean;
}

export function trackQuitting(app: App): QuitTracker {
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  return { isQuitting: () => quitting };
}

/**
 * Closing the window hides it: Outpost keeps publishing from the tray. Only a quit in progress
 * lets the close destroy the window.
 */
export function hideInsteadOfClosing(window: BrowserWindow, quitTracker: QuitTracker): void {
  window.on('close', (event) => {
    if (quitTracker.isQuitting()) return;
    event.preventDefault();
    window.hide();
  });
}
