import type { OutpostApi } from '../../../preload/api';
import { createBrowserModeApi } from './browserTransport';

/** Thrown when neither the Electron preload nor browser mode provides the bridge to main. */
export class BridgeUnavailableError extends Error {
  constructor() {
    super(
      'Outpost could not reach its background service: this page was opened without the desktop app ' +
        'or browser mode behind it.',
    );
    this.name = 'BridgeUnavailableError';
  }
}

/**
 * The one way the renderer reaches main. In the desktop app the preload has put `window.api` on
 * the page; in browser mode (development) it is built over a WebSocket. Anything else (the built
 * page opened on its own) has no bridge, and the app shows a full-page explanation instead.
 */
export function getApi(): OutpostApi {
  if (window.api) return window.api;
  const browserModeApi = createBrowserModeApi();
  if (browserModeApi) return browserModeApi;
  throw new BridgeUnavailableError();
}
