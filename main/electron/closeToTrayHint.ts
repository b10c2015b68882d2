import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import type { Logger } from '../diagnostics/logger';
import type { InternalFlag } from '../store/preferences';

export interface CloseToTrayHintOptions {
  showMessageBox: (options: MessageBoxOptions) => Promise<MessageBoxReturnValue>;
  flags: { flag(name: InternalFlag): boolean; setFlag(name: InternalFlag, value: boolean): void };
  platform: NodeJS.Platform;
  logger: Logger;
}

/** What the hint says, where Outpost lives on this desktop. */
export function closeToTrayHintText(platform: NodeJS.Platform): MessageBoxOptions {
  const place = platform === 'darwin' ? 'menu bar' : 'tray';
  // Stock GNOME shows no tray icons: launching Outpost again is the way back in there.
  const linuxWayBack = platform === 'linux' ? ' If you cannot see its icon, launching Outpost again opens this window.' : '';
  return {
    type: 'info',
    message: 'Outpost is still running',
    detail: `Outpost keeps publishing from the ${place}. Quit from the ${place} menu.${linuxWayBack}`,
    buttons: ['OK'],
    defaultId: 0,
    checkboxLabel: "Don't show this again",
    checkboxChecked: false,
  };
}

/**
 * Returns what to do each time closing the window hid it: the first time in a run, tell the owner
 * Outpost is still running, unless they said "don't show this again" (remembered across runs in
 * the 'trayHintDismissed' flag).
 */
export function closeToTrayHint({ showMessageBox, flags, platform, logger }: CloseToTrayHintOptions): () => void {
  let shownThisRun = false;
  return () => {
    if (shownThisRun || flags.flag('trayHintDismissed')) return;
    shownThisRun = true;
    showMessageBox(closeToTrayHintText(platform))
      .then(({ checkboxChecked }) => {
        if (checkboxChecked) flags.setFlag('trayHintDismissed', true);
      })
      .catch((error: unknown) => logger.warn({ err: error }, 'desktop: the close-to-tray hint failed'));
  };
}
