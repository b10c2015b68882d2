/**
 * A fake `window.api` for renderer tests, built with the real createOutpostApi over an in-memory
 * transport. Handlers are typed from the contract, so a changed channel or payload breaks this
 * file at compile time instead of letting tests pass against a shape main no longer has. Every
 * request is checked against the contract's schema first, as main's guard does, so a payload main
 * would refuse is refused here too (VALIDATION_FAILED), and recorded either way.
 */
import { createOutpostApi, type OutpostApi } from '../../../preload/api';
import {
  channels,
  type AccountHealth,
  type AccountQueueSlots,
  type AccountSummary,
  type AppInfo,
  type BucketSettings,
  type Channel,
  type ConnectCandidate,
  type ConnectResult,
  type DeveloperAppKind,
  type DeveloperAppStatus,
  type EventName,
  type EventPayloadOf,
  type KeyringStatus,
  type MediaItem,
  type ParsedRequestOf,
  type PostDraft,
  type Preferences,
  type ResponseOf,
  type Result,
  type SignInNetwork,
} from '../../../preload/contract';
import { createFakeComposer, type FakeComposerStore } from './fakeComposer';
import { createFakeInsights, type FakeInsightsStore } from './fakeInsights';
import { createFakeSchedule, type FakeScheduleStore, type FakeTarget } from './fakeSchedule';
import { createFakeStaging, type FakeStagingStore } from './fakeStaging';

export type FakeHandlers = {
  [C in Channel]: (request: ParsedRequestOf<C>) => Result<ResponseOf<C>> | Promise<Result<ResponseOf<C>>>;
};

