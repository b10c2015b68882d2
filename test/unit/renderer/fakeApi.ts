/**
 * A fake `window.api` for renderer tests, built with the real createOutpostApi over an in-memory
 * transport. Handlers are typed from the contract, so a changed channel or payload breaks this
 * file at compile time instead of letting tests pass against a shape main no longer has.
 */
import { createOutpostApi, type OutpostApi } from '../../../preload/api';
import type {
  AccountSummary,
  AppInfo,
  Channel,
  ConnectCandidate,
  ConnectResult,
  EventName,
  EventPayloadOf,
  Preferences,
  RequestOf,
  ResponseOf,
  Result,
  SignInNetwork,
} from '../../../preload/contract';

export type FakeHandlers = {
  [C in Channel]: (request: RequestOf<C>) => Result<ResponseOf<C>> | Promise<Result<ResponseOf<C>>>;
};

export interface FakeApi {
  api: OutpostApi;
  /** Every call made, in order, with its payload. */
  calls: { channel: Channel; payload: unknown }[];
  /** The preferences main holds now (settings.set writes here). */
  preferences: Preferences;
  /** The accounts main holds now (accounts.confirmConnect and demo.remove change them). */
  accounts: AccountSummary[];
  /**
   * Sign-ins waiting in the browser, newest last. accounts.finishConnect answers when the test
   * calls `finish` (or when accounts.cancelConnect cancels it), as main does when the owner is done.
   */
  signIns: FakeSignIn[];
  /** Pushes an event to the renderer, as main does. */
  emit<E extends EventName>(event: E, payload: EventPayloadOf<E>): void;
  /** Replaces one channel's behaviour. */
  handle<C extends Channel>(channel: C, handler: FakeHandlers[C]): void;
}

export interface FakeSignIn {
  attemptId: string;
  network: SignInNetwork;
  /** Ends the browser part: with the network's demo candidates by default, or the given answer. */
  finish(outcome?: Result<ConnectResult>): void;
}

/** What the demo sign-ins offer: the bakery's Page with its Instagram account, and its TikTok. */
export function demoCandidates(network: SignInNetwork, connected: readonly AccountSummary[] = []): ConnectCandidate[] {
  const isConnected = (candidateId: string) => connected.some((account) => account.id === accountIdOf(candidateId));
  const candidate = (c: Omit<ConnectCandidate, 'alreadyConnected'>): ConnectCandidate => ({
    ...c,
    alreadyConnected: isConnected(c.candidateId),
  });
  return network === 'meta'
    ? [
        candidate({ candidateId: 'facebook:page-1', platform: 'facebook', displayName: "Rosie's Bakery", username: null, linkedCandidateId: null }),
        candidate({
          candidateId: 'instagram:ig-1',
          platform: 'instagram',
          displayName: 'Rosie Bakes',
          username: 'rosiesbakery',
          linkedCandidateId: 'facebook:page-1',
        }),
      ]
    : [candidate({ candidateId: 'tiktok:tt-1', platform: 'tiktok', displayName: 'Rosie on TikTok', username: 'rosie.bakes', linkedCandidateId: null })];
}

/** The account id the fake gives a candidate once it is added. */
export function accountIdOf(candidateId: string): string {
  return `account-${candidateId.replace(':', '-')}`;
}

export function demoAccount(candidate: ConnectCandidate, linkedAccountId: string | null = null): AccountSummary {
  return {
    id: accountIdOf(candidate.candidateId),
    platform: candidate.platform,
    displayName: candidate.displayName,
    username: candidate.username,
    avatarUrl: null,
    isDemo: true,
    health: 'connected',
    linkedAccountId,
  };
}

/** The three demo accounts as main lists them once all are connected. */
export function allDemoAccounts(): AccountSummary[] {
  const [page, instagram] = demoCandidates('meta') as [ConnectCandidate, ConnectCandidate];
  const [tiktok] = demoCandidates('tiktok') as [ConnectCandidate];
  return [demoAccount(page), demoAccount(instagram, accountIdOf(page.candidateId)), demoAccount(tiktok)];
}

export const DEFAULT_PREFERENCES: Preferences = {
  theme: 'system',
  timezone: 'Europe/Paris',
  launchAtLogin: false,
  catchUpGraceMinutes: 120,
};

export const DEFAULT_APP_INFO: AppInfo = {
  name: 'Outpost',
  version: '0.1.0',
  mode: 'desktop',
  dataDirectory: '/home/baker/.config/Outpost',
  logDirectory: '/home/baker/.config/Outpost/logs',
  startupNotices: [],
};

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

