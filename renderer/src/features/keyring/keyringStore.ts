import { createStore, type StoreApi } from 'zustand/vanilla';
import type { OutpostApi } from '../../../../preload/api';
import type { ErrorResult, KeyringStatus, Result } from '../../../../preload/contract';
import { settle } from '../../bridge/settle';
import { describeError } from '../../lib/describeError';
import type { SettingsStore } from '../settings/settingsStore';

/** An action that stopped at KEYRING_WEAK, waiting for the owner to decide about weak storage. */
export interface KeyringQuestion {
  /** Runs the action again once the owner accepted weaker storage. */
  retry: () => unknown;
  isAccepting: boolean;
  /** Why accepting did not work, in the owner's words. */
  problem: string | null;
}

export interface KeyringState {
  /** Where sign-ins are kept; null until loaded. */
  status: KeyringStatus | null;
  statusError: ErrorResult | null;
  /** Set while the "no password keyring" question is showing. */
  question: KeyringQuestion | null;

  loadStatus(): Promise<Result<KeyringStatus>>;
  /** Asks the owner about weak storage; `retry` runs if they accept. */
  ask(retry: () => unknown): void;
  /** The owner said no: nothing is stored and the action stays undone. */
  decline(): void;
  /** The owner accepted weaker storage: saves that choice, then runs the action again. */
  accept(): Promise<void>;
  /** Turns weaker storage on or off from Settings. */
  allowWeak(allow: boolean): Promise<Result<unknown>>;
}

export type KeyringStore = StoreApi<KeyringState>;

/** True for the answer that means "ask the owner about weak storage first". */
export function isKeyringWeak(result: Result<unknown> | null): result is ErrorResult {
  return result !== null && !result.ok && result.code === 'KEYRING_WEAK';
}

/**
 * The system keyring as the owner sees it: its status for Settings, and the one question Outpost
 * asks when there is none (Linux without GNOME Keyring or KWallet). The choice itself is a
 * preference (`allowWeakKeyring`), saved through the settings store.
 */
export function createKeyringStore(api: OutpostApi, settings: SettingsStore): KeyringStore {
  return createStore<KeyringState>()((set, get) => {
    const allowWeak = async (allow: boolean) => {
      const saved = await settings.getState().update({ allowWeakKeyring: allow });
      if (saved.ok) void get().loadStatus();
      return saved;
    };

    return {
      status: null,
      statusError: null,
      question: null,

      async loadStatus() {
        const result = await settle(() => api.keyring.status());
        set(result.ok ? { status: result.value, statusError: null } : { statusError: result });
        return result;
      },

      ask(retry) {
        set({ question: { retry, isAccepting: false, problem: null } });
      },

      decline() {
        if (get().question?.isAccepting) return;
        set({ question: null });
      },

      async accept() {
        const question = get().question;
        if (!question || question.isAccepting) return;
        set({ question: { ...question, isAccepting: true, problem: null } });
        const saved = await allowWeak(true);
        if (!saved.ok) {
          set({ question: { ...question, isAccepting: false, problem: describeError(saved) } });
          return;
        }
        set({ question: null });
        question.retry();
      },

      allowWeak,
    };
  });
}
