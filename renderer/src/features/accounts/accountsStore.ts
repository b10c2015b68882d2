import { createStore, type StoreApi } from 'zustand/vanilla';
import type { OutpostApi } from '../../../../preload/api';
import type {
  AccountSummary,
  ConnectResult,
  DemoStatus,
  ErrorResult,
  RequestOf,
  ResponseOf,
  Result,
} from '../../../../preload/contract';
import { settle } from '../../bridge/settle';
import { describeError } from '../../lib/describeError';
import { isKeyringWeak } from '../keyring/keyringStore';
import type { ConnectRequest } from './connect/connectRequests';

/** Where a connection stands: nothing, opening the sign-in, waiting for the browser, choosing what to add. */
export type ConnectState =
  | { kind: 'idle' }
  | { kind: 'starting'; request: ConnectRequest }
  /** `authorizationUrl` is set in browser mode, where the page opened the sign-in itself. */
  | { kind: 'waiting'; request: ConnectRequest; attemptId: string; authorizationUrl: string | null }
  | { kind: 'choosing'; request: ConnectRequest; result: ConnectResult; isSaving: boolean; problem: string | null };

/** How the last sign-in ended without accounts: the owner pressed Cancel here, or main said why. */
export type ConnectEnding =
  | { kind: 'cancelled'; request: ConnectRequest }
  | { kind: 'failed'; request: ConnectRequest; error: ErrorResult };

export interface AccountsState {
  /** Null until the first load answers. */
  accounts: AccountSummary[] | null;
  status: DemoStatus | null;
  loadError: ErrorResult | null;
  /** The owner pressed "Try the demo": the demo's connect buttons show although nothing is connected yet. */
  isTryingDemo: boolean;
  connection: ConnectState;
  /** Set after a sign-in ended without accounts, until the next one starts. */
  ending: ConnectEnding | null;

  load(): Promise<Result<AccountSummary[]>>;
  tryDemo(): void;
  /**
   * Starts a sign-in and waits for the browser. Where main answers with the sign-in page's address
   * (browser mode), it is opened in a new tab as soon as main answers, still inside the press that
   * started it, so the browser treats it as the owner's own action and does not block it.
   * Resolves with the error it stopped at (KEYRING_WEAK is left to the caller to ask about), or
   * null once the picker shows or a newer sign-in took over.
   */
  connect(request: ConnectRequest): Promise<ErrorResult | null>;
  /** Stops waiting for the browser; main stops listening for the sign-in. */
  cancelConnect(): void;
  /**
   * Adds the chosen accounts: resolves with how many, or main's error (a problem the picker shows,
   * except KEYRING_WEAK), or null when there was no picker to confirm.
   */
  confirm(candidateIds: readonly string[]): Promise<Result<number> | null>;
  /** Closes the picker without adding anything; main forgets the sign-in. */
  dismissPicker(): void;
  disconnect(request: RequestOf<'accounts.disconnect'>): Promise<Result<ResponseOf<'accounts.disconnect'>>>;
  /** Checks every account with its platform now; the list shows the answer. */
  checkHealth(): Promise<Result<AccountSummary[]>>;
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

/** Whether the sign-in going on, or the one that just ended, is a demo one: the demo panel shows its progress. */
export function isDemoSignIn(state: Pick<AccountsState, 'connection' | 'ending'>): boolean {
  if (state.connection.kind !== 'idle') return state.connection.request.demo;
  return state.ending?.request.demo ?? false;
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

    /** The sign-in stopped; the keyring question speaks for itself, anything else stays as the ending. */
    const endWith = (request: ConnectRequest, error: ErrorResult) => {
      set({ connection: { kind: 'idle' }, ending: isKeyringWeak(error) ? null : { kind: 'failed', request, error } });
      return error;
    };

    return {
      accounts: null,
      status: null,
      loadError: null,
      isTryingDemo: false,
      connection: { kind: 'idle' },
      ending: null,

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

      async connect(request) {
        const mine = ++run;
        const previous = get().connection;
        if (previous.kind === 'waiting' || previous.kind === 'choosing') {
          void settle(() => api.accounts.cancelConnect({ attemptId: attemptOf(previous) }));
        }
        set({ connection: { kind: 'starting', request }, ending: null });

        const started = await settle(() => api.accounts.beginConnect(request));
        if (mine !== run) {
          if (started.ok) void settle(() => api.accounts.cancelConnect({ attemptId: started.value.attemptId }));
          return null;
        }
        if (!started.ok) return endWith(request, started);
        const { attemptId, authorizationUrl } = started.value;
        if (authorizationUrl) openSignInPage(win, authorizationUrl);
        set({ connection: { kind: 'waiting', request, attemptId, authorizationUrl: authorizationUrl ?? null } });

        const finished = await settle(() => api.accounts.finishConnect({ attemptId }));
        if (mine !== run) return null;
        if (!finished.ok) return endWith(request, finished);
        set({ connection: { kind: 'choosing', request, result: finished.value, isSaving: false, problem: null } });
        return null;
      },

      cancelConnect() {
        const current = get().connection;
        if (current.kind === 'idle') return;
        run++;
        if (current.kind !== 'starting') void settle(() => api.accounts.cancelConnect({ attemptId: attemptOf(current) }));
        set({ connection: { kind: 'idle' }, ending: { kind: 'cancelled', request: current.request } });
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
          set({ connection: { ...current, isSaving: false, problem: isKeyringWeak(saved) ? null : describeError(saved) } });
          return saved;
        }
        run++;
        showAccounts(saved.value);
        set({ connection: { kind: 'idle' }, ending: null });
        return { ok: true, value: candidateIds.length };
      },

      dismissPicker() {
        const current = get().connection;
        if (current.kind !== 'choosing') return;
        run++;
        void settle(() => api.accounts.cancelConnect({ attemptId: current.result.attemptId }));
        set({ connection: { kind: 'idle' }, ending: null });
      },

      async disconnect(request) {
        const result = await settle(() => api.accounts.disconnect(request));
        if (result.ok) showAccounts((get().accounts ?? []).filter((account) => account.id !== request.accountId));
        return result;
      },

      async checkHealth() {
        const result = await settle(() => api.accounts.checkHealth());
        if (result.ok) showAccounts(result.value);
        return result;
      },

      async removeDemo() {
        const removed = await settle(() => api.demo.remove());
        if (removed.ok) {
          run++;
          const remaining = (get().accounts ?? []).filter((account) => !account.isDemo);
          showAccounts(remaining);
          set({ isTryingDemo: false, connection: { kind: 'idle' }, ending: null });
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
