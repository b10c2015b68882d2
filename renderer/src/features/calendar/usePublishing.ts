import { useStore } from 'zustand';
import { useAppServices } from '../../app/AppServicesContext';
import type { PublishingState } from './publishingStore';

export function usePublishing<T>(selector: (state: PublishingState) => T): T {
  return useStore(useAppServices().publishing, selector);
}
