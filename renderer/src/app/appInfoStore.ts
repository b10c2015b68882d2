import { createStore, type StoreApi } from 'zustand/vanilla';
import type { OutpostApi } from '../../../preload/api';
import type { AppInfo, ErrorResult, Result } from '../../../preload/contract';
import { settle } from '../bridge/settle';

export interface AppInfoState {
  /** Null until main answers. */
  info: AppInfo | null;
  error: ErrorResult | null;
  load(): Promise<Result<AppInfo>>;
}

export type AppInfoStore = StoreApi<AppInfoState>;

/** Version, mode and folders of this install, read once at start-up. */
export function createAppInfoStore(api: OutpostApi): AppInfoStore {
  return createStore<AppInfoState>()((set) => ({
    info: null,
    error: null,
    async load() {
      const result = await settle(() => api.app.info());
      set(result.ok ? { info: result.value, error: null } : { error: result });
      return result;
    },
  }));
}
