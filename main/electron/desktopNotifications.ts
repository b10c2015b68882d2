import { Notification } from 'electron';
import type { Logger } from '../diagnostics/logger';

export interface DesktopNotice {
  title: string;
  body: string;
  /** What a click does; without it, a click opens the window. */
  onClick?: () => void;
}

/**
 * Desktop notifications for things the owner must know about while the window is closed (a post
 * published or failed, an account to reconnect, a sign-in about to expire). Each notification is
 * kept referenced until it closes, or its click handler could be collected (electron-craft C.6).
 */
export function createDesktopNotifier(options: { open: () => void; logger: Logger }): (notice: DesktopNotice) => void {
  const showing = new Set<Notification>();
  return (notice) => {
    if (!Notification.isSupported()) {
      options.logger.info('desktop: notifications are not supported here; the notice stays in the app');
      return;
    }
    const notification = new Notification({ title: notice.title, body: notice.body });
    showing.add(notification);
    notification.on('click', notice.onClick ?? options.open);
    notification.on('close', () => showing.delete(notification));
    notification.show();
  };
}