export interface FakeApi {
  api: OutpostApi;
  /** Every call made, in order, with its payload as the renderer sent it. */
  calls: { channel: Channel; payload: unknown }[];
  /** The payloads of every call to one channel, in order. */
  callsTo(channel: Channel): unknown[];
  /** The preferences main holds now (settings.set writes here). */
  preferences: Preferences;
  /** The accounts main holds now (confirmConnect, disconnect, checkHealth and demo.remove change them). */
  accounts: AccountSummary[];
  /** The developer apps main holds now (save and remove change them); never a secret. */
  developerApps: DeveloperAppStatus[];
  /** Where main keeps secrets; settings.set of allowWeakKeyring moves it between weak_refused and weak_accepted. */
  keyring: KeyringStatus;
  /** The posts and media main holds now (fakeComposer.ts). */
  composer: FakeComposerStore;
  /** The scheduled targets, posting times and paused switch main holds now, and its clock (fakeSchedule.ts). */
  schedule: FakeScheduleStore;
  /** The storage bucket main holds now, never its secret (fakeStaging.ts). */
  staging: FakeStagingStore;
  /** The dashboard, post histories, collection status and slot suggestions main holds now (fakeInsights.ts). */
  insights: FakeInsightsStore;
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

/** The instant the fake's accounts were connected and last checked. */
export const CONNECTED_AT = '2025-11-03T09:15:00.000Z';
export const CHECKED_AT = '2025-12-06T08:00:00.000Z';

/** A healthy account's health: checked, nothing missing, no deadline (a Facebook Page's sign-in does not expire). */
export function healthy(overrides: Partial<AccountHealth> = {}): AccountHealth {
  return {
    state: 'connected',
    reason: null,
    tokenExpiresAt: null,
    dataAccessExpiresAt: null,
    missingPermissions: [],
    checkedAt: CHECKED_AT,
    ...overrides,
  };
}

/** What each sign-in grants when the owner allows everything (main's signInScopes). */
export const GRANTED_SCOPES: Record<AccountSummary['loginPath'], string[]> = {
  facebook_login: [
    'pages_show_list',
    'business_management',
    'pages_manage_posts',
    'pages_manage_engagement',
    'pages_read_engagement',
    'read_insights',
    'publish_video',
    'instagram_basic',
    'instagram_content_publish',
    'instagram_manage_comments',
    'instagram_manage_insights',
  ],
  instagram_login: [
    'instagram_business_basic',
    'instagram_business_content_publish',
    'instagram_business_manage_comments',
    'instagram_business_manage_insights',
  ],
  tiktok_login: ['user.info.basic', 'user.info.profile', 'user.info.stats', 'video.list', 'video.upload', 'video.publish'],
};

const loginPathOf = (candidate: ConnectCandidate): AccountSummary['loginPath'] =>
  candidate.platform === 'tiktok' ? 'tiktok_login' : 'facebook_login';

export function demoAccount(candidate: ConnectCandidate, linkedAccountId: string | null = null): AccountSummary {
  const loginPath = loginPathOf(candidate);
  return {
    id: accountIdOf(candidate.candidateId),
    platform: candidate.platform,
    displayName: candidate.displayName,
    username: candidate.username,
    avatarUrl: null,
    isDemo: true,
    loginPath,
    health: healthy(
      loginPath === 'tiktok_login'
        ? { tokenExpiresAt: '2026-11-03T09:15:00.000Z' }
        : { dataAccessExpiresAt: '2026-02-01T09:15:00.000Z' },
    ),
    grantedScopes: GRANTED_SCOPES[loginPath],
    connectedAt: CONNECTED_AT,
    linkedAccountId,
    tiktokCreator: null,
  };
}

/**
 * The owner's own (live) accounts: the bakery's Facebook Page and the Instagram account linked to
 * it, through Facebook Login; a second shop's Instagram through Instagram Login; and TikTok.
 */
export function liveAccounts(): AccountSummary[] {
  const base = { avatarUrl: null, isDemo: false, connectedAt: CONNECTED_AT, tiktokCreator: null };
  return [
    {
      ...base,
      id: 'acc-page',
      platform: 'facebook',
      displayName: 'Crumb & Co Bakery',
      username: null,
      loginPath: 'facebook_login',
      health: healthy({ dataAccessExpiresAt: '2026-02-01T09:15:00.000Z' }),
      grantedScopes: GRANTED_SCOPES.facebook_login,
      linkedAccountId: null,
    },
    {
      ...base,
      id: 'acc-ig-page',
      platform: 'instagram',
      displayName: 'Crumb & Co',
      username: 'crumbandco',
      avatarUrl: 'data:image/png;base64,iVBORw0KGgo=',
      loginPath: 'facebook_login',
      health: healthy({ dataAccessExpiresAt: '2026-02-01T09:15:00.000Z' }),
      grantedScopes: GRANTED_SCOPES.facebook_login,
      linkedAccountId: 'acc-page',
    },
    {
      ...base,
      id: 'acc-ig-direct',
      platform: 'instagram',
      displayName: 'Crumb Market Stall',
      username: 'crumbmarket',
      loginPath: 'instagram_login',
      health: healthy({ tokenExpiresAt: '2026-01-30T10:00:00.000Z' }),
      grantedScopes: GRANTED_SCOPES.instagram_login,
      linkedAccountId: null,
    },
    {
      ...base,
      id: 'acc-tiktok',
      platform: 'tiktok',
      displayName: 'Crumb & Co on TikTok',
      username: 'crumb.and.co',
      loginPath: 'tiktok_login',
      health: healthy({ tokenExpiresAt: '2026-11-03T09:15:00.000Z' }),
      grantedScopes: GRANTED_SCOPES.tiktok_login,
      linkedAccountId: null,
    },
  ];
}

/** One of liveAccounts() by id, with changes. */
export function liveAccount(id: string, overrides: Partial<AccountSummary> = {}): AccountSummary {
  const account = liveAccounts().find((candidate) => candidate.id === id);
  if (!account) throw new Error(`No live account ${id}.`);
  return { ...account, ...overrides };
}

/** Developer app statuses as main lists them; a kind given an app id is saved, the rest are not set up. */
export function developerApps(
  setUp: Partial<Record<DeveloperAppKind, { appId: string; source?: 'saved' | 'environment' }>> = {},
): DeveloperAppStatus[] {
  const details: Record<DeveloperAppKind, Pick<DeveloperAppStatus, 'redirectUri' | 'scopes'>> = {
    meta: { redirectUri: 'http://127.0.0.1:8137/callback/', scopes: GRANTED_SCOPES.facebook_login },
    instagram: { redirectUri: 'http://127.0.0.1:8137/callback/', scopes: GRANTED_SCOPES.instagram_login },
    tiktok: { redirectUri: 'http://127.0.0.1:*/callback/', scopes: GRANTED_SCOPES.tiktok_login },
  };
  return (['meta', 'instagram', 'tiktok'] as const).map((kind) => {
    const app = setUp[kind];
    return {
      kind,
      ...details[kind],
      source: app ? (app.source ?? 'saved') : 'none',
      appId: app?.appId ?? null,
      savedAt: app && (app.source ?? 'saved') === 'saved' ? '2025-12-01T10:00:00.000Z' : null,
    };
  });
}

/** Well-formed credentials for each kind (the platforms' formats, not real apps). */
export const VALID_CREDENTIALS: Record<DeveloperAppKind, { appId: string; appSecret: string }> = {
  meta: { appId: '1234567890123456', appSecret: '0123456789abcdef0123456789abcdef' },
  instagram: { appId: '9876543210987654', appSecret: 'fedcba9876543210fedcba9876543210' },
  tiktok: { appId: 'awx1y2z3b4c5d6e7', appSecret: 'Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0Fe' },
};

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
  allowWeakKeyring: false,
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

export interface FakeApiOptions {
  preferences?: Partial<Preferences>;
  appInfo?: Partial<AppInfo>;
  accounts?: AccountSummary[];
  developerApps?: DeveloperAppStatus[];
  keyring?: KeyringStatus;
  posts?: PostDraft[];
  media?: MediaItem[];
  targets?: FakeTarget[];
  slots?: AccountQueueSlots[];
  /** The saved storage bucket; none by default. */
  bucket?: BucketSettings | null;
  /**
   * The channels that store a secret, and so answer KEYRING_WEAK while the keyring is weak and
   * the owner has not accepted weaker storage. By default: saving accounts, developer apps and the bucket.
   */
  secretWriters?: Channel[];
}

const KEYRING_WEAK: Result<never> = {
  ok: false,
  code: 'KEYRING_WEAK',
  message: 'This computer has no password keyring, so sign-ins could only be stored with weak protection.',
};

export function createFakeApi(options: FakeApiOptions = {}): FakeApi {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const calls: FakeApi['calls'] = [];
  let attempts = 0;
  /** What each sign-in's finishConnect answers with, once the browser part ends. */
  const outcomes = new Map<string, Promise<Result<ConnectResult>>>();
  /** The candidates a finished sign-in offered, which confirmConnect may add. */
  const answered = new Map<string, ConnectCandidate[]>();

  const secretWriters = options.secretWriters ?? ['accounts.confirmConnect', 'developerApps.save', 'staging.save'];
  const composer = createFakeComposer({ posts: options.posts, media: options.media });

  const emit: FakeApi['emit'] = (event, payload) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };

