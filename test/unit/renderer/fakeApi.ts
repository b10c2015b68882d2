/**
 * A fake `window.api` for renderer tests, built with the real createOutpostApi over an in-memory
 * transport. Handlers are typed from the contract, so a changed channel or payload breaks this
 * file at compile time instead of letting tests pass against a shape main no longer has.
 */
import { createOutpostApi, type OutpostApi } from '../../../preload/api';
import type {
  AppInfo,
  Channel,
  EventName,
  EventPayloadOf,
  Preferences,
  RequestOf,
  ResponseOf,
  Result,
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
  /** Pushes an event to the renderer, as main does. */
  emit<E extends EventName>(event: E, payload: EventPayloadOf<E>): void;
  /** Replaces one channel's behaviour. */
  handle<C extends Channel>(channel: C, handler: FakeHandlers[C]): void;
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

export function createFakeApi(
  options: { preferences?: Partial<Preferences>; appInfo?: Partial<AppInfo> } = {},
): FakeApi {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const calls: FakeApi['calls'] = [];

  const emit: FakeApi['emit'] = (event, payload) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };

  const fake: FakeApi = {
    api: undefined as unknown as OutpostApi,
    calls,
    preferences: { ...DEFAULT_PREFERENCES, ...options.preferences },
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
