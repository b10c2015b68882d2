/**
 * The tray, the quit guard, notifications and the system's signals wired to one PublishingControl,
 * as desktopApp.ts wires them, against the Electron fakes.
 */
import type { App, BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { OpenTarget } from '../../../../preload/contract';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { startBackgroundPublishing } from '../../../../main/electron/backgroundPublishing';
import { createDesktopNotifier } from '../../../../main/electron/desktopNotifications';
import { hideInsteadOfClosing, trackQuitting } from '../../../../main/electron/hideOnClose';
import { ONLINE_CHECK_INTERVAL_MS } from '../../../../main/electron/onlineWatch';
import { TRAY_OVERVIEW_DELAY_MS } from '../../../../main/electron/trayStatus';
import { createPreferencesService, type PreferencesService } from '../../../../main/store/preferences';
import { FakeBrowserWindow, FakeNotification, FakeTray, fakeElectron, resetFakeElectron } from './fakeElectron';
import { FakePublishingControl, overview, scheduledItem } from './fakePublishingControl';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule());

let control: FakePublishingControl;
let preferences: PreferencesService;
let window: FakeBrowserWindow;
let openInApp: Mock<(target: OpenTarget | null) => void>;

function start() {
  const quitTracker = trackQuitting(fakeElectron.app as unknown as App);
  window = new FakeBrowserWindow({});
  hideInsteadOfClosing(window as unknown as BrowserWindow, quitTracker, () => {});
  const logger = createSilentLogger();
  return startBackgroundPublishing({
    control,
    preferences,
    window: window as unknown as BrowserWindow,
    quitTracker,
    openInApp,
    notify: createDesktopNotifier({ open: () => openInApp(null), logger }),
    platform: 'linux',
    logger,
  });
}
const tray = () => FakeTray.instances[0]!;
/** Lets the dialog's answer travel through its promise chain (setImmediate is not faked here). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  resetFakeElectron();
  control = new FakePublishingControl();
  preferences = createPreferencesService({ store: {} }, 'Europe/London');
  openInApp = vi.fn<(target: OpenTarget | null) => void>();
});
afterEach(() => vi.useRealTimers());

describe('the tray', () => {
  it('shows the overview and is set again after each change', () => {
    control.current = overview({ next: scheduledItem({ dueAt: new Date(Date.now() + 60 * 60_000).toISOString() }) });
    start();
    expect(tray().menuLabels()[0]).toMatch(/^Next: Instagram · Rosie's Bakery · \w{3} \d\d:\d\d$/);
    const set = tray().menusSet;
    control.change({ needsAttention: 2 });
    vi.advanceTimersByTime(TRAY_OVERVIEW_DELAY_MS);
    expect(tray().menusSet).toBe(set + 1);
    expect(tray().menuLabels()).toContain('2 posts need attention');
    tray().menuItem('2 posts need attention').click!();
    expect(openInApp).toHaveBeenCalledExactlyOnceWith({ section: 'calendar', targetId: null });
  });

  it('Pause and Resume call the engine and show the result at once', () => {
    start();
    tray().menuItem('Pause publishing').click!();
    expect(control.setPaused).toHaveBeenLastCalledWith(true);
    expect(tray().menuLabels()).toEqual(expect.arrayContaining(['Publishing is paused', 'Resume publishing']));
    tray().menuItem('Resume publishing').click!();
    expect(control.setPaused).toHaveBeenLastCalledWith(false);
    expect(tray().menuLabels()).toContain('Pause publishing');
  });

  it('keeps the menu when pausing fails', () => {
    start();
    control.setPaused.mockImplementationOnce(() => {
      throw new Error('database is locked');
    });
    expect(() => tray().menuItem('Pause publishing').click!()).not.toThrow();
    expect(tray().menuLabels()).toContain('Pause publishing');
  });

  it('Open shows the window; a time-zone change redraws the times', () => {
    control.current = overview({ next: scheduledItem({ dueAt: '2099-01-06T09:00:00Z' }) });
    start();
    tray().menuItem('Open Outpost').click!();
    expect(openInApp).toHaveBeenCalledExactlyOnceWith(null);
    expect(tray().menuLabels()[0]).toBe("Next: Instagram · Rosie's Bakery · 6 Jan 09:00");
    preferences.update({ timezone: 'Asia/Tokyo' });
    vi.advanceTimersByTime(TRAY_OVERVIEW_DELAY_MS);
    expect(tray().menuLabels()[0]).toBe("Next: Instagram · Rosie's Bakery · 6 Jan 18:00");
  });
});

describe('quitting', () => {
  it('quits from the tray at once when nothing due needs Outpost', () => {
    start();
    tray().menuItem('Quit Outpost').click!();
    expect(fakeElectron.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(fakeElectron.app.quitCompleted).toBe(true);
  });

  it('asks first when posts that need Outpost are due, and quits on "Quit anyway"', async () => {
    control.current = overview({ dueSoonInApp: [scheduledItem()] });
    fakeElectron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    start();
    tray().menuItem('Quit Outpost').click!();
    expect(fakeElectron.dialog.showMessageBox).toHaveBeenCalledOnce();
    expect(fakeElectron.dialog.showMessageBox.mock.calls[0]![0]).toMatchObject({
      message: 'A post is due in the next 24 hours',
      buttons: ['Keep running in the tray', 'Quit anyway'],
    });
    expect(fakeElectron.app.quitCompleted).toBe(false);
    await settle();
    expect(fakeElectron.app.quitCompleted).toBe(true);
  });

  it('keeps running on "Keep running in the tray"', async () => {
    control.current = overview({ dueSoonInApp: [scheduledItem()] });
    start();
    tray().menuItem('Quit Outpost').click!();
    expect(fakeElectron.dialog.showMessageBox).toHaveBeenCalledOnce();
    await settle();
    expect(fakeElectron.app.quitCompleted).toBe(false);
    expect(window.isDestroyed()).toBe(false);
  });

  it('never asks when the system shuts down', () => {
    control.current = overview({ dueSoonInApp: [scheduledItem()] });
    start();
    fakeElectron.powerMonitor.emit('shutdown');
    fakeElectron.app.quit();
    expect(fakeElectron.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(fakeElectron.app.quitCompleted).toBe(true);
  });
});

describe('the system’s signals', () => {
  it('wakes the engine on resume and unlock, and when the network comes back', () => {
    start();
    fakeElectron.powerMonitor.emit('suspend');
    expect(control.wake).not.toHaveBeenCalled();
    fakeElectron.powerMonitor.emit('resume');
    fakeElectron.powerMonitor.emit('unlock-screen');
    expect(control.wake.mock.calls).toEqual([['resume'], ['unlock']]);

    fakeElectron.net.online = false;
    vi.advanceTimersByTime(ONLINE_CHECK_INTERVAL_MS);
    fakeElectron.net.online = true;
    vi.advanceTimersByTime(ONLINE_CHECK_INTERVAL_MS);
    expect(control.wake).toHaveBeenLastCalledWith('online');
  });

  it('checks the network at once on resume, waking slept laptops onto a new network', () => {
    start();
    fakeElectron.net.online = false;
    vi.advanceTimersByTime(ONLINE_CHECK_INTERVAL_MS);
    fakeElectron.net.online = true;
    fakeElectron.powerMonitor.emit('resume');
    expect(control.wake.mock.calls).toEqual([['resume'], ['online']]);
  });

  it('survives an engine that throws while being woken', () => {
    start();
    control.wake.mockImplementation(() => {
      throw new Error('closed');
    });
    expect(() => fakeElectron.powerMonitor.emit('resume')).not.toThrow();
  });

  it('keeps the system awake while publishing', () => {
    start();
    control.change({ publishing: [scheduledItem({ status: 'publishing' })] });
    expect([...fakeElectron.powerSaveBlocker.active.values()]).toEqual(['prevent-app-suspension']);
    control.change({});
    expect(fakeElectron.powerSaveBlocker.active.size).toBe(0);
  });

  it('turns alerts into notifications whose click opens the screen', () => {
    start();
    const open = { section: 'accounts', targetId: null } as const;
    control.alert({ kind: 'reconnect', title: 'Reconnect TikTok', body: 'Sign in again.', permalink: null, open });
    FakeNotification.shown[0]!.clickAndClose();
    expect(openInApp).toHaveBeenCalledExactlyOnceWith({ section: 'accounts', targetId: null });
  });
});

describe('stopping', () => {
  it('unhooks everything, releases the blocker and removes the tray once', () => {
    const background = start();
    control.change({ publishing: [scheduledItem({ status: 'publishing' })] });
    background.stop();
    expect(control.listenerCounts()).toEqual({ overview: 0, progress: 0, alert: 0 });
    expect(fakeElectron.powerSaveBlocker.active.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(fakeElectron.powerMonitor.listenerCount('resume')).toBe(0);
    expect(tray().destroyed).toBe(true);
    preferences.update({ timezone: 'Asia/Tokyo' });
    expect(vi.getTimerCount()).toBe(0);
  });
});
