import { Menu, nativeImage, Tray, type NativeImage } from 'electron';
import { TRAY_ICON_PNG_BASE64 } from './trayIconPng';

export interface TrayActions {
  open(): void;
  quit(): void;
}

/** The 32px icon drawn at 16pt on macOS (scale 2) and at its own size elsewhere. */
function trayImage(platform: NodeJS.Platform): NativeImage {
  const png = Buffer.from(TRAY_ICON_PNG_BASE64, 'base64');
  return nativeImage.createFromBuffer(png, { scaleFactor: platform === 'darwin' ? 2 : 1 });
}

/**
 * The tray icon and its menu. The caller must keep the returned Tray referenced for the app's
 * lifetime, or it can be garbage-collected and vanish. Everything lives in the context menu,
 * because on Linux a click on the icon may never arrive (it is "activation", often a double click,
 * or nothing). Later issues add the next post, publishing progress and "Pause publishing".
 */
export function createTrayIcon(actions: TrayActions, platform: NodeJS.Platform = process.platform): Tray {
  const tray = new Tray(trayImage(platform));
  tray.setToolTip('Outpost');
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: 'Open Outpost', click: () => actions.open() },
      { type: 'separator' },
      { label: 'Quit Outpost', click: () => actions.quit() },
    ]),
  );
  // On Windows (and Linux, where it arrives at all) a click on the icon opens the window; on macOS
  // a click opens the menu, as menu-bar icons do there.
  if (platform !== 'darwin') tray.on('click', () => actions.open());
  return tray;
}
