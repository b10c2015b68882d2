import { createStore, type StoreApi } from 'zustand/vanilla';
import type { OutpostApi } from '../../../../preload/api';
import type {
  AccountSummary,
  ConnectResult,
  DemoStatus,
  ErrorResult,
  Result,
  SignInNetwork,
} from '../../../../preload/contract';
import { settle } from '../../bridge/settle';
import { describeError } from '../../lib/describeError';

/** Where a connection stands: nothing, opening the sign-in, waiting for the browser, choosing what to add. */
export type ConnectState =
  | { kind: 'idle' }
  | { kind: 'starting'; network: SignInNetwork }
  /** `authorizationUrl` is set in browser mode, where the page opened the sign-in itself. */
  | { kind: 'waiting'; network: SignInNetwork; attemptId: string; authorizationUrl: string | null }
  | { kind: 'choosing'; network: SignInNetwork; result: ConnectResult; isSaving: boolean; problem: string | null };

/** A line under the connect buttons after a sign-in ended without accounts: calm, or a problem to act on. */
export interface ConnectNote {
  tone: 'calm' | 'problem';
  text: string;
}

export const SIGN_IN_CANCELLED = 'Sign-in cancelled; nothing was connected.';

export interface AccountsState {
  /** Null until the first load answers. */
  accounts: AccountSummary[] | null;
  status: DemoStatus | null;
  loadError: ErrorResult | null;
  /** The owner pressed "Try the demo": the demo's connect buttons show although nothing is connected yet. */
  isTryingDemo: boolean;
  connection: ConnectState;
  note: ConnectNote | null;

  load(): Promise<Result<AccountSummary[]>>;
  tryDemo(): void;
  /**
   * Starts a sign-in. Where main answers with the sign-in page's address (browser mode), it is
   * opened in a new tab as soon as main answers, still inside the press that started it, so the
   * browser treats it as the owner's own action and does not block it.
   */
  connect(network: SignInNetwork): Promise<void>;
  /** Stops waiting for the browser; main stops listening for the sign-in. */
  cancelConnect(): void;
  /** Adds the chosen accounts; resolves with how many were added, or null if it failed (the picker says why). */
  confirm(candidateIds: readonly string[]): Promise<number | null>;
  /** Closes the picker without adding anything; main forgets the sign-in. */
  dismissPicker(): void;
  /** Removes every demo account and their posts in one step. */
  removeDemo(): Promise<Result<null>>;
  /** Follows accounts.changed from main; returns a stop function. */
  connectEvents(): () => void;
}

export type AccountsStore = StoreApi<AccountsState>;

/** What demo.status answers, worked out from a list main sent (it counts the same rows). */
export function statusOf(accounts: readonly AccountSummary[]): DemoStatus {
  return { hasAnyAccount: accounts.length > 0, demoAccountCount: accounts.filter((account) => account.isDemo).length };
}

/**
 * The connected accounts and the connect flow. One sign-in at a time: starting another, or
 * cancelling, makes the earlier one's late answers count for nothing (each run has a number,
 * and only the latest may change the state).
 */
