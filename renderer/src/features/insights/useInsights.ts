import { useStore } from 'zustand';
import { useAppServices } from '../../app/AppServicesContext';
import type { InsightsState } from './insightsStore';

export function useInsights<T>(selector: (state: InsightsState) => T): T {
  return useStore(useAppServices().insights, selector);
}
