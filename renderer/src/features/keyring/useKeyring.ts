import { useStore } from 'zustand';
import { useAppServices } from '../../app/AppServicesContext';
import type { KeyringState } from './keyringStore';

export function useKeyring<T>(selector: (state: KeyringState) => T): T {
  return useStore(useAppServices().keyring, selector);
}
