import { z } from 'zod';
import { Preferences, PreferencesPatch, type Preferences as PreferencesValue } from '../../preload/contract';

/**
 * Where preferences are kept: electron-store in the app, `conf` (the library electron-store is
 * built on, without Electron) in browser mode and tests. Both expose the whole document as
 * `store`, which is all this service needs.
 */
export interface PreferencesBackend {
  store: Record<string, unknown>;
}

/** Window geometry is remembered but is not something the renderer reads or sets. */
export const WindowBounds = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400),
  height: z.number().int().min(300),
  maximized: z.boolean(),
});
export type WindowBounds = z.infer<typeof WindowBounds>;

/**
 * Switches main keeps across restarts that are not settings the owner edits: publishing paused
 * from the tray, and "don't show again" on the close-to-tray hint.
 */
export type InternalFlag = 'publishingPaused' | 'trayHintDismissed';

export function defaultPreferences(systemTimeZone: string): PreferencesValue {
  return { theme: 'system', timezone: systemTimeZone, launchAtLogin: false, catchUpGraceMinutes: 120, allowWeakKeyring: false };
}

export interface PreferencesService {
  get(): PreferencesValue;
  /** Validates and applies a patch; returns the complete, saved preferences. */
  update(patch: PreferencesPatch): PreferencesValue;
  /** Called after every successful update, with the new preferences. */
  onChange(listener: (preferences: PreferencesValue) => void): () => void;
  getWindowBounds(): WindowBounds | undefined;
  setWindowBounds(bounds: WindowBounds): void;
  flag(name: InternalFlag): boolean;
  setFlag(name: InternalFlag, value: boolean): void;
}

/**
 * Preferences with defaults and schema validation. A stored value that no longer validates (hand
 * edited, written by an older version, a time zone the system no longer knows) falls back to its
 * default key by key, so one bad value never resets the others or stops the app.
 */
export function createPreferencesService(backend: PreferencesBackend, systemTimeZone: string): PreferencesService {
  const defaults = defaultPreferences(systemTimeZone);
  const listeners = new Set<(preferences: PreferencesValue) => void>();

  const get = (): PreferencesValue => {
    const stored = backend.store;
    const result = { ...defaults };
    for (const key of Object.keys(defaults) as (keyof PreferencesValue)[]) {
      const parsed = Preferences.shape[key].safeParse(stored[key]);
      if (parsed.success) (result as Record<string, unknown>)[key] = parsed.data;
    }
    return result;
  };

  return {
    get,
    update(patch) {
      const next = Preferences.parse({ ...get(), ...PreferencesPatch.parse(patch) });
      backend.store = { ...backend.store, ...next };
      for (const listener of listeners) listener(next);
      return next;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getWindowBounds() {
      const parsed = WindowBounds.safeParse(backend.store.windowBounds);
      return parsed.success ? parsed.data : undefined;
    },
    setWindowBounds(bounds) {
      backend.store = { ...backend.store, windowBounds: WindowBounds.parse(bounds) };
    },
    flag(name) {
      return backend.store[name] === true;
    },
    setFlag(name, value) {
      backend.store = { ...backend.store, [name]: value };
    },
  };
}
