import { useStore } from 'zustand';
import type { AppInfoState } from './appInfoStore';
import { useAppServices } from './AppServicesContext';

export function useAppInfo<T>(selector: (state: AppInfoState) => T): T {
  return useStore(useAppServices().appInfo, selector);
}
