import type { WebPreferences } from 'electron';

/**
 * The main window's webPreferences, spelled out in full even where they match Electron's defaults,
 * so that no template, refactor or version change can weaken them silently (turning off
 * contextIsolation, for one, also turns off the sandbox). The renderer reaches main only through
 * the preload's `window.api`.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
  };
}
