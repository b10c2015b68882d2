import { useStore } from 'zustand';
import { useAppServices } from '../../app/AppServicesContext';
import type { LibraryState } from './libraryStore';

export function useLibrary<T>(selector: (state: LibraryState) => T): T {
  return useStore(useAppServices().library, selector);
}
