import { createStore, type StoreApi } from 'zustand/vanilla';
import type { OutpostApi } from '../../../../../preload/api';
import type {
  DeveloperAppCredentials,
  DeveloperAppKind,
  DeveloperAppStatus,
  ErrorResult,
  Result,
} from '../../../../../preload/contract';
import { settle } from '../../../bridge/settle';

export interface DeveloperAppsState {
  /** Each kind's status; null until loaded. Never holds a secret. */
  apps: DeveloperAppStatus[] | null;
  loadError: ErrorResult | null;
  /** The kind whose setup guide is open. */
  guide: DeveloperAppKind | null;

  load(): Promise<Result<DeveloperAppStatus[]>>;
  openGuide(kind: DeveloperAppKind): void;
  closeGuide(): void;
  /** Checks an id and secret with the platform; saves nothing. */
  test(credentials: DeveloperAppCredentials): Promise<Result<null>>;
  /** Tests, then saves (the secret goes to the keyring in main, and nowhere in this store). */
  save(credentials: DeveloperAppCredentials): Promise<Result<DeveloperAppStatus[]>>;
  remove(kind: DeveloperAppKind): Promise<Result<DeveloperAppStatus[]>>;
}

export type DeveloperAppsStore = StoreApi<DeveloperAppsState>;

/** The owner's developer apps (Meta, Instagram Login, TikTok) and which setup guide is open. */
export function createDeveloperAppsStore(api: OutpostApi): DeveloperAppsStore {
  return createStore<DeveloperAppsState>()((set) => {
    const keep = (result: Result<DeveloperAppStatus[]>) => {
      if (result.ok) set({ apps: result.value, loadError: null });
      return result;
    };
    return {
      apps: null,
      loadError: null,
      guide: null,

      async load() {
        const result = await settle(() => api.developerApps.list());
        if (!result.ok) set({ loadError: result });
        return keep(result);
      },
      openGuide(kind) {
        set({ guide: kind });
      },
      closeGuide() {
        set({ guide: null });
      },
      test(credentials) {
        return settle(() => api.developerApps.test(credentials));
      },
      async save(credentials) {
        return keep(await settle(() => api.developerApps.save(credentials)));
      },
      async remove(kind) {
        return keep(await settle(() => api.developerApps.remove({ kind })));
      },
    };
  });
}

/** The status of one kind, or null while the list is not loaded. */
export function appOf(apps: readonly DeveloperAppStatus[] | null, kind: DeveloperAppKind): DeveloperAppStatus | null {
  return apps?.find((app) => app.kind === kind) ?? null;
}
