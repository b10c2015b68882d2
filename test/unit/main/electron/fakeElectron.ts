/**
 * A fake `electron` module for main-process unit tests (Electron's binary cannot run here, and
 * unit tests should not need it). Each test file installs it with
 *
 *   vi.mock('electron', async () => (await import('./fakeElectron')).electronModule());
 *
 * and imports `fakeElectron` / `resetFakeElectron` from this file: both resolve to the same module
 * instance, so the test inspects exactly the objects the code under test used.
 *
 * The fakes behave like Electron where the code under test depends on it: a BrowserWindow's web
 * contents announce themselves through `app`'s `web-contents-created`; `close` is cancellable;
 * `app.quit()` runs before-quit -> close every window -> will-quit, each cancellable; `ipcMain`
 * refuses a second handler for a channel; a destroyed Tray throws. Everything else only records
 * what it was given.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Electron's cancellable event object: fields plus `preventDefault()`. */
export type FakeEvent<T extends object = object> = T & { defaultPrevented: boolean; preventDefault(): void };

export function fakeEvent<T extends object>(fields: T): FakeEvent<T> {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

// -------------------------------------------------------------------------------------------------
// app
// -------------------------------------------------------------------------------------------------

export class FakeApp extends EventEmitter {
  isPackaged = false;
  /** What `requestSingleInstanceLock()` answers; set to false to play the second instance. */
  singleInstanceLockResult = true;
  paths: Record<string, string> = { userData: '/fake/userData', appData: '/fake/config' };
  exitCode: number | undefined;
  /** Set when a quit got all the way through `will-quit`. */
  quitCompleted = false;
  /** What the OS reports about the login item; `getLoginItemSettings` answers a copy. */
  loginItemSettings: { openAtLogin: boolean; wasOpenedAtLogin: boolean; status: string } = {
    openAtLogin: false,
    wasOpenedAtLogin: false,
    status: 'not-registered',
  };
  private resolveReady: () => void = () => {};
  private readyPromise: Promise<void> = Promise.resolve();

  requestSingleInstanceLock = vi.fn(() => this.singleInstanceLockResult);
  enableSandbox = vi.fn();
  exit = vi.fn((code?: number) => {
    this.exitCode = code ?? 0;
  });
  getPath = vi.fn((name: string) => {
    const path = this.paths[name];
    if (path === undefined) throw new Error(`fake app: no path named ${name}`);
    return path;
  });
  setPath = vi.fn((name: string, path: string) => {
    this.paths[name] = path;
  });
  getVersion = vi.fn(() => '0.1.0-test');
  setLoginItemSettings = vi.fn();
  getLoginItemSettings = vi.fn((_options?: { args?: string[] }) => ({ ...this.loginItemSettings }));
  quit = vi.fn(() => this.runQuit());

  constructor() {
    super();
    this.reset();
  }

  reset(): void {
    this.removeAllListeners();
    this.isPackaged = false;
    this.singleInstanceLockResult = true;
    this.paths = { userData: '/fake/userData', appData: '/fake/config' };
    this.exitCode = undefined;
    this.quitCompleted = false;
    this.loginItemSettings = { openAtLogin: false, wasOpenedAtLogin: false, status: 'not-registered' };
    this.readyPromise = new Promise((resolve) => {
      this.resolveReady = resolve;
    });
    for (const mock of [
      this.requestSingleInstanceLock,
      this.enableSandbox,
      this.exit,
      this.getPath,
      this.setPath,
      this.getVersion,
      this.setLoginItemSettings,
      this.getLoginItemSettings,
      this.quit,
    ]) {
      mock.mockClear();
    }
  }

  whenReady(): Promise<void> {
    return this.readyPromise;
  }

  /** Test helper: Electron finished initialising. */
  becomeReady(): void {
    this.resolveReady();
    this.emit('ready');
  }

  /** Electron's quit sequence, close enough for lifecycle tests. */
  private runQuit(): void {
    const beforeQuit = fakeEvent({});
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    for (const window of FakeBrowserWindow.getAllWindows()) window.close();
    if (FakeBrowserWindow.getAllWindows().length > 0) return; // a window refused to close
    const willQuit = fakeEvent({});
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    this.quitCompleted = true;
    this.emit('quit');
  }
}

// -------------------------------------------------------------------------------------------------
// BrowserWindow and its web contents
// -------------------------------------------------------------------------------------------------

interface WindowOpenDetails {
  url: string;
  frameName: string;
  features: string;
  disposition: string;
}

export class FakeWebContents extends EventEmitter {
  private static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  destroyed = false;
  sent: Array<{ channel: string; args: unknown[] }> = [];
  windowOpenHandler: ((details: WindowOpenDetails) => { action: string }) | undefined;

  setWindowOpenHandler(handler: (details: WindowOpenDetails) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Test helper: the page (or a redirect, or a subframe) tries to go to `url`. */
  attemptNavigation(
    kind: 'will-navigate' | 'will-redirect' | 'will-frame-navigate',
    url: string,
    isMainFrame = true,
  ): FakeEvent<{ url: string; isMainFrame: boolean }> {
    const event = fakeEvent({ url, isMainFrame, isSameDocument: false, frame: null });
    this.emit(kind, event, url);
    return event;
  }

  /** Test helper: the page calls `window.open(url)`. */
  attemptWindowOpen(url: string): { action: string } {
    if (!this.windowOpenHandler) throw new Error('fake webContents: no window open handler installed');
    return this.windowOpenHandler({ url, frameName: '', features: '', disposition: 'new-window' });
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> };
  readonly webContents = new FakeWebContents();
  visible = false;
  minimized = false;
  maximized = false;
  focused = false;
  destroyed = false;
  loadedUrl: string | undefined;
  normalBounds: Rect;

  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((window) => !window.destroyed);
  }

  constructor(options: Record<string, unknown> = {}) {
    super();
    this.options = options;
    this.normalBounds = {
      x: typeof options.x === 'number' ? options.x : 100,
      y: typeof options.y === 'number' ? options.y : 100,
      width: typeof options.width === 'number' ? options.width : 800,
      height: typeof options.height === 'number' ? options.height : 600,
    };
    FakeBrowserWindow.instances.push(this);
    // Like Electron: every new web contents is announced, which is where the guards attach.
    fakeElectron.app.emit('web-contents-created', fakeEvent({}), this.webContents);
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }

  show(): void {
    this.visible = true;
    this.emit('show');
  }

  hide(): void {
    this.visible = false;
    this.emit('hide');
  }

  focus(): void {
    this.focused = true;
  }

  isVisible(): boolean {
    return this.visible;
  }

  minimize(): void {
    this.minimized = true;
    this.emit('minimize');
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  restore(): void {
    this.minimized = false;
    this.emit('restore');
  }

  maximize(): void {
    this.maximized = true;
    this.emit('maximize');
  }

  unmaximize(): void {
    this.maximized = false;
    this.emit('unmaximize');
  }

  isMaximized(): boolean {
    return this.maximized;
  }

  getNormalBounds(): Rect {
    return { ...this.normalBounds };
  }

  /** Test helper standing in for the owner dragging or resizing the window. */
  moveTo(bounds: Partial<Rect>): void {
    this.normalBounds = { ...this.normalBounds, ...bounds };
    this.emit('move');
    this.emit('resize');
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Like Electron: `close` is cancellable; an uncancelled close destroys the window. */
  close(): void {
    if (this.destroyed) return;
    const event = fakeEvent({});
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

// -------------------------------------------------------------------------------------------------
// Tray, Menu, nativeImage
// -------------------------------------------------------------------------------------------------

export interface FakeMenuItem {
  label?: string;
  type?: string;
  enabled?: boolean;
  click?: (...args: unknown[]) => void;
}

export interface FakeMenu {
  items: FakeMenuItem[];
}

/**
 * Like Electron's Tray: once destroyed, every method but `isDestroyed` throws ("Object has been
 * destroyed"), which is how a second destroy during quit (electron#32581) or a menu update after
 * quit shows up in a test.
 */
export class FakeTray extends EventEmitter {
  static instances: FakeTray[] = [];
  tooltip: string | undefined;
  contextMenu: FakeMenu | undefined;
  /** How many times a context menu was set (Linux only shows a changed menu when it is set again). */
  menusSet = 0;
  destroyed = false;

  constructor(readonly image: FakeNativeImage) {
    super();
    FakeTray.instances.push(this);
  }

  private checkAlive(): void {
    if (this.destroyed) throw new TypeError('Object has been destroyed');
  }

  setToolTip(tooltip: string): void {
    this.checkAlive();
    this.tooltip = tooltip;
  }

  setContextMenu(menu: FakeMenu): void {
    this.checkAlive();
    this.contextMenu = menu;
    this.menusSet += 1;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  destroy(): void {
    this.checkAlive();
    this.destroyed = true;
  }

  /** Test helper: the labels of the menu, separators left out. */
  menuLabels(): string[] {
    return (this.contextMenu?.items ?? []).filter((item) => item.type !== 'separator').map((item) => item.label ?? '');
  }

  /** Test helper: the menu item with this label. */
  menuItem(label: string): FakeMenuItem {
    const item = this.contextMenu?.items.find((candidate) => candidate.label === label);
    if (!item) throw new Error(`fake tray: no menu item "${label}" in ${JSON.stringify(this.menuLabels())}`);
    return item;
  }
}

export interface FakeNativeImage {
  buffer: Buffer;
  options: { scaleFactor?: number } | undefined;
  isEmpty(): boolean;
}

// -------------------------------------------------------------------------------------------------
// IPC
// -------------------------------------------------------------------------------------------------

type MainHandler = (event: unknown, ...args: unknown[]) => unknown;

export class FakeIpcMain {
  handlers = new Map<string, MainHandler>();

  handle(channel: string, handler: MainHandler): void {
    // Electron throws on a second handler for one channel; so does the fake, to catch double wiring.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** Test helper: what `ipcRenderer.invoke(channel, ...args)` from the frame in `event` would get. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }

  reset(): void {
    this.handlers.clear();
  }
}

export class FakeIpcRenderer extends EventEmitter {
  invoke = vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null }));

  reset(): void {
    this.removeAllListeners();
    this.invoke.mockClear();
  }
}

// -------------------------------------------------------------------------------------------------
// Notification
// -------------------------------------------------------------------------------------------------

export class FakeNotification extends EventEmitter {
  static supported = true;
  static shown: FakeNotification[] = [];
  static isSupported(): boolean {
    return FakeNotification.supported;
  }
  constructor(readonly options: { title: string; body: string }) {
    super();
  }
  show(): void {
    FakeNotification.shown.push(this);
  }
  /** Test helper: the owner clicks the notification, which (like the OS) then closes it. */
  clickAndClose(): void {
    this.emit('click');
    this.emit('close');
  }
  static reset(): void {
    FakeNotification.supported = true;
    FakeNotification.shown = [];
  }
}

// -------------------------------------------------------------------------------------------------
// powerMonitor, powerSaveBlocker, net
// -------------------------------------------------------------------------------------------------

/** powerMonitor: tests emit 'suspend', 'resume', 'unlock-screen', 'shutdown' themselves. */
export class FakePowerMonitor extends EventEmitter {
  reset(): void {
    this.removeAllListeners();
  }
}

/** powerSaveBlocker with Electron's ids; `active` is what is holding the system awake now. */
export class FakePowerSaveBlocker {
  active = new Map<number, string>();
  private nextId = 1;
  start = vi.fn((type: string) => {
    const id = this.nextId++;
    this.active.set(id, type);
    return id;
  });
  stop = vi.fn((id: number) => this.active.delete(id));
  isStarted = vi.fn((id: number) => this.active.has(id));

  reset(): void {
    this.active.clear();
    this.nextId = 1;
    for (const mock of [this.start, this.stop, this.isStarted]) mock.mockClear();
  }
}

/** net: only `isOnline`, answering `online`. */
export class FakeNet {
  online = true;
  isOnline = vi.fn(() => this.online);

  reset(): void {
    this.online = true;
    this.isOnline.mockClear();
  }
}

/** What `dialog.showMessageBox` resolves with: the button clicked and the checkbox. */
export interface FakeMessageBoxAnswer {
  response: number;
  checkboxChecked: boolean;
}

// -------------------------------------------------------------------------------------------------
// The module
// -------------------------------------------------------------------------------------------------

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string; isMainFrame: boolean },
) => void;
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  requestingOrigin: string,
  details: { isMainFrame: boolean },
) => boolean;

function createFakeElectron() {
  const app = new FakeApp();
  const ipcMain = new FakeIpcMain();
  const ipcRenderer = new FakeIpcRenderer();
  const exposedInMainWorld = new Map<string, unknown>();
  const privilegedSchemes: unknown[] = [];
  const protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  const defaultSession = {
    permissionRequestHandler: undefined as PermissionRequestHandler | undefined,
    permissionCheckHandler: undefined as PermissionCheckHandler | undefined,
    setPermissionRequestHandler(handler: PermissionRequestHandler) {
      defaultSession.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: PermissionCheckHandler) {
      defaultSession.permissionCheckHandler = handler;
    },
  };
  const displays = [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1050 }, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }];

  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    Tray: FakeTray,
    Notification: FakeNotification,
    Menu: {
      buildFromTemplate: vi.fn((template: FakeMenuItem[]): FakeMenu => ({ items: template })),
    },
    nativeImage: {
      createFromBuffer: vi.fn(
        (buffer: Buffer, options?: { scaleFactor?: number }): FakeNativeImage => ({
          buffer,
          options,
          isEmpty: () => buffer.length === 0,
        }),
      ),
    },
    ipcMain,
    ipcRenderer,
    contextBridge: {
      exposed: exposedInMainWorld,
      exposeInMainWorld: vi.fn((key: string, api: unknown) => {
        exposedInMainWorld.set(key, api);
      }),
    },
    /** Electron gives a dropped or picked File's path on disk, '' for one that has none; the fake reads `path`. */
    webUtils: {
      getPathForFile: vi.fn((file: { path?: string }) => file.path ?? ''),
    },
    shell: {
      openExternal: vi.fn(async (_url: string) => {}),
      /** Electron resolves with an error message, or '' on success. */
      openPath: vi.fn(async (_path: string) => ''),
    },
    protocol: {
      privilegedSchemes,
      handlers: protocolHandlers,
      registerSchemesAsPrivileged: vi.fn((schemes: unknown[]) => {
        privilegedSchemes.push(...schemes);
      }),
      handle: vi.fn((scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
        protocolHandlers.set(scheme, handler);
      }),
    },
    session: { defaultSession },
    nativeTheme: { themeSource: 'system' as 'system' | 'light' | 'dark' },
    safeStorage: createFakeSafeStorage(),
    dialog: {
      showErrorBox: vi.fn(),
      /** Answers the first button, checkbox unticked, unless a test queues another answer. */
      showMessageBox: vi.fn(async (..._args: unknown[]): Promise<FakeMessageBoxAnswer> => ({ response: 0, checkboxChecked: false })),
    },
    powerMonitor: new FakePowerMonitor(),
    powerSaveBlocker: new FakePowerSaveBlocker(),
    net: new FakeNet(),
    screen: {
      displays,
      getAllDisplays: () => displays,
      getPrimaryDisplay: () => displays[0]!,
    },
  };
}

