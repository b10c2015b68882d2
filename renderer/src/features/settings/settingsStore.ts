import { createStore, type StoreApi } from 'zustand/vanilla';
import type { OutpostApi } from '../../../../preload/api';
import type { ErrorResult, Preferences, PreferencesPatch, Result } from '../../../../preload/contract';
import { settle } from '../../bridge/settle';
import type { ThemeController } from './themeController';

export interface SettingsState {
  /** Null until the first load answers. */
  preferences: Preferences | null;
  loadError: ErrorResult | null;
  load(): Promise<Result<Preferences>>;
  /**
   * Saves a change. It shows at once (optimistic) and is put back if main refuses it; the result
   * tells the caller which, so it can confirm or show the message.
   */
  update(patch: PreferencesPatch): Promise<Result<Preferences>>;
  /** Follows changes made elsewhere (tray, another window) and the OS theme; returns a stop function. */
  connect(): () => void;
}

export type SettingsStore = StoreApi<SettingsState>;

/** The owner's preferences as main keeps them, with the theme applied to the page as they change. */
export function createSettingsStore(api: OutpostApi, theme: ThemeController): SettingsStore {
  const store = createStore<SettingsState>()((set, get) => ({
    preferences: null,
    loadError: null,

    async load() {
      const result = await settle(() => api.settings.get());
      set(result.ok ? { preferences: result.value, loadError: null } : { loadError: result });
      return result;
    },

    async update(patch) {
      const before = get().preferences;
      if (before) set({ preferences: { ...before, ...patch } });
      const result = await settle(() => api.settings.set(patch));
      if (result.ok) {
        set({ preferences: result.value });
      } else if (before) {
        set((state) => ({ preferences: state.preferences && restoreKeys(state.preferences, before, patch) }));
      }
      return result;
    },

    connect() {
      const stopFollowingOs = theme.connect();
      const stopListening = api.on('settings.changed', (preferences) => set({ preferences }));
      return () => {
        stopFollowingOs();
        stopListening();
      };
    },
  }));

  theme.follow('system');
  store.subscribe((state, previous) => {
    const next = state.preferences?.theme;
    if (next && next !== previous.preferences?.theme) theme.follow(next);
  });
  return store;
}

/** Undoes only the keys a failed patch touched, so a change saved meanwhile is kept. */
function restoreKeys(current: Preferences, before: Preferences, patch: PreferencesPatch): Preferences {
  const restored = { ...current };
  for (const key of Object.keys(patch) as (keyof Preferences)[]) {
    (restored as Record<string, unknown>)[key] = before[key];
  }
  return restored;
}