  const fake: FakeApi = {
    api: undefined as unknown as OutpostApi,
    calls,
    callsTo: (channel) => calls.filter((call) => call.channel === channel).map((call) => call.payload),
    preferences: { ...DEFAULT_PREFERENCES, ...options.preferences },
    accounts: [...(options.accounts ?? [])],
    developerApps: options.developerApps ?? developerApps(),
    keyring: options.keyring ?? { backend: 'gnome_libsecret', state: 'protected' },
    composer: composer.store,
    schedule: undefined as unknown as FakeScheduleStore,
    staging: undefined as unknown as FakeStagingStore,
    insights: undefined as unknown as FakeInsightsStore,
    signIns: [],
    emit,
    handle(channel, handler) {
      (handlers as Record<Channel, unknown>)[channel] = handler;
    },
  };

  const schedule = createFakeSchedule({
    composer: composer.store,
    accounts: () => fake.accounts,
    timeZone: () => fake.preferences.timezone,
    emit,
    targets: options.targets,
    slots: options.slots,
  });
  fake.schedule = schedule.store;

  // Main tests before it saves; a replaced staging.test therefore decides the save too.
  const staging = createFakeStaging({ bucket: options.bucket, runTest: async (credentials) => handlers['staging.test'](credentials) });
  fake.staging = staging.store;

