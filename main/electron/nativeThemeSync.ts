import { nativeTheme } from 'electron';
import type { PreferencesService } from '../store/preferences';

/**
 * Makes Chromium's own colour scheme follow the theme preference, so `prefers-color-scheme` in the
 * renderer is right from the first paint (no flash of the OS theme before the renderer loads its
 * settings) and native menus and dialogs match the app.
 */
export function syncNativeTheme(preferences: PreferencesService): void {
  nativeTheme.themeSource = preferences.get().theme;
  preferences.onChange(({ theme }) => {
    nativeTheme.themeSource = theme;
  });
}
