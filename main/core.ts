import { release } from 'node:os';
import type { AppMode, EventName, EventPayloadOf, Notice } from '../preload/contract';
import { accountSecretPrefix, createAccountsRepository } from './accounts/accountsRepository';
import { createConnectService } from './accounts/connect/connectService';
import type { SecretCipher } from './accounts/secretCipher';
import { createTokenVault } from './accounts/tokenVault';
import { createDemoSandbox } from './demo/demoSandbox';
import type { Logger } from './diagnostics/logger';
import { formatDiagnostics } from './diagnostics/diagnosticsReport';
import type { ChannelHandlers } from './ipc/registerChannels';
import { createPlatformNetworks } from './platforms/platformNetworks';
import { createUsageLedger } from './platforms/usageLedger';
import { openOutpostDatabase, type OpenedDatabase } from './store/database';
import { dataPaths } from './store/dataDirectory';
import { createPreferencesService, type PreferencesBackend, type PreferencesService } from './store/preferences';

/** What the shell (Electron or browser mode) provides; everything else is built here. */
export interface OutpostCoreDeps {
  mode: AppMode;
  appVersion: string;
  dataDirectory: string;
  logger: Logger;
  preferencesBackend: PreferencesBackend;
  systemTimeZone: string;
  /** Pushes an event to the renderer(s). */
  emit: <E extends EventName>(event: E, payload: EventPayloadOf<E>) => void;
  /** Opens a folder in the system file manager; throws a DomainError where it cannot. */
  openFolder: (path: string) => Promise<void>;
  /** Opens a sign-in page in the system browser; false where main cannot (browser mode). */
  openAuthorizationPage: (url: string) => Promise<boolean>;
  /** The token vault's cipher, asked for on first use (the OS keyring may prompt). */
  secretCipher: () => Promise<SecretCipher>;
  /** The fixed loopback port registered with Meta for the sign-in callback. */
  metaCallbackPort: number;
}

export interface OutpostCore {
  handlers: ChannelHandlers;
  preferences: PreferencesService;
  database: OpenedDatabase;
  close(): Promise<void>;
}

/**
 * The main-process services, shared by the Electron app and browser mode, so both run the same
 * code behind the same contract. Start-up problems the owner must know about (a database moved
 * aside) are collected as notices and shown by the renderer on load.
 */
export function createOutpostCore(deps: OutpostCoreDeps): OutpostCore {
  const paths = dataPaths(deps.dataDirectory);
  const database = openOutpostDatabase({ file: paths.database, logger: deps.logger });
  const preferences = createPreferencesService(deps.preferencesBackend, deps.systemTimeZone);
  const startupNotices: Notice[] = [...database.notices];
  const stopForwarding = preferences.onChange((next) => deps.emit('settings.changed', next));

  const now = () => new Date();
  const usageLedger = createUsageLedger({ now });
  const accounts = createAccountsRepository(database.db, now);
  const vault = createTokenVault(database.db, memoize(deps.secretCipher), deps.logger, now);
  const demo = createDemoSandbox({ dataDirectory: deps.dataDirectory, logger: deps.logger });
  const announceAccounts = () => deps.emit('accounts.changed', accounts.list());
  const connect = createConnectService({
    accounts,
    vault,
    demo,
    createNetworks: (endpoints) => createPlatformNetworks({ endpoints, ledger: usageLedger, now }),
    openAuthorizationPage: deps.openAuthorizationPage,
    metaCallbackPort: deps.metaCallbackPort,
    onAccountsChanged: announceAccounts,
    logger: deps.logger,
    now,
  });

  const handlers: ChannelHandlers = {
    'app.info': () => ({
      name: 'Outpost',
      version: deps.appVersion,
      mode: deps.mode,
      dataDirectory: deps.dataDirectory,
      logDirectory: paths.logs,
      startupNotices,
    }),
    'settings.get': () => preferences.get(),
    'settings.set': (patch) => preferences.update(patch),
    'diagnostics.get': () => ({
      text: formatDiagnostics({
        appVersion: deps.appVersion,
        mode: deps.mode,
        platform: process.platform,
        arch: process.arch,
        osRelease: release(),
        versions: { ...process.versions },
        dataDirectory: deps.dataDirectory,
        logDirectory: paths.logs,
        schemaVersion: database.schemaVersion,
      }),
    }),
    'diagnostics.openLogFolder': async () => {
      await deps.openFolder(paths.logs);
      return null;
    },
    'accounts.list': () => accounts.list(),
    'accounts.beginConnect': ({ network }) => connect.begin(network),
    'accounts.finishConnect': ({ attemptId }) => connect.finish(attemptId),
    'accounts.cancelConnect': ({ attemptId }) => {
      connect.cancel(attemptId);
      return null;
    },
    'accounts.confirmConnect': ({ attemptId, candidateIds }) => connect.confirm(attemptId, candidateIds),
    'demo.status': () => {
      const counts = accounts.counts();
      return { hasAnyAccount: counts.all > 0, demoAccountCount: counts.demo };
    },
    'demo.remove': async () => {
      connect.cancelAll();
      for (const accountId of accounts.removeDemoAccounts()) vault.removeByPrefix(accountSecretPrefix(accountId));
      await demo.discard();
      deps.logger.info('demo: removed');
      announceAccounts();
      return null;
    },
  };

  return {
    handlers,
    preferences,
    database,
    async close() {
      stopForwarding();
      connect.cancelAll();
      await demo.close();
      database.close();
    },
  };
}

/** Calls `factory` once, on first use, and shares its promise (a failure is retried next time). */
function memoize<T>(factory: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= factory().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
