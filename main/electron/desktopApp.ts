import { join } from 'node:path';
import { app, dialog, ipcMain, screen, session, shell, type BrowserWindow, type Tray } from 'electron';
import type { OpenTarget } from '../../preload/contract';
import { metaCallbackPort } from '../accounts/connect/metaCallbackPort';
import { createOutpostCore, type OutpostCore } from '../core';
import { createFileLogger, type FileLogger } from '../diagnostics/logger';
import { registerChannels } from '../ipc/registerChannels';
import { mediaRoutePath } from '../media/mediaRoutes';
import { dataPaths, resolveDataDirectory } from '../store/dataDirectory';
import { registerAppSchemeAsPrivileged, serveRendererOverAppScheme } from './appProtocol';
import { APP_ORIGIN } from './appScheme';
import { bundlePaths } from './bundlePaths';
import { startBackgroundPublishing, type BackgroundPublishing } from './backgroundPublishing';
import { closeToTrayHint } from './closeToTrayHint';
import { hideInsteadOfClosing, trackQuitting } from './hideOnClose';
import { ipcMainRegister } from './ipcMainBridge';
import { keepLoginItemInSync, shouldStartHidden } from './loginItem';
import { createMainWindow, showAndFocus } from './mainWindow';
import { syncNativeTheme } from './nativeThemeSync';
import { installNavigationGuards } from './navigationGuards';
import { createDesktopNotifier } from './desktopNotifications';
import { openAuthorizationPage } from './openAuthorizationPage';
import { openFolderInFileManager } from './openFolder';
import { restrictPermissions } from './permissionGuards';
import { openPreferencesStore } from './preferencesStore';
import { rememberWindowBounds } from './rememberWindowBounds';
import { createSafeStorageCipher } from './safeStorageCipher';
import { createRendererEmitter } from './rendererEvents';
import { chooseRendererSource } from './rendererSource';
import { acquireSingleInstanceLock } from './singleInstance';
import { reportStartupFailure } from './startupFailure';
import { fitWindowBounds } from './windowBounds';

