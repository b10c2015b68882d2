import type { App, BrowserWindow, PowerMonitor } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScheduledItem } from '../../../../preload/contract';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { hideInsteadOfClosing, trackQuitting } from '../../../../main/electron/hideOnClose';
import { createQuitGuard, letSystemEndWithoutAsking } from '../../../../main/electron/quitGuard';
import { FakeBrowserWindow, fakeElectron, resetFakeElectron } from './fakeElectron';
import { scheduledItem } from './fakePublishingControl';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule());

/** The owner's answer, given when the test decides. */
function pendingAnswers() {
  const waiting: Array<(quitAnyway: boolean) => void> = [];
  const ask = vi.fn(
    (_items: readonly ScheduledItem[]) =>
      new Promise<boolean>((resolve) => {
        waiting.push(resolve);
      }),
  );
  return { ask, answer: (quitAnyway: boolean) => waiting.shift()!(quitAnyway) };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

let dueSoon: ScheduledItem[];
let window: FakeBrowserWindow;

function guardedApp(ask: (items: readonly ScheduledItem[]) => Promise<boolean>, dueSoonReader = () => dueSoon) {
  const app = fakeElectron.app;
  const quitTracker = trackQuitting(app as unknown as App);
  window = new FakeBrowserWindow({});
  hideInsteadOfClosing(window as unknown as BrowserWindow, quitTracker, () => {});
  const guard = createQuitGuard({ dueSoon: dueSoonReader, ask, quit: () => app.quit(), logger: createSilentLogger() });
  quitTracker.holdQuitWhen(guard.shouldHold);
  letSystemEndWithoutAsking(guard, fakeElectron.powerMonitor as unknown as PowerMonitor, window as unknown as BrowserWindow, createSilentLogger());
  return { app, quitTracker };
}

beforeEach(() => {
  resetFakeElectron();
  dueSoon = [];
});

describe('the quit guard', () => {
  it('quits at once, asking nothing, when no post that needs Outpost is due', () => {
    const { ask } = pendingAnswers();
    const { app } = guardedApp(ask);
    app.quit();
    expect(ask).not.toHaveBeenCalled();
    expect(app.quitCompleted).toBe(true);
  });

  it('holds the quit and lists the due posts; "Keep running" keeps everything as it was', async () => {
    dueSoon = [scheduledItem({ targetId: 'a' }), scheduledItem({ targetId: 'b' })];
    const { ask, answer } = pendingAnswers();
    const { app, quitTracker } = guardedApp(ask);
    app.quit();
    expect(ask).toHaveBeenCalledExactlyOnceWith(dueSoon);
    expect(app.quitCompleted).toBe(false);
    expect(window.isDestroyed()).toBe(false);
    answer(false);
    await settle();
    expect(app.quitCompleted).toBe(false);
    expect(quitTracker.isQuitting()).toBe(false);
    expect(app.quit).toHaveBeenCalledTimes(1);
    // The next quit asks again.
    app.quit();
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('"Quit anyway" quits', async () => {
    dueSoon = [scheduledItem()];
    const { ask, answer } = pendingAnswers();
    const { app } = guardedApp(ask);
    app.quit();
    answer(true);
    await settle();
    expect(app.quitCompleted).toBe(true);
    expect(window.isDestroyed()).toBe(true);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('asks once while the dialog is open, however often Quit is pressed', async () => {
    dueSoon = [scheduledItem()];
    const { ask, answer } = pendingAnswers();
    const { app } = guardedApp(ask);
    app.quit();
    app.quit();
    app.quit();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(app.quitCompleted).toBe(false);
    answer(true);
    await settle();
    expect(app.quitCompleted).toBe(true);
  });

  it.each([
    ['powerMonitor shutdown (Linux, macOS)', () => fakeElectron.powerMonitor.emit('shutdown')],
    ['the window’s session-end (Windows)', () => window.emit('session-end', { reasons: ['shutdown'] })],
  ])('never holds a system shutdown: %s', (_name, systemEnds) => {
    dueSoon = [scheduledItem()];
    const { ask } = pendingAnswers();
    const { app } = guardedApp(ask);
    systemEnds();
    app.quit();
    expect(ask).not.toHaveBeenCalled();
    expect(app.quitCompleted).toBe(true);
  });

  it('lets a shutdown through even while the dialog is open', () => {
    dueSoon = [scheduledItem()];
    const { ask } = pendingAnswers();
    const { app } = guardedApp(ask);
    app.quit();
    expect(app.quitCompleted).toBe(false);
    fakeElectron.powerMonitor.emit('shutdown');
    app.quit();
    expect(app.quitCompleted).toBe(true);
  });

  it('quits rather than trap the owner when the due posts cannot be read or the dialog fails', async () => {
    const unreadable = guardedApp(pendingAnswers().ask, () => {
      throw new Error('database is closed');
    });
    unreadable.app.quit();
    expect(unreadable.app.quitCompleted).toBe(true);

    resetFakeElectron();
    dueSoon = [scheduledItem()];
    const failing = guardedApp(vi.fn(async () => Promise.reject(new Error('no display'))));
    failing.app.quit();
    expect(failing.app.quitCompleted).toBe(false);
    await settle();
    expect(failing.app.quitCompleted).toBe(true);
  });
});
