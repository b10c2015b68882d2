import Store from 'electron-store';
import { dataPaths } from '../store/dataDirectory';
import type { PreferencesBackend } from '../store/preferences';

/**
 * Preferences on disk: electron-store's JSON file `preferences.json` in the data directory (not in
 * Electron's default config folder), so `OUTPOST_DATA_DIR` moves everything together. Validation
 * and defaults live in main/store/preferences.ts; this only provides the `store` document.
 */
export function openPreferencesStore(dataDirectory: string): PreferencesBackend {
  return new Store<Record<string, unknown>>({ name: dataPaths(dataDirectory).preferencesName, cwd: dataDirectory });
}
