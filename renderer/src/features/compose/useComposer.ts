import { useStore } from 'zustand';
import { useAppServices } from '../../app/AppServicesContext';
import type { ComposerState } from './composerStore';

export function useComposer<T>(selector: (state: ComposerState) => T): T {
  return useStore(useAppServices().composer, selector);
}
