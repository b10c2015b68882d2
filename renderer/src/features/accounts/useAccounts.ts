import { useStore } from 'zustand';
import { useAppServices } from '../../app/AppServicesContext';
import type { AccountsState } from './accountsStore';

export function useAccounts<T>(selector: (state: AccountsState) => T): T {
  return useStore(useAppServices().accounts, selector);
}
