import { resolve } from 'node:path';

/**
 * Where the other two bundles sit relative to the main bundle (out/main/index.js), as laid out by
 * vite.config.ts and packed into app.asar by electron-builder.
 */
export function bundlePaths(mainBundleDirectory: string) {
  return {
    preload: resolve(mainBundleDirectory, '../preload/index.cjs'),
    renderer: resolve(mainBundleDirectory, '../renderer'),
  };
}
