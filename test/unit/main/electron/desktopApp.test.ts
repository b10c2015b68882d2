/**
 * The whole shell wired together, with Electron, electron-store, the log file and the core
 * services replaced by fakes: checks the order Electron demands (before/after `ready`) and the
 * behaviour an owner sees (single instance, hidden start, close-to-tray, quit, remembered bounds).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_PREFIX, IPC_PREFIX, channelNames } from '../../../../preload/contract';
import type { OutpostCoreDeps } from '../../../../main/core';
import type * as LoggerModule from '../../../../main/diagnostics/logger';
import { startDesktopApp, type RunningDesktopApp } from '../../../../main/electron/desktopApp';
import { SAVE_BOUNDS_DELAY_MS } from '../../../../main/electron/rememberWindowBounds';
import { FakeBrowserWindow, FakeNotification, FakeTray, fakeElectron, resetFakeElectron } from './fakeElectron';
import { FakePublishingControl, overview, scheduledItem } from './fakePublishingControl';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule());

/** electron-store without Electron or a disk: the document lives in memory. */
const storeInstances: Array<{ options: unknown; store: Record<string, unknown> }> = [];
vi.mock('electron-store', () => ({
  default: class FakeStore {
    store: Record<string, unknown> = {};
    constructor(readonly options: unknown) {
      storeInstances.push(this);
    }
  },
}));

/** The log file is replaced by a silent logger whose close we can see. */
const logClose = vi.fn(async () => {});
vi.mock('../../../../main/diagnostics/logger', async (importOriginal) => {
  const original = await importOriginal<typeof LoggerModule>();
  return { ...original, createFileLogger: vi.fn(() => ({ logger: original.createSilentLogger(), close: logClose })) };
});

/**
 * The core with the real preferences service (so settings, window bounds and the settings.changed
 * event are real) but no database; `failWith` makes creation throw, as a too-new database does.
 */
const core = {
  deps: undefined as OutpostCoreDeps | undefined,
  failWith: undefined as Error | undefined,
  /** Preferences already on disk from an earlier run. */
  savedPreferences: undefined as Record<string, unknown> | undefined,
  close: vi.fn(async () => {}),
  /** The media library's answer to "which file is this rendition?". */
  mediaFilePath: vi.fn(async (_id: string, _variant: string): Promise<string | null> => null),
  /** The scheduling engine as the shell sees it. */
  publishing: new FakePublishingControl(),
};
vi.mock('../../../../main/core', async () => {
  const { createPreferencesService } = await import('../../../../main/store/preferences');
  return {
    createOutpostCore: vi.fn((deps: OutpostCoreDeps) => {
      if (core.failWith) throw core.failWith;
      core.deps = deps;
      if (core.savedPreferences) deps.preferencesBackend.store = { ...core.savedPreferences };
      const preferences = createPreferencesService(deps.preferencesBackend, deps.systemTimeZone);
      preferences.onChange((next) => deps.emit('settings.changed', next));
      const info = {
        name: 'Outpost',
        version: deps.appVersion,
        mode: deps.mode,
        dataDirectory: deps.dataDirectory,
        logDirectory: `${deps.dataDirectory}/logs`,
        startupNotices: [],
      };
      return {
        preferences,
        database: {},
        media: { filePath: core.mediaFilePath },
        publishing: core.publishing,
        close: core.close,
        handlers: {
          'app.info': () => info,
          'settings.get': () => preferences.get(),
          'settings.set': (patch: Parameters<typeof preferences.update>[0]) => preferences.update(patch),
          'diagnostics.get': () => ({ text: '' }),
          'diagnostics.openLogFolder': async () => {
            await deps.openFolder(`${deps.dataDirectory}/logs`);
            return null;
          },
        },
      };
    }),
  };
});

const mainBundleDirectory = '/opt/Outpost/resources/app.asar/out/main';
const fromApp = { senderFrame: { url: 'app://outpost/index.html', parent: null }, sender: {} };

