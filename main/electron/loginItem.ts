import type { App } from 'electron';

/** Passed by the login item so a login launch starts quietly in the tray. */
export const START_HIDDEN_ARG = '--hidden';

/**
 * Registers or removes the login item. Electron supports this on macOS and Windows only; on Linux
 * it does nothing and returns false (XDG autostart, an `.desktop` file in ~/.config/autostart
 * rewritten at each start because AppImage paths move, is a later issue).
 */
export function applyLaunchAtLogin(app: App, openAtLogin: boolean, platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== 'darwin' && platform !== 'win32') return false;
  app.setLoginItemSettings({ openAtLogin, args: [START_HIDDEN_ARG] });
  return true;
}

/**
 * True when this launch should stay in the tray: the login item passed `--hidden` (Windows), or
 * macOS reports it opened the app at login (macOS does not pass `args`).
 */
export function shouldStartHidden(app: App, argv: readonly string[], platform: NodeJS.Platform = process.platform): boolean {
  if (argv.includes(START_HIDDEN_ARG)) return true;
  return platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin;
}
