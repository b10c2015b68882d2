import type { App, BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hideInsteadOfClosing, trackQuitting } from '../../../../main/electron/hideOnClose';
import { FakeBrowserWindow, fakeElectron, resetFakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule());

beforeEach(() => resetFakeElectron());

function windowThatHidesOnClose() {
  const quitTracker = trackQuitting(fakeElectron.app as unknown as App);
  const window = new FakeBrowserWindow({});
  const onHidden = vi.fn();
  hideInsteadOfClosing(window as unknown as BrowserWindow, quitTracker, onHidden);
  window.show();
  return { window, quitTracker, onHidden };
}

describe('closing the window', () => {
  it('hides it while the app is not quitting, and says so each time', () => {
    const { window, quitTracker, onHidden } = windowThatHidesOnClose();
    window.close();
    expect(quitTracker.isQuitting()).toBe(false);
    expect(window.isDestroyed()).toBe(false);
    expect(window.isVisible()).toBe(false);
    expect(onHidden).toHaveBeenCalledTimes(1);
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(onHidden).toHaveBeenCalledTimes(2);
  });

  it('lets the close through once before-quit has fired', () => {
    const { window, quitTracker, onHidden } = windowThatHidesOnClose();
    fakeElectron.app.emit('before-quit', { preventDefault() {} });
    expect(quitTracker.isQuitting()).toBe(true);
    window.close();
    expect(window.isDestroyed()).toBe(true);
    expect(onHidden).not.toHaveBeenCalled();
  });

  it('lets app.quit() (the tray Quit) close the window and finish the quit', () => {
    const { window } = windowThatHidesOnClose();
    fakeElectron.app.quit();
    expect(window.isDestroyed()).toBe(true);
    expect(fakeElectron.app.quitCompleted).toBe(true);
  });
});

describe('holding a quit', () => {
  it('cancels the quit while the hold says so: the window stays, and the app is not quitting', () => {
    const { window, quitTracker } = windowThatHidesOnClose();
    const hold = vi.fn(() => true);
    quitTracker.holdQuitWhen(hold);
    fakeElectron.app.quit();
    expect(hold).toHaveBeenCalledTimes(1);
    expect(quitTracker.isQuitting()).toBe(false);
    expect(window.isDestroyed()).toBe(false);
    expect(fakeElectron.app.quitCompleted).toBe(false);
    // Closing the window still only hides it.
    window.close();
    expect(window.isDestroyed()).toBe(false);
  });

  it('lets the quit through when the hold does not hold, and never asks again once quitting', () => {
    const { window, quitTracker } = windowThatHidesOnClose();
    const hold = vi.fn(() => false);
    quitTracker.holdQuitWhen(hold);
    fakeElectron.app.quit();
    expect(window.isDestroyed()).toBe(true);
    expect(fakeElectron.app.quitCompleted).toBe(true);
    // The services' close resumes the quit with a second app.quit(): not asked again.
    hold.mockReturnValue(true);
    fakeElectron.app.quit();
    expect(hold).toHaveBeenCalledTimes(1);
  });
});
