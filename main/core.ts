import { release } from 'node:os';
import type { AppMode, EventName, EventPayloadOf, Notice } from '../preload/contract';
import type { Logger } from './diagnostics/logger';
import { formatDiagnostics } from './diagnostics/diagnosticsReport';
import type { ChannelHandlers } from './ipc/registerChannels';
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
}

export interface OutpostCore {
  handlers: ChannelHandlers;
  preferences: PreferencesService;
  database: OpenedDatabase;
  close(): void;
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
  };

  return {
    handlers,
    preferences,
    database,
    close() {
      stopForwarding();
      database.close();
    },
  };
}
