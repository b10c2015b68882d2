import { BrowserWindow } from 'electron';
import type { RendererSource } from './rendererSource';
import { secureWebPreferences } from './secureWebPreferences';
import { MIN_WINDOW_SIZE, type InitialBounds } from './windowBounds';

export interface MainWindowOptions {
  source: RendererSource;
  preloadPath: string;
  bounds: InitialBounds;
  /** Started at login (`--hidden`): stay in the tray until the owner opens the window. */
  startHidden: boolean;
}

/**
 * Creates the one application window. It is created hidden and shown on `ready-to-show`, so the
 * owner never sees an empty frame; when the app was launched at login it stays hidden and the tray
 * (or a second launch) brings it up.
 */
export function createMainWindow({ source, preloadPath, bounds, startHidden }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Outpost',
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  });
  if (bounds.maximized) window.maximize();
  window.once('ready-to-show', () => {
    if (!startHidden) window.show();
  });
  void window.loadURL(source.url);
  return window;
}

/** Brings the window to the front from wherever it is: hidden in the tray, minimised, or behind others. */
export function showAndFocus(window: BrowserWindow): void {
  if (window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
