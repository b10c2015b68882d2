import { useStore } from 'zustand';
import { useAppServices } from '../../app/AppServicesContext';
import type { DraftsState } from './draftsStore';

export function useDrafts<T>(selector: (state: DraftsState) => T): T {
  return useStore(useAppServices().drafts, selector);
}
