import { useStore } from 'zustand';
import { useAppServices } from '../../../app/AppServicesContext';
import type { DeveloperAppsState } from './developerAppsStore';

export function useDeveloperApps<T>(selector: (state: DeveloperAppsState) => T): T {
  return useStore(useAppServices().developerApps, selector);
}