interface StartOptions {
  argv?: string[];
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

/** Starts the app, lets Electron become ready, and returns the running app. */
async function launch(options: StartOptions = {}): Promise<RunningDesktopApp> {
  const started = start(options);
  fakeElectron.app.becomeReady();
  const running = await started;
  if (!running) throw new Error('the app did not start');
  return running;
}

function start({ argv = ['/opt/Outpost/outpost'], env = {}, platform = 'linux' }: StartOptions = {}) {
  return startDesktopApp({ mainBundleDirectory, argv, env, platform });
}

const onlyWindow = () => {
  expect(FakeBrowserWindow.instances).toHaveLength(1);
  return FakeBrowserWindow.instances[0]!;
};

beforeEach(() => {
  resetFakeElectron();
  storeInstances.length = 0;
  core.deps = undefined;
  core.failWith = undefined;
  core.savedPreferences = undefined;
  core.mediaFilePath.mockReset();
  core.mediaFilePath.mockResolvedValue(null);
  core.publishing = new FakePublishingControl();
});

/** Lets a dialog's answer travel through its promise chain. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => vi.useRealTimers());

describe('before ready', () => {
  it('takes the single-instance lock, enables the sandbox and registers the app:// scheme', async () => {
    const started = start();
    await Promise.resolve();
    expect(fakeElectron.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    expect(fakeElectron.app.enableSandbox).toHaveBeenCalledTimes(1);
    expect(fakeElectron.protocol.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
    ]);
    expect(fakeElectron.app.listenerCount('web-contents-created')).toBe(1);
    // Nothing that needs `ready` has happened yet.
    expect(fakeElectron.protocol.handle).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    fakeElectron.app.becomeReady();
    await started;
  });

  it('exits at once, starting nothing, when another instance holds the lock', async () => {
    fakeElectron.app.singleInstanceLockResult = false;
    await expect(start()).resolves.toBeUndefined();
    expect(fakeElectron.app.exit).toHaveBeenCalledExactlyOnceWith(0);
    expect(fakeElectron.app.enableSandbox).not.toHaveBeenCalled();
    expect(fakeElectron.app.listenerCount('second-instance')).toBe(0);
    fakeElectron.app.becomeReady();
    await Promise.resolve();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(core.deps).toBeUndefined();
  });

  it('moves the Chromium profile (and with it the lock) to OUTPOST_DATA_DIR', async () => {
    await launch({ env: { OUTPOST_DATA_DIR: '/tmp/outpost-profile-b' } });
    expect(fakeElectron.app.setPath).toHaveBeenCalledWith('userData', '/tmp/outpost-profile-b');
    expect(fakeElectron.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(
      fakeElectron.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!,
    );
    expect(core.deps?.dataDirectory).toBe('/tmp/outpost-profile-b');
  });
});

describe('after ready', () => {
  it('serves the renderer over app://, denies permissions and wires every IPC channel', async () => {
    await launch();
    expect([...fakeElectron.protocol.handlers.keys()]).toEqual(['app']);
    const check = fakeElectron.session.defaultSession.permissionCheckHandler!;
    expect(check({}, 'media', 'app://outpost', { isMainFrame: true })).toBe(false);
    expect(check({}, 'clipboard-sanitized-write', 'app://outpost', { isMainFrame: true })).toBe(true);
    expect(check({}, 'clipboard-sanitized-write', 'http://localhost:5173', { isMainFrame: true })).toBe(false);
    expect(fakeElectron.session.defaultSession.permissionRequestHandler).toBeTypeOf('function');
    expect([...fakeElectron.ipcMain.handlers.keys()].sort()).toEqual(channelNames.map((name) => IPC_PREFIX + name).sort());
  });

  it('builds the core with Electron-backed ports', async () => {
    await launch();
    expect(core.deps).toMatchObject({ mode: 'desktop', appVersion: '0.1.0-test', dataDirectory: '/fake/userData' });
    expect(storeInstances).toHaveLength(1);
    expect(storeInstances[0]!.options).toEqual({ name: 'preferences', cwd: '/fake/userData' });
    await core.deps!.openFolder('/fake/userData/logs');
    expect(fakeElectron.shell.openPath).toHaveBeenCalledWith('/fake/userData/logs');
  });

  it('serves index.html from out/renderer beside the main bundle, with the CSP header', async () => {
    await launch();
    const handler = fakeElectron.protocol.handlers.get('app')!;
    // The bundle directory does not exist here, so the answer is a 404; its headers still prove the wiring.
    const response = await handler(new Request('app://outpost/index.html'));
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect((await handler(new Request('app://outpost/..%2f..%2fpackage.json'))).status).toBe(403);
  });

  it('serves the media library’s thumbnails and previews on app://outpost/media/, the addresses the core hands out', async () => {
    await launch();
    const id = 'ab'.repeat(32);
    expect(core.deps!.mediaUrl('thumbnail', id)).toBe(`app://outpost/media/thumbnail/${id}`);
    expect(core.deps!.mediaUrl('preview', id)).toBe(`app://outpost/media/preview/${id}`);

    const directory = mkdtempSync(join(tmpdir(), 'outpost-desktop-media-'));
    try {
      const file = join(directory, `${id}.jpg`);
      writeFileSync(file, Buffer.from([0xff, 0xd8, 0xff, 0xd9]));
      core.mediaFilePath.mockResolvedValueOnce(file);
      const handler = fakeElectron.protocol.handlers.get('app')!;
      const response = await handler(new Request(core.deps!.mediaUrl('preview', id)));
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('image/jpeg');
      expect(core.mediaFilePath).toHaveBeenLastCalledWith(id, 'preview');
      expect((await handler(new Request(core.deps!.mediaUrl('thumbnail', id)))).status).toBe(404);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('creates the window with the preload beside the main bundle and loads app://outpost', async () => {
    await launch();
    const window = onlyWindow();
    expect(window.options.webPreferences).toMatchObject({
      preload: resolve(mainBundleDirectory, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(window.loadedUrl).toBe('app://outpost/index.html');
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('guards the window it creates: foreign navigation is refused, window.open denied', async () => {
    await launch();
    const { webContents } = onlyWindow();
    expect(webContents.attemptNavigation('will-navigate', 'https://example.com/').defaultPrevented).toBe(true);
    expect(webContents.attemptWindowOpen('https://www.facebook.com/')).toEqual({ action: 'deny' });
    expect(fakeElectron.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://www.facebook.com/');
  });

  it('stays hidden in the tray when launched with --hidden', async () => {
    await launch({ argv: ['/opt/Outpost/outpost', '--hidden'] });
    const window = onlyWindow();
    window.emit('ready-to-show');
    expect(window.visible).toBe(false);
  });
});

describe('development', () => {
  it('loads ELECTRON_RENDERER_URL and trusts its origin instead of app://', async () => {
    await launch({ env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } });
    expect(onlyWindow().loadedUrl).toBe('http://localhost:5173/');
    const fromDevServer = { senderFrame: { url: 'http://localhost:5173/', parent: null } };
    await expect(fakeElectron.ipcMain.invoke(`${IPC_PREFIX}settings.get`, fromDevServer)).resolves.toMatchObject({ ok: true });
    await expect(fakeElectron.ipcMain.invoke(`${IPC_PREFIX}settings.get`, fromApp)).resolves.toMatchObject({
      ok: false,
      code: 'FORBIDDEN_SENDER',
    });
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', async () => {
    fakeElectron.app.isPackaged = true;
    await launch({ env: { ELECTRON_RENDERER_URL: 'http://attacker.example:5173' } });
    expect(onlyWindow().loadedUrl).toBe('app://outpost/index.html');
  });
});

describe('living in the tray', () => {
  it('keeps a tray icon whose Open shows the window', async () => {
    const running = await launch({ argv: ['/opt/Outpost/outpost', '--hidden'] });
    expect(FakeTray.instances).toHaveLength(1);
    expect(running.tray).toBe(FakeTray.instances[0]);
    FakeTray.instances[0]!.menuItem('Open Outpost').click!();
    expect(onlyWindow()).toMatchObject({ visible: true, focused: true });
  });

  it('a second launch shows and focuses the existing window instead of opening another', async () => {
    await launch({ argv: ['/opt/Outpost/outpost', '--hidden'] });
    const window = onlyWindow();
    window.minimize();
    fakeElectron.app.emit('second-instance', {}, ['/opt/Outpost/outpost'], '/home/owner', {});
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(window).toMatchObject({ visible: true, minimized: false, focused: true });
  });

  it('a second launch before the window exists makes it show even if this one started hidden', async () => {
    const started = start({ argv: ['/opt/Outpost/outpost', '--hidden'] });
    fakeElectron.app.emit('second-instance', {}, ['/opt/Outpost/outpost'], '/home/owner', {});
    fakeElectron.app.becomeReady();
    await started;
    const window = onlyWindow();
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('closing the window hides it, and the app does not quit when no window is visible', async () => {
    await launch();
    const window = onlyWindow();
    window.emit('ready-to-show');
    window.close();
    expect(window).toMatchObject({ destroyed: false, visible: false });
    expect(fakeElectron.app.listenerCount('window-all-closed')).toBeGreaterThan(0);
    expect(fakeElectron.app.quit).not.toHaveBeenCalled();
    expect(core.close).not.toHaveBeenCalled();
  });

  it('tray Quit closes the window, removes the tray, closes the services, flushes the log and completes the quit', async () => {
    await launch();
    const window = onlyWindow();
    FakeTray.instances[0]!.menuItem('Quit Outpost').click!();
    expect(window.destroyed).toBe(true);
    // Removed once, before the services close; the fake Tray throws on a second destroy.
    expect(FakeTray.instances[0]!.destroyed).toBe(true);
    expect(core.publishing.listenerCounts()).toEqual({ overview: 0, progress: 0, alert: 0 });
    expect(core.close).toHaveBeenCalledTimes(1);
    // The log is flushed after the services have closed (closing is asynchronous).
    await vi.waitFor(() => expect(logClose).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(fakeElectron.app.quitCompleted).toBe(true));
    expect(core.close).toHaveBeenCalledTimes(1);
  });

  it('tells the owner once, the first time closing hides the window, and remembers "Don\'t show this again"', async () => {
    fakeElectron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: true });
    await launch();
    const window = onlyWindow();
    window.emit('ready-to-show');
    window.close();
    expect(fakeElectron.dialog.showMessageBox).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ message: 'Outpost is still running', checkboxLabel: "Don't show this again" }),
    );
    window.show();
    window.close();
    expect(fakeElectron.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    await settle();
    expect(storeInstances[0]!.store.trayHintDismissed).toBe(true);
  });

  it('shows the next post in the tray and opens it in the calendar', async () => {
    core.publishing.current = overview({ next: scheduledItem({ targetId: 't-next', dueAt: '2099-01-06T09:00:00Z' }), upcoming: 1 });
    await launch({ argv: ['/opt/Outpost/outpost', '--hidden'] });
    const window = onlyWindow();
    FakeTray.instances[0]!.menuItem("Next: Instagram · Rosie's Bakery · 6 Jan 09:00").click!();
    expect(window).toMatchObject({ visible: true, focused: true });
    expect(window.webContents.sent).toEqual([
      { channel: `${IPC_EVENT_PREFIX}app.open`, args: [{ section: 'calendar', targetId: 't-next' }] },
    ]);
  });

  it('a notification click shows the window and tells the renderer which screen to open', async () => {
    await launch({ argv: ['/opt/Outpost/outpost', '--hidden'] });
    const window = onlyWindow();
    core.publishing.alert({
      kind: 'failed',
      title: 'Not published to Instagram',
      body: 'Instagram did not accept the photo.',
      permalink: null,
      open: { section: 'calendar', targetId: 't-failed' },
    });
    FakeNotification.shown[0]!.clickAndClose();
    expect(window).toMatchObject({ visible: true, focused: true });
    expect(window.webContents.sent).toEqual([
      { channel: `${IPC_EVENT_PREFIX}app.open`, args: [{ section: 'calendar', targetId: 't-failed' }] },
    ]);
  });

  it('Cmd+Q with posts due that need Outpost asks first; "Keep running in the tray" keeps it running', async () => {
    core.publishing.current = overview({ dueSoonInApp: [scheduledItem()] });
    await launch();
    fakeElectron.app.quit();
    expect(fakeElectron.dialog.showMessageBox).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ message: 'A post is due in the next 24 hours', defaultId: 0 }),
    );
    await settle();
    expect(fakeElectron.app.quitCompleted).toBe(false);
    expect(onlyWindow().destroyed).toBe(false);
    expect(core.close).not.toHaveBeenCalled();
  });

  it('wakes the engine when the system resumes', async () => {
    await launch();
    fakeElectron.powerMonitor.emit('resume');
    expect(core.publishing.wake).toHaveBeenCalledWith('resume');
  });

  it('macOS Dock activation shows the window', async () => {
    await launch({ argv: ['/Applications/Outpost.app', '--hidden'], platform: 'darwin' });
    fakeElectron.app.emit('activate');
    expect(onlyWindow().visible).toBe(true);
  });
});

describe('window bounds', () => {
  it('restores the saved bounds and saves new ones, debounced, into the preferences', async () => {
    vi.useFakeTimers();
    await launch();
    // First launch: nothing saved, default size, centred.
    expect(onlyWindow().options).toMatchObject({ width: 1200, height: 800 });
    expect(onlyWindow().options).not.toHaveProperty('x');

    const window = onlyWindow();
    window.moveTo({ x: 200, y: 100, width: 1000, height: 650 });
    expect(storeInstances[0]!.store.windowBounds).toBeUndefined();
    vi.advanceTimersByTime(SAVE_BOUNDS_DELAY_MS);
    expect(storeInstances[0]!.store.windowBounds).toEqual({ x: 200, y: 100, width: 1000, height: 650, maximized: false });
  });

  it('opens where it was saved, clamped to the display', async () => {
    // Saved on a larger screen: half of the window now hangs off the 1920x1050 work area.
    core.savedPreferences = { windowBounds: { x: 1200, y: 600, width: 1000, height: 700, maximized: false } };
    await launch();
    // Pulled left/up so the whole window is on the 1920x1050 work area.
    expect(onlyWindow().options).toMatchObject({ x: 920, y: 350, width: 1000, height: 700 });
  });
});

describe('settings and events', () => {
  it('pushes settings.changed to the window after settings.set', async () => {
    await launch();
    const window = onlyWindow();
    const result = await fakeElectron.ipcMain.invoke(`${IPC_PREFIX}settings.set`, fromApp, { theme: 'dark' });
    expect(result).toMatchObject({ ok: true, value: { theme: 'dark' } });
    expect(window.webContents.sent).toEqual([
      { channel: `${IPC_EVENT_PREFIX}settings.changed`, args: [expect.objectContaining({ theme: 'dark' })] },
    ]);
  });

  it('makes the native theme follow the theme preference', async () => {
    await launch();
    expect(fakeElectron.nativeTheme.themeSource).toBe('system');
    await fakeElectron.ipcMain.invoke(`${IPC_PREFIX}settings.set`, fromApp, { theme: 'dark' });
    expect(fakeElectron.nativeTheme.themeSource).toBe('dark');
  });

  it('applies launch at login to the OS when the owner changes it, on Windows and macOS', async () => {
    await launch({ platform: 'win32' });
    await fakeElectron.ipcMain.invoke(`${IPC_PREFIX}settings.set`, fromApp, { theme: 'dark' });
    expect(fakeElectron.app.setLoginItemSettings).not.toHaveBeenCalled();
    await fakeElectron.ipcMain.invoke(`${IPC_PREFIX}settings.set`, fromApp, { launchAtLogin: true });
    expect(fakeElectron.app.setLoginItemSettings).toHaveBeenCalledExactlyOnceWith({ openAtLogin: true, args: ['--hidden'] });
  });

  it('on Linux writes an XDG autostart entry for the AppImage, starting hidden', async () => {
    const configHome = mkdtempSync(join(tmpdir(), 'outpost-desktop-autostart-'));
    try {
      fakeElectron.app.isPackaged = true;
      fakeElectron.app.paths.appData = configHome;
      await launch({ platform: 'linux', env: { APPIMAGE: '/home/rosie/Apps/Outpost.AppImage' } });
      const result = await fakeElectron.ipcMain.invoke(`${IPC_PREFIX}settings.set`, fromApp, { launchAtLogin: true });
      expect(result).toMatchObject({ ok: true, value: { launchAtLogin: true } });
      expect(fakeElectron.app.setLoginItemSettings).not.toHaveBeenCalled();
      expect(readFileSync(join(configHome, 'autostart', 'outpost.desktop'), 'utf8')).toContain(
        'Exec="/home/rosie/Apps/Outpost.AppImage" --hidden',
      );
    } finally {
      rmSync(configHome, { recursive: true, force: true });
    }
  });
});

describe('start-up failure', () => {
  it('shows the reason in a dialog and exits instead of crashing or hiding in the tray', async () => {
    core.failWith = new Error('This database was written by a newer Outpost (schema 9); this version knows 1.');
    const started = start();
    fakeElectron.app.becomeReady();
    await expect(started).resolves.toBeUndefined();
    expect(fakeElectron.dialog.showErrorBox).toHaveBeenCalledExactlyOnceWith(
      'Outpost could not start',
      expect.stringContaining('written by a newer Outpost'),
    );
    expect(fakeElectron.dialog.showErrorBox.mock.calls[0]![1]).toContain('/fake/userData/logs');
    expect(fakeElectron.app.exit).toHaveBeenCalledExactlyOnceWith(1);
    expect(logClose).toHaveBeenCalledTimes(1);
    expect(logClose.mock.invocationCallOrder[0]).toBeLessThan(fakeElectron.dialog.showErrorBox.mock.invocationCallOrder[0]!);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(FakeTray.instances).toHaveLength(0);
  });

  it('reports a bad ELECTRON_RENDERER_URL the same way', async () => {
    await expect(start({ env: { ELECTRON_RENDERER_URL: 'file:///etc/passwd' } })).resolves.toBeUndefined();
    expect(fakeElectron.dialog.showErrorBox).toHaveBeenCalledWith('Outpost could not start', expect.stringContaining('http(s)'));
    expect(fakeElectron.app.exit).toHaveBeenCalledWith(1);
  });
});
