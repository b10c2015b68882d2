/**
 * Entry point of the Electron main process (bundled to out/main/index.js). The composition lives
 * in main/electron/desktopApp.ts, the only part of main that may import Electron; browser mode
 * composes the same core without it.
 */
import { startDesktopApp } from './electron/desktopApp';

void startDesktopApp({ mainBundleDirectory: import.meta.dirname });
