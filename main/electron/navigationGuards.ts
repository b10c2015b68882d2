import type { App, Event, WebContents } from 'electron';
import type { Logger } from '../diagnostics/logger';
import { decideNavigation } from './navigationPolicy';

export interface NavigationGuardOptions {
  /** Origins the app's own pages are served from (`app://outpost`, or the dev server). */
  appOrigins: ReadonlySet<string>;
  /** `shell.openExternal`; receives only re-serialised, allow-listed https URLs. */
  openExternal: (url: string) => Promise<void>;
  logger: Logger;
}

/**
 * Installs the navigation policy on every web contents the app ever creates (the main window, and
 * anything a future feature adds), so no window can be forgotten:
 *  - navigations and redirects of any frame stay on our origin;
 *  - `window.open` never creates a window; allow-listed https links open in the system browser;
 *  - `<webview>` is refused even if someone turns the tag on.
 * Register before the first window exists.
 */
export function installNavigationGuards(app: App, options: NavigationGuardOptions): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, options));
}

export function guardWebContents(contents: WebContents, { appOrigins, openExternal, logger }: NavigationGuardOptions): void {
  const openInBrowser = (url: string) => {
    // Re-serialise so what the OS receives is exactly what we parsed and vetted.
    openExternal(new URL(url).toString()).catch((error: unknown) =>
      logger.warn({ err: error, url }, 'navigation: could not open link in the browser'),
    );
  };

  const keepInApp = (kind: string) => (event: Event<{ url: string }>) => {
    const decision = decideNavigation(event.url, appOrigins);
    if (decision === 'allow-in-app') return;
    event.preventDefault();
    logger.warn({ kind, url: event.url, decision }, 'navigation: refused');
    // A plain link click on the page itself: send allow-listed links to the browser, as a
    // target=_blank link would be. Redirects and subframe navigations are never forwarded.
    if (kind === 'will-navigate' && decision === 'open-external') openInBrowser(event.url);
  };

  contents.on('will-navigate', keepInApp('will-navigate'));
  contents.on('will-redirect', keepInApp('will-redirect'));
  contents.on('will-frame-navigate', keepInApp('will-frame-navigate'));

  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideNavigation(url, appOrigins);
    if (decision === 'open-external') {
      openInBrowser(url);
    } else {
      logger.warn({ url, decision }, 'navigation: refused window.open');
    }
    return { action: 'deny' };
  });

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logger.warn('navigation: refused <webview>');
  });
}
