import { useStore } from 'zustand';
import { useAppServices } from '../../app/AppServicesContext';
import type { SettingsState } from './settingsStore';

export function useSettings<T>(selector: (state: SettingsState) => T): T {
  return useStore(useAppServices().settings, selector);
}
