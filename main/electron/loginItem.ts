import type { App } from 'electron';
import type { Logger } from '../diagnostics/logger';
import type { PreferencesService } from '../store/preferences';
import { removeAutostartEntry, writeAutostartEntry } from './linuxAutostart';

/** Passed by the login item so a login launch starts quietly in the tray. */
export const START_HIDDEN_ARG = '--hidden';
const LOGIN_ARGS = [START_HIDDEN_ARG];

export interface LoginItemHost {
  app: App;
  platform: NodeJS.Platform;
  /** Linux: the XDG autostart folder (`$XDG_CONFIG_HOME/autostart`). */
  autostartDirectory: string;
  /**
   * Linux: the program the entry starts. From an AppImage that is the AppImage file ($APPIMAGE),
   * not this executable, which lives in a mount that changes every run.
   */
  executable: string;
}

/** What applying the preference did, for the log. */
export type LoginItemResult = 'in-sync' | 'requires-approval' | 'unpackaged';

/**
 * Makes the OS start Outpost at login, hidden, or not, as the preference says. Safe to call on
 * every start:
 *  - Windows: a Run entry with `--hidden`; read back with the same args, since Windows compares
 *    them (an entry from before `--hidden` reads as absent and is replaced).
 *  - macOS: the app as a login item; a login launch is recognised by `wasOpenedAtLogin`. macOS may
 *    want the owner's approval in System Settings first ('requires-approval').
 *  - Linux: an XDG autostart entry with `--hidden`, rewritten every time (AppImage paths move).
 *    An unpackaged run writes none: at login it would start a bare Electron, not Outpost.
 */
export function applyLaunchAtLogin(host: LoginItemHost, openAtLogin: boolean): LoginItemResult {
  const { app, platform } = host;
  if (platform === 'win32' || platform === 'darwin') {
    if (app.getLoginItemSettings({ args: LOGIN_ARGS }).openAtLogin !== openAtLogin) {
      app.setLoginItemSettings({ openAtLogin, args: LOGIN_ARGS });
    }
    const needsApproval = platform === 'darwin' && openAtLogin && app.getLoginItemSettings().status === 'requires-approval';
    return needsApproval ? 'requires-approval' : 'in-sync';
  }
  if (!openAtLogin) {
    removeAutostartEntry(host.autostartDirectory);
    return 'in-sync';
  }
  if (!app.isPackaged) return 'unpackaged';
  writeAutostartEntry(host.autostartDirectory, host.executable, LOGIN_ARGS);
  return 'in-sync';
}

/** Applies the launch-at-login preference now (every start) and whenever the owner changes it. */
export function keepLoginItemInSync(host: LoginItemHost, preferences: Pick<PreferencesService, 'get' | 'onChange'>, logger: Logger): void {
  const apply = (openAtLogin: boolean) => {
    try {
      const result = applyLaunchAtLogin(host, openAtLogin);
      if (result === 'requires-approval') logger.warn('desktop: launch at login waits for approval in System Settings → Login Items');
      if (result === 'unpackaged') logger.info('desktop: launch at login is only registered for a packaged Outpost');
    } catch (error) {
      logger.error({ err: error }, 'desktop: could not change the login item');
    }
  };
  let current = preferences.get().launchAtLogin;
  apply(current);
  preferences.onChange(({ launchAtLogin }) => {
    if (launchAtLogin === current) return;
    current = launchAtLogin;
    apply(launchAtLogin);
  });
}

/**
 * True when this launch should stay in the tray: the login item passed `--hidden` (Windows,
 * Linux), or macOS reports it opened the app at login (macOS does not pass `args`).
 */
export function shouldStartHidden(app: App, argv: readonly string[], platform: NodeJS.Platform = process.platform): boolean {
  if (argv.includes(START_HIDDEN_ARG)) return true;
  return platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin;
}