  const insights = createFakeInsights({ emit, timeZone: () => fake.preferences.timezone });
  fake.insights = insights.store;

  // The defaults behave like main: settings.set merges, saves and announces the change.
  const handlers: FakeHandlers = {
    'app.info': () => ok({ ...DEFAULT_APP_INFO, ...options.appInfo }),
    'settings.get': () => ok(fake.preferences),
    'settings.set': (patch) => {
      fake.preferences = { ...fake.preferences, ...patch };
      if (patch.allowWeakKeyring !== undefined && fake.keyring.state.startsWith('weak_')) {
        fake.keyring = { ...fake.keyring, state: patch.allowWeakKeyring ? 'weak_accepted' : 'weak_refused' };
      }
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
    // Revoking happens unless another remaining account signed in the same way (main's "same sign-in").
    'accounts.disconnect': ({ accountId }) => {
      const account = fake.accounts.find((candidate) => candidate.id === accountId);
      if (!account) return { ok: false, code: 'VALIDATION_FAILED', message: 'That account is not connected.' };
      fake.accounts = fake.accounts.filter((candidate) => candidate.id !== accountId);
      emit('accounts.changed', fake.accounts);
      const shared = fake.accounts.some((other) => other.loginPath === account.loginPath && other.isDemo === account.isDemo);
      return ok({ revokedOnPlatform: !shared });
    },
    'accounts.checkHealth': () => {
      const checkedAt = new Date().toISOString();
      fake.accounts = fake.accounts.map((account) => ({ ...account, health: { ...account.health, checkedAt } }));
      emit('accounts.changed', fake.accounts);
      return ok(fake.accounts);
    },
    'developerApps.list': () => ok(fake.developerApps),
    'developerApps.test': () => ok(null),
    // Main tests before it saves; a replaced developerApps.test therefore decides here too.
    'developerApps.save': async (credentials) => {
      const tested = await handlers['developerApps.test'](credentials);
      if (!tested.ok) return tested;
      fake.developerApps = fake.developerApps.map((app) =>
        app.kind === credentials.kind ? { ...app, source: 'saved', appId: credentials.appId, savedAt: new Date().toISOString() } : app,
      );
      return ok(fake.developerApps);
    },
    'developerApps.remove': ({ kind }) => {
      fake.developerApps = fake.developerApps.map((app) =>
        app.kind === kind ? { ...app, source: 'none', appId: null, savedAt: null } : app,
      );
      return ok(fake.developerApps);
    },
    'keyring.status': () => ok(fake.keyring),
    'demo.status': () =>
      ok({ hasAnyAccount: fake.accounts.length > 0, demoAccountCount: fake.accounts.filter((account) => account.isDemo).length }),
    'demo.remove': () => {
      fake.accounts = fake.accounts.filter((account) => !account.isDemo);
      emit('accounts.changed', fake.accounts);
      return ok(null);
    },
    ...composer.handlers,
    ...schedule.handlers,
    ...staging.handlers,
    ...insights.handlers,
  };

  fake.api = createOutpostApi({
    async invoke(channel, payload) {
      calls.push({ channel, payload });
      const parsed = channels[channel].request.safeParse(payload);
      if (!parsed.success) {
        return { ok: false, code: 'VALIDATION_FAILED', message: parsed.error.issues.map((issue) => issue.message).join(' ') };
      }
      if (fake.keyring.state === 'weak_refused' && secretWriters.includes(channel)) return KEYRING_WEAK;
      const handler = handlers[channel] as (request: unknown) => unknown;
      return handler(parsed.data);
    },
    subscribe(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    importFiles: composer.importFiles,
  });
  return fake;
}
