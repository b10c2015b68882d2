import type { App, BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hideInsteadOfClosing, trackQuitting } from '../../../../main/electron/hideOnClose';
import { FakeBrowserWindow, fakeElectron, resetFakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule());

beforeEach(() => resetFakeElectron());

function windowThatHidesOnClose() {
  const quitTracker = trackQuitting(fakeElectron.app as unknown as App);
  const window = new FakeBrowserWindow({});
  hideInsteadOfClosing(window as unknown as BrowserWindow, quitTracker);
  window.show();
  return { window, quitTracker };
}

describe('closing the window', () => {
  it('hides it while the app is not quitting', () => {
    const { window, quitTracker } = windowThatHidesOnClose();
    window.close();
    expect(quitTracker.isQuitting()).toBe(false);
    expect(window.isDestroyed()).toBe(false);
    expect(window.isVisible()).toBe(false);
    window.close();
    expect(window.isDestroyed()).toBe(false);
  });

  it('lets the close through once before-quit has fired', () => {
    const { window, quitTracker } = windowThatHidesOnClose();
    fakeElectron.app.emit('before-quit', { preventDefault() {} });
    expect(quitTracker.isQuitting()).toBe(true);
    window.close();
    expect(window.isDestroyed()).toBe(true);
  });

  it('lets app.quit() (the tray Quit) close the window and finish the quit', () => {
    const { window } = windowThatHidesOnClose();
    fakeElectron.app.quit();
    expect(window.isDestroyed()).toBe(true);
    expect(fakeElectron.app.quitCompleted).toBe(true);
  });
});
