import { Menu, nativeImage, Tray, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import type { OpenTarget } from '../../preload/contract';
import type { TrayAction, TrayMenuModel } from './trayMenu';
import { TRAY_ICON_PNG_BASE64 } from './trayIconPng';

export interface TrayActions {
  /** Shows the window; with a target, at that screen. */
  open(target: OpenTarget | null): void;
  setPaused(paused: boolean): void;
  quit(): void;
}

/**
 * The tray icon. It holds the Tray for the app's lifetime (an unreferenced Tray can be collected
 * and vanish) and is the only thing that touches it, so a menu update after quit or a second
 * destroy (electron#32581) cannot reach a destroyed Tray.
 */
export interface TrayIcon {
  readonly tray: Tray;
  /** Sets the menu and tooltip again: Linux only shows a changed menu once it is set anew. */
  show(model: TrayMenuModel): void;
  /** Removes the icon; later calls, and later `show`s, do nothing. */
  destroy(): void;
}

/** The 32px icon drawn at 16pt on macOS (scale 2) and at its own size elsewhere. */
function trayImage(platform: NodeJS.Platform): NativeImage {
  const png = Buffer.from(TRAY_ICON_PNG_BASE64, 'base64');
  return nativeImage.createFromBuffer(png, { scaleFactor: platform === 'darwin' ? 2 : 1 });
}

/** Until the first overview arrives: the way back in and the way out. */
const STARTING_MENU: TrayMenuModel = {
  tooltip: 'Outpost',
  entries: [
    { label: 'Open Outpost', action: { kind: 'open', target: null } },
    'separator',
    { label: 'Quit Outpost', action: { kind: 'quit' } },
  ],
};

/**
 * Everything lives in the context menu, because on Linux a click on the icon may never arrive (it
 * is "activation", often a double click, or nothing).
 */
export function createTrayIcon(actions: TrayActions, platform: NodeJS.Platform = process.platform): TrayIcon {
  const tray = new Tray(trayImage(platform));
  const run = (action: TrayAction) => {
    if (action.kind === 'open') actions.open(action.target);
    else if (action.kind === 'quit') actions.quit();
    else actions.setPaused(action.kind === 'pause');
  };
  const icon: TrayIcon = {
    tray,
    show(model) {
      if (tray.isDestroyed()) return;
      tray.setToolTip(model.tooltip);
      tray.setContextMenu(Menu.buildFromTemplate(model.entries.map((entry) => menuItem(entry, run))));
    },
    destroy() {
      if (!tray.isDestroyed()) tray.destroy();
    },
  };
  icon.show(STARTING_MENU);
  // On Windows (and Linux, where it arrives at all) a click on the icon opens the window; on macOS
  // a click opens the menu, as menu-bar icons do there.
  if (platform !== 'darwin') tray.on('click', () => actions.open(null));
  return icon;
}

function menuItem(entry: TrayMenuModel['entries'][number], run: (action: TrayAction) => void): MenuItemConstructorOptions {
  if (entry === 'separator') return { type: 'separator' };
  const { label, action } = entry;
  // A single `&` marks a keyboard mnemonic and is not shown; account names and steps are text.
  const text = label.replaceAll('&', '&&');
  return action ? { label: text, click: () => run(action) } : { label: text, enabled: false };
}
