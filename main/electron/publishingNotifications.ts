import type { OpenTarget } from '../../preload/contract';
import type { Logger } from '../diagnostics/logger';
import type { PublishingAlert, PublishingControl } from '../schedule/publishingControl';
import type { DesktopNotice } from './desktopNotifications';
import { decideNavigation } from './navigationPolicy';

export interface PublishingNotificationOptions {
  control: Pick<PublishingControl, 'onAlert'>;
  notify: (notice: DesktopNotice) => void;
  /** Shows the window at a screen (the calendar at a target, the accounts). */
  openInApp: (target: OpenTarget) => void;
  /** `shell.openExternal`. */
  openExternal: (url: string) => Promise<void>;
  logger: Logger;
}

/** A permalink is never one of our own pages: only the external allow-list can let it out. */
const NO_APP_ORIGINS: ReadonlySet<string> = new Set();

/**
 * Publishing alerts as desktop notifications: published, failed, missed, reconnect needed. A click
 * on a published post opens it on the platform in the system browser, when its address is one the
 * external-link allow-list lets out; every other click opens the screen the alert names.
 * Returns the unsubscribe.
 */
export function notifyPublishingAlerts({ control, notify, openInApp, openExternal, logger }: PublishingNotificationOptions): () => void {
  const clickFor = (alert: PublishingAlert) => () => {
    const permalink = alert.kind === 'published' ? alert.permalink : null;
    if (!permalink || decideNavigation(permalink, NO_APP_ORIGINS) !== 'open-external') {
      openInApp(alert.open);
      return;
    }
    // Re-serialised, as the navigation guards do, so the OS gets exactly what was vetted.
    openExternal(new URL(permalink).toString()).catch((error: unknown) => {
      logger.warn({ err: error }, 'desktop: could not open the post in the browser; opening the calendar');
      openInApp(alert.open);
    });
  };
  return control.onAlert((alert) => notify({ title: alert.title, body: alert.body, onClick: clickFor(alert) }));
}
