import { useStore } from 'zustand';
import type { NavigationState } from './navigationStore';
import { useAppServices } from './AppServicesContext';

export function useNavigation<T>(selector: (state: NavigationState) => T): T {
  return useStore(useAppServices().navigation, selector);
}
