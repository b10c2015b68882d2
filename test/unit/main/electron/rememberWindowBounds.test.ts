import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rememberWindowBounds, SAVE_BOUNDS_DELAY_MS } from '../../../../main/electron/rememberWindowBounds';
import { FakeBrowserWindow, resetFakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule());

beforeEach(() => {
  resetFakeElectron();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

function watchedWindow() {
  const window = new FakeBrowserWindow({ x: 10, y: 20, width: 1000, height: 700 });
  const save = vi.fn();
  rememberWindowBounds(window as unknown as BrowserWindow, save);
  return { window, save };
}

describe('rememberWindowBounds', () => {
  it('saves once after a burst of moves and resizes, with the last bounds', () => {
    const { window, save } = watchedWindow();
    window.moveTo({ x: 50 });
    window.moveTo({ x: 60, width: 1100 });
    window.moveTo({ x: 70, height: 750 });
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(SAVE_BOUNDS_DELAY_MS);
    expect(save).toHaveBeenCalledExactlyOnceWith({ x: 70, y: 20, width: 1100, height: 750, maximized: false });
  });

  it('records maximising', () => {
    const { window, save } = watchedWindow();
    window.maximize();
    vi.advanceTimersByTime(SAVE_BOUNDS_DELAY_MS);
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ maximized: true, width: 1000, height: 700 }));
  });

  it('saves at once on close, without waiting for the debounce, and not again afterwards', () => {
    const { window, save } = watchedWindow();
    window.moveTo({ x: 300 });
    window.close();
    expect(save).toHaveBeenCalledExactlyOnceWith({ x: 300, y: 20, width: 1000, height: 700, maximized: false });
    vi.advanceTimersByTime(SAVE_BOUNDS_DELAY_MS * 2);
    expect(save).toHaveBeenCalledTimes(1);
  });
});
