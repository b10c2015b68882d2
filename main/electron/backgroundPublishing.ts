import { app, dialog, net, powerMonitor, powerSaveBlocker, shell, type BrowserWindow, type Tray } from 'electron';
import type { OpenTarget } from '../../preload/contract';
import type { Logger } from '../diagnostics/logger';
import type { PublishingControl, WakeReason } from '../schedule/publishingControl';
import type { PreferencesService } from '../store/preferences';
import type { DesktopNotice } from './desktopNotifications';
import type { QuitTracker } from './hideOnClose';
import { keepAwakeWhilePublishing } from './keepAwakeWhilePublishing';
import { watchOnline } from './onlineWatch';
import { wakeOnPowerEvents } from './powerEvents';
import { notifyPublishingAlerts } from './publishingNotifications';
import { askBeforeQuitting } from './quitDialog';
import { createQuitGuard, letSystemEndWithoutAsking } from './quitGuard';
import { createTrayIcon } from './trayIcon';
import { keepTrayCurrent } from './trayStatus';

export interface BackgroundPublishingOptions {
  control: PublishingControl;
  preferences: PreferencesService;
  window: BrowserWindow;
  quitTracker: QuitTracker;
  /** Shows the window; with a target, at that screen. */
  openInApp: (target: OpenTarget | null) => void;
  notify: (notice: DesktopNotice) => void;
  platform: NodeJS.Platform;
  logger: Logger;
}

export interface BackgroundPublishing {
  /** Held here for the app's lifetime, so it is never collected. */
  tray: Tray;
  /** Unhooks everything and removes the tray icon, before the services close on quit. */
  stop(): void;
}

/**
 * What keeps Outpost publishing with the window closed, wired to the engine's `PublishingControl`:
 * the tray (status, Pause/Resume, Open, Quit), notifications for alerts, the quit guard, and the
 * system's signals (wake, unlock, back online, shutdown) plus keeping it awake while publishing.
 */
export function startBackgroundPublishing(options: BackgroundPublishingOptions): BackgroundPublishing {
  const { control, preferences, window, quitTracker, openInApp, notify, platform, logger } = options;
  const timeZone = () => preferences.get().timezone;
  const wake = (reason: WakeReason) => {
    try {
      control.wake(reason);
    } catch (error) {
      logger.error({ err: error, reason }, 'desktop: waking the scheduler failed');
    }
  };

  const icon = createTrayIcon(
    {
      open: openInApp,
      setPaused(paused) {
        try {
          status.showNow(control.setPaused(paused));
        } catch (error) {
          logger.error({ err: error, paused }, 'tray: could not pause or resume publishing');
        }
      },
      quit: () => app.quit(),
    },
    platform,
  );
  const status = keepTrayCurrent({ icon, control, timeZone, logger });
  const stopRedrawingOnZoneChange = preferences.onChange(() => status.redraw());

  const guard = createQuitGuard({
    dueSoon: () => control.overview().dueSoonInApp,
    ask: askBeforeQuitting(
      (dialogOptions) => dialog.showMessageBox(dialogOptions),
      () => ({ timeZone: timeZone(), now: new Date(), platform }),
    ),
    quit: () => app.quit(),
    logger,
  });
  quitTracker.holdQuitWhen(guard.shouldHold);
  letSystemEndWithoutAsking(guard, powerMonitor, window, logger);

  const stopAlerts = notifyPublishingAlerts({ control, notify, openInApp, openExternal: (url) => shell.openExternal(url), logger });
  const online = watchOnline({ isOnline: () => net.isOnline(), onOnline: () => wake('online'), logger });
  const stopPowerEvents = wakeOnPowerEvents(powerMonitor, { wake, onResume: online.check, logger });
  const stopKeepingAwake = keepAwakeWhilePublishing({ control, blocker: powerSaveBlocker, logger });

  return {
    tray: icon.tray,
    stop() {
      status.stop();
      stopRedrawingOnZoneChange();
      stopAlerts();
      online.stop();
      stopPowerEvents();
      stopKeepingAwake();
      icon.destroy();
    },
  };
}