export interface DesktopAppOptions {
  /** The directory of the main bundle (out/main); the preload and renderer are found beside it. */
  mainBundleDirectory: string;
  argv?: readonly string[];
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

/** The running app's long-lived objects. Holding them here keeps the Tray from being collected. */
export interface RunningDesktopApp {
  core: OutpostCore;
  mainWindow: BrowserWindow;
  tray: Tray;
  showMainWindow(): void;
}

/**
 * The Electron shell: wires Electron's objects to the core services and owns the app lifecycle.
 * The order matters and is Electron's, not ours: the single-instance lock, the sandbox switch, the
 * privileged scheme and the navigation guards must all be in place before `ready`; windows,
 * sessions, the protocol handler and the tray only exist after it.
 *
 * Resolves with the running app, or undefined when this process is not going to run (another
 * instance has the lock, or start-up failed and the owner was told).
 */
export async function startDesktopApp(options: DesktopAppOptions): Promise<RunningDesktopApp | undefined> {
  const argv = options.argv ?? process.argv;
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  let fileLogger: FileLogger | undefined;
  let core: OutpostCore | undefined;
  let logDirectory: string | undefined;

  try {
    const dataDirectory = resolveDataDirectory(env, app.getPath('userData'));
    // Chromium's profile (and with it the single-instance lock, which is per profile) follows the
    // data directory, so two data directories are two independent Outposts.
    if (dataDirectory !== app.getPath('userData')) app.setPath('userData', dataDirectory);

    // Filled in after `ready`; a second launch may ask to show the window before it exists.
    const windowState: { window?: BrowserWindow; showRequested: boolean } = { showRequested: false };
    const showMainWindow = () => {
      windowState.showRequested = true;
      if (windowState.window) showAndFocus(windowState.window);
    };
    if (!acquireSingleInstanceLock(app, () => showMainWindow())) {
      app.exit(0);
      return undefined;
    }

    const paths = dataPaths(dataDirectory);
    fileLogger = createFileLogger({ logDirectory: paths.logs, echo: !app.isPackaged });
    logDirectory = paths.logs;
    const { logger } = fileLogger;
    logger.info({ version: app.getVersion(), platform, dataDirectory }, 'desktop: starting');

    app.enableSandbox();
    registerAppSchemeAsPrivileged();
    const source = chooseRendererSource(env, app.isPackaged);
    const appOrigins: ReadonlySet<string> = new Set([source.origin]);
    installNavigationGuards(app, { appOrigins, openExternal: (url) => shell.openExternal(url), logger });
    const quitTracker = trackQuitting(app);
    // Closing the last window must not quit: the app keeps publishing from the tray.
    app.on('window-all-closed', () => {});

    await app.whenReady();

    restrictPermissions(session.defaultSession, appOrigins, logger);
    const bundle = bundlePaths(options.mainBundleDirectory);
    // The library exists once the core does; a request before that finds nothing.
    serveRendererOverAppScheme(bundle.renderer, async (id, variant) => (core ? core.media.filePath(id, variant) : null));

    const emit = createRendererEmitter(() => windowState.window?.webContents, logger);
    // The tray and notifications open a screen: the window comes up and the renderer is told where.
    const openInApp = (target: OpenTarget | null) => {
      showMainWindow();
      if (target) emit('app.open', target);
    };
    const notify = createDesktopNotifier({ open: showMainWindow, logger });
    core = createOutpostCore({
      mode: 'desktop',
      appVersion: app.getVersion(),
      dataDirectory,
      logger,
      preferencesBackend: openPreferencesStore(dataDirectory),
      systemTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      emit,
      openFolder: openFolderInFileManager,
      openAuthorizationPage,
      // Weak Linux storage stays refused unless the owner accepted it (the allowWeakKeyring preference).
      secretCipher: ({ allowWeakKeyring }) => createSafeStorageCipher({ platform, allowWeakKeyring }),
      metaCallbackPort: metaCallbackPort(env),
      env,
      notify,
      // Absolute, so that the Vite dev server's page (another origin) loads them from here too.
      mediaUrl: (variant, id) => `${APP_ORIGIN}${mediaRoutePath(variant, id)}`,
    });
    const services = core;
    registerChannels({ register: ipcMainRegister(ipcMain), handlers: services.handlers, trustedOrigins: appOrigins, logger });
    keepLoginItemInSync(
      // Linux: run from an AppImage, $APPIMAGE is the file to start; appData is $XDG_CONFIG_HOME.
      { app, platform, autostartDirectory: join(app.getPath('appData'), 'autostart'), executable: env.APPIMAGE ?? process.execPath },
      services.preferences,
      logger,
    );
    syncNativeTheme(services.preferences);

    const initialBounds = fitWindowBounds(
      services.preferences.getWindowBounds(),
      screen.getAllDisplays().map((display) => display.workArea),
      screen.getPrimaryDisplay().workArea,
    );
    const window = createMainWindow({
      source,
      preloadPath: bundle.preload,
      bounds: initialBounds,
      startHidden: shouldStartHidden(app, argv, platform) && !windowState.showRequested,
    });
    windowState.window = window;
    hideInsteadOfClosing(
      window,
      quitTracker,
      closeToTrayHint({ showMessageBox: (hint) => dialog.showMessageBox(hint), flags: services.preferences, platform, logger }),
    );
    rememberWindowBounds(window, (bounds) => {
      try {
        services.preferences.setWindowBounds(bounds);
      } catch (error) {
        logger.warn({ err: error }, 'desktop: could not save window bounds');
      }
    });

    const background = startBackgroundPublishing({
      control: services.publishing,
      preferences: services.preferences,
      window,
      quitTracker,
      openInApp,
      notify,
      platform,
      logger,
    });
    // macOS: clicking the Dock icon of a running app brings the window back.
    app.on('activate', showMainWindow);
    closeServicesOnQuit(services, background, fileLogger);

    logger.info({ renderer: source.kind }, 'desktop: started');
    return { core: services, mainWindow: window, tray: background.tray, showMainWindow };
  } catch (error) {
    // Already failing; the original error is the one to report.
    await core?.close().catch(() => {});
    if (fileLogger) {
      fileLogger.logger.fatal({ err: error }, 'desktop: start-up failed');
      // Flush the log before the dialog blocks the main thread and the process exits.
      await flushWithin(fileLogger, LOG_FLUSH_TIMEOUT_MS);
    }
    reportStartupFailure(error, { app, dialog, ...(logDirectory ? { logDirectory } : {}) });
    return undefined;
  }
}

/** A stuck disk must not keep the owner from seeing why Outpost did not start. */
const LOG_FLUSH_TIMEOUT_MS = 2_000;

function flushWithin(fileLogger: FileLogger, timeoutMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  return Promise.race([fileLogger.close().catch(() => {}), timeout]).finally(() => clearTimeout(timer));
}

/**
 * `will-quit` comes after every window has closed and cannot be cancelled by a window, so it is
 * where the database is closed and the log flushed. The first `will-quit` is held back until the
 * log is flushed, then the quit is resumed; the second passes straight through. The tray and the
 * system's signals are unhooked first, so nothing reaches services that are closing.
 */
function closeServicesOnQuit(core: OutpostCore, background: BackgroundPublishing, fileLogger: FileLogger): void {
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    closed = true;
    event.preventDefault();
    background.stop();
    void core
      .close()
      .then(
        () => fileLogger.logger.info('desktop: stopped'),
        (error: unknown) => fileLogger.logger.error({ err: error }, 'desktop: closing the services failed'),
      )
      .then(() => fileLogger.close())
      .finally(() => app.quit());
  });
}