export function createAccountsStore(api: OutpostApi, win: Pick<Window, 'open'>): AccountsStore {
  let run = 0;

  return createStore<AccountsState>()((set, get) => {
    const showAccounts = (accounts: AccountSummary[]) => set({ accounts, status: statusOf(accounts), loadError: null });

    const endWithProblem = (error: ErrorResult) =>
      set({
        connection: { kind: 'idle' },
        note:
          error.code === 'AUTH_CANCELLED'
            ? { tone: 'calm', text: SIGN_IN_CANCELLED }
            : { tone: 'problem', text: describeError(error) },
      });

    return {
      accounts: null,
      status: null,
      loadError: null,
      isTryingDemo: false,
      connection: { kind: 'idle' },
      note: null,

      async load() {
        const [list, status] = await Promise.all([settle(() => api.accounts.list()), settle(() => api.demo.status())]);
        if (!list.ok) {
          set({ loadError: list });
          return list;
        }
        set({ accounts: list.value, status: status.ok ? status.value : statusOf(list.value), loadError: null });
        return list;
      },

      tryDemo() {
        set({ isTryingDemo: true });
      },

      async connect(network) {
        const mine = ++run;
        const previous = get().connection;
        if (previous.kind === 'waiting' || previous.kind === 'choosing') {
          void settle(() => api.accounts.cancelConnect({ attemptId: attemptOf(previous) }));
        }
        set({ connection: { kind: 'starting', network }, note: null });

        const started = await settle(() => api.accounts.beginConnect({ network, demo: true }));
        if (mine !== run) {
          if (started.ok) void settle(() => api.accounts.cancelConnect({ attemptId: started.value.attemptId }));
          return;
        }
        if (!started.ok) {
          endWithProblem(started);
          return;
        }
        const { attemptId, authorizationUrl } = started.value;
        if (authorizationUrl) openSignInPage(win, authorizationUrl);
        set({ connection: { kind: 'waiting', network, attemptId, authorizationUrl: authorizationUrl ?? null } });

        const finished = await settle(() => api.accounts.finishConnect({ attemptId }));
        if (mine !== run) return;
        if (!finished.ok) {
          endWithProblem(finished);
          return;
        }
        set({ connection: { kind: 'choosing', network, result: finished.value, isSaving: false, problem: null } });
      },

      cancelConnect() {
        const current = get().connection;
        if (current.kind === 'idle') return;
        run++;
        if (current.kind !== 'starting') void settle(() => api.accounts.cancelConnect({ attemptId: attemptOf(current) }));
        set({ connection: { kind: 'idle' }, note: { tone: 'calm', text: SIGN_IN_CANCELLED } });
      },

      async confirm(candidateIds) {
        const current = get().connection;
        if (current.kind !== 'choosing' || current.isSaving) return null;
        const mine = run;
        set({ connection: { ...current, isSaving: true, problem: null } });
        const saved = await settle(() =>
          api.accounts.confirmConnect({ attemptId: current.result.attemptId, candidateIds: [...candidateIds] }),
        );
        if (mine !== run) return null;
        if (!saved.ok) {
          set({ connection: { ...current, isSaving: false, problem: describeError(saved) } });
          return null;
        }
        run++;
        showAccounts(saved.value);
        set({ connection: { kind: 'idle' }, note: null });
        return candidateIds.length;
      },

      dismissPicker() {
        const current = get().connection;
        if (current.kind !== 'choosing') return;
        run++;
        void settle(() => api.accounts.cancelConnect({ attemptId: current.result.attemptId }));
        set({ connection: { kind: 'idle' }, note: null });
      },

      async removeDemo() {
        const removed = await settle(() => api.demo.remove());
        if (removed.ok) {
          run++;
          const remaining = (get().accounts ?? []).filter((account) => !account.isDemo);
          showAccounts(remaining);
          set({ isTryingDemo: false, connection: { kind: 'idle' }, note: null });
        }
        return removed;
      },

      connectEvents() {
        return api.on('accounts.changed', showAccounts);
      },
    };
  });
}

function attemptOf(state: Extract<ConnectState, { kind: 'waiting' | 'choosing' }>): string {
  return state.kind === 'waiting' ? state.attemptId : state.result.attemptId;
}

/**
 * Opens the sign-in page in a new tab. The new tab is cut off from this page (no `opener`), so
 * nothing it loads can navigate Outpost; a blocked pop-up is fine, the waiting line links to it.
 */
function openSignInPage(win: Pick<Window, 'open'>, url: string): void {
  const opened = win.open(url, '_blank');
  try {
    if (opened) opened.opener = null;
  } catch {
    // Some browsers refuse the write once the tab has moved to another origin; nothing to undo.
  }
}