const cancelled: Result<never> = { ok: false, code: 'AUTH_CANCELLED', message: 'You cancelled the sign-in.' };
const unknownAttempt: Result<never> = {
  ok: false,
  code: 'VALIDATION_FAILED',
  message: 'That sign-in is no longer open.',
  action: 'Start connecting again.',
};

export function createFakeApi(
  options: { preferences?: Partial<Preferences>; appInfo?: Partial<AppInfo>; accounts?: AccountSummary[] } = {},
): FakeApi {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const calls: FakeApi['calls'] = [];
  let attempts = 0;
  /** What each sign-in's finishConnect answers with, once the browser part ends. */
  const outcomes = new Map<string, Promise<Result<ConnectResult>>>();
  /** The candidates a finished sign-in offered, which confirmConnect may add. */
  const answered = new Map<string, ConnectCandidate[]>();

  const emit: FakeApi['emit'] = (event, payload) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };

  const fake: FakeApi = {
    api: undefined as unknown as OutpostApi,
    calls,
    preferences: { ...DEFAULT_PREFERENCES, ...options.preferences },
    accounts: [...(options.accounts ?? [])],
    signIns: [],
    emit,
    handle(channel, handler) {
      (handlers as Record<Channel, unknown>)[channel] = handler;
    },
  };

  // The defaults behave like main: settings.set merges, saves and announces the change.
  const handlers: FakeHandlers = {
    'app.info': () => ok({ ...DEFAULT_APP_INFO, ...options.appInfo }),
    'settings.get': () => ok(fake.preferences),
    'settings.set': (patch) => {
      fake.preferences = { ...fake.preferences, ...patch };
      emit('settings.changed', fake.preferences);
      return ok(fake.preferences);
    },
    'diagnostics.get': () => ok({ text: 'Outpost 0.1.0 (desktop mode)\nPlatform: linux x64' }),
    'diagnostics.openLogFolder': () => ok(null),
    // Accounts behave like main in the mode app.info reports: in browser mode beginConnect hands
    // the sign-in page's address to the renderer, in the desktop app main opens it itself.
    'accounts.list': () => ok(fake.accounts),
    'accounts.beginConnect': ({ network }) => {
      for (const open of fake.signIns.splice(0)) open.finish(cancelled);
      const attemptId = `attempt-${++attempts}`;
      let answer!: (outcome: Result<ConnectResult>) => void;
      const outcome = new Promise<Result<ConnectResult>>((resolve) => (answer = resolve));
      const signIn: FakeSignIn = {
        attemptId,
        network,
        finish(given) {
          fake.signIns = fake.signIns.filter((open) => open !== signIn);
          const result = given ?? ok({ attemptId, candidates: demoCandidates(network, fake.accounts), missingScopes: [] });
          if (result.ok) answered.set(attemptId, result.value.candidates);
          answer(result);
        },
      };
      outcomes.set(attemptId, outcome);
      fake.signIns.push(signIn);
      const browserMode = (options.appInfo?.mode ?? DEFAULT_APP_INFO.mode) === 'browser';
      return ok(browserMode ? { attemptId, authorizationUrl: `http://127.0.0.1:9999/dialog/oauth?attempt=${attemptId}` } : { attemptId });
    },
    'accounts.finishConnect': ({ attemptId }) => outcomes.get(attemptId) ?? unknownAttempt,
    'accounts.cancelConnect': ({ attemptId }) => {
      fake.signIns.find((open) => open.attemptId === attemptId)?.finish(cancelled);
      answered.delete(attemptId);
      return ok(null);
    },
    'accounts.confirmConnect': ({ attemptId, candidateIds }) => {
      const candidates = answered.get(attemptId);
      if (!candidates) return unknownAttempt;
      answered.delete(attemptId);
      const chosen = candidates.filter((candidate) => candidateIds.includes(candidate.candidateId));
      for (const candidate of chosen) {
        const linked = candidate.linkedCandidateId && candidateIds.includes(candidate.linkedCandidateId) ? accountIdOf(candidate.linkedCandidateId) : null;
        const account = demoAccount(candidate, linked);
        fake.accounts = [...fake.accounts.filter((existing) => existing.id !== account.id), account];
      }
      emit('accounts.changed', fake.accounts);
      return ok(fake.accounts);
    },
    'demo.status': () =>
      ok({ hasAnyAccount: fake.accounts.length > 0, demoAccountCount: fake.accounts.filter((account) => account.isDemo).length }),
    'demo.remove': () => {
      fake.accounts = fake.accounts.filter((account) => !account.isDemo);
      emit('accounts.changed', fake.accounts);
      return ok(null);
    },
  };

  fake.api = createOutpostApi({
    async invoke(channel, payload) {
      calls.push({ channel, payload });
      const handler = handlers[channel] as (request: unknown) => unknown;
      return handler(payload);
    },
    subscribe(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  });
  return fake;
}
