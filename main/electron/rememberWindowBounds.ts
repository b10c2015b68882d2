import type { BrowserWindow } from 'electron';
import type { WindowBounds } from '../store/preferences';
import { boundsToSave } from './windowBounds';

/** Long enough to collapse a drag or a resize into one write, short enough to survive a crash. */
export const SAVE_BOUNDS_DELAY_MS = 500;

/**
 * Saves the window's normal (un-maximised) bounds and its maximised state whenever they change,
 * debounced, and at once when the window closes or hides through close, so the last position is
 * never lost to the debounce.
 */
export function rememberWindowBounds(
  window: BrowserWindow,
  save: (bounds: WindowBounds) => void,
  delayMs: number = SAVE_BOUNDS_DELAY_MS,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;

  const saveNow = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (window.isDestroyed()) return;
    save(boundsToSave(window.getNormalBounds(), window.isMaximized()));
  };
  const saveSoon = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(saveNow, delayMs);
  };

  window.on('move', saveSoon);
  window.on('resize', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', saveNow);
  window.on('closed', () => {
    if (timer !== undefined) clearTimeout(timer);
  });
}
