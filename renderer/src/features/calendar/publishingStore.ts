import { createStore, type StoreApi } from 'zustand/vanilla';
import type { OutpostApi } from '../../../../preload/api';
import type { PublishingOverview, Result } from '../../../../preload/contract';
import { settle } from '../../bridge/settle';

export interface PublishingState {
  /** Null until main first answers. */
  overview: PublishingOverview | null;
  load(): Promise<Result<PublishingOverview>>;
  setPaused(paused: boolean): Promise<Result<PublishingOverview>>;
  /** Follows schedule.changed, which carries the overview with every change; returns a stop function. */
  connect(): () => void;
}

export type PublishingStore = StoreApi<PublishingState>;

/** The sidebar's picture of publishing: how many posts are coming, how many need the owner, paused or not. */
export function createPublishingStore(api: OutpostApi): PublishingStore {
  return createStore<PublishingState>()((set) => {
    const show = (result: Result<PublishingOverview>) => {
      if (result.ok) set({ overview: result.value });
      return result;
    };
    return {
      overview: null,
      load: async () => show(await settle(() => api.schedule.overview())),
      setPaused: async (paused) => show(await settle(() => api.schedule.setPaused({ paused }))),
      connect: () => api.on('schedule.changed', ({ overview }) => set({ overview })),
    };
  });
}