/**
 * safeStorage with a reversible stand-in for the keyring: ciphertext is the plain text reversed
 * behind a marker, so a test can tell encrypted from clear bytes.
 */
function createFakeSafeStorage() {
  return {
    asyncAvailable: true,
    backend: 'gnome_libsecret' as string,
    rotateOnNextDecrypt: false,
    isAsyncEncryptionAvailable: vi.fn(async () => fakeElectron.safeStorage.asyncAvailable),
    getSelectedStorageBackend: vi.fn(() => fakeElectron.safeStorage.backend),
    encryptStringAsync: vi.fn(async (plain: string) => Buffer.from(`enc:${[...plain].reverse().join('')}`)),
    decryptStringAsync: vi.fn(async (encrypted: Buffer) => {
      const text = encrypted.toString();
      if (!text.startsWith('enc:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return { result: [...text.slice(4)].reverse().join(''), shouldReEncrypt: fakeElectron.safeStorage.rotateOnNextDecrypt };
    }),
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

/** The one fake for this test file's module graph; `resetFakeElectron` clears it between tests. */
export const fakeElectron: FakeElectron = createFakeElectron();

export function resetFakeElectron(): void {
  const fresh = createFakeElectron();
  fakeElectron.app.reset();
  fakeElectron.ipcMain.reset();
  fakeElectron.ipcRenderer.reset();
  FakeBrowserWindow.instances = [];
  FakeTray.instances = [];
  FakeNotification.reset();
  fakeElectron.contextBridge.exposed.clear();
  fakeElectron.contextBridge.exposeInMainWorld.mockClear();
  fakeElectron.protocol.privilegedSchemes.length = 0;
  fakeElectron.protocol.handlers.clear();
  fakeElectron.protocol.registerSchemesAsPrivileged.mockClear();
  fakeElectron.protocol.handle.mockClear();
  fakeElectron.session.defaultSession.permissionRequestHandler = undefined;
  fakeElectron.session.defaultSession.permissionCheckHandler = undefined;
  fakeElectron.shell.openExternal = fresh.shell.openExternal;
  fakeElectron.shell.openPath = fresh.shell.openPath;
  fakeElectron.dialog.showErrorBox = fresh.dialog.showErrorBox;
  fakeElectron.dialog.showMessageBox = fresh.dialog.showMessageBox;
  fakeElectron.powerMonitor.reset();
  fakeElectron.powerSaveBlocker.reset();
  fakeElectron.net.reset();
  fakeElectron.nativeTheme.themeSource = 'system';
  // Mutated in place: modules under test hold the object they imported.
  Object.assign(fakeElectron.safeStorage, fresh.safeStorage);
  fakeElectron.Menu.buildFromTemplate = fresh.Menu.buildFromTemplate;
  fakeElectron.nativeImage.createFromBuffer = fresh.nativeImage.createFromBuffer;
  fakeElectron.screen.displays.splice(0, fakeElectron.screen.displays.length, ...fresh.screen.displays);
}

/** What `vi.mock('electron', ...)` should return: the fakes as named exports and as the default. */
export function electronModule(): FakeElectron & { default: FakeElectron } {
  return { ...fakeElectron, default: fakeElectron };
}
