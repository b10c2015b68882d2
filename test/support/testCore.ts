import { join } from 'node:path';
import { createDevelopmentCipher } from '../../main/accounts/developmentCipher';
import { createOutpostCore, type OutpostCore, type OutpostCoreDeps } from '../../main/core';
import { createSilentLogger } from '../../main/diagnostics/logger';

export interface TestCore {
  core: OutpostCore;
  events: { event: string; payload: unknown }[];
  notifications: { title: string; body: string }[];
}

/**
 * The real main-process core as browser mode builds it, on a temporary data directory: the
 * development cipher, no system browser (authorization URLs come back to the caller), events and
 * desktop notifications recorded. `overrides` sets the environment, ports and timeouts.
 */
export function createTestCore(dataDirectory: string, overrides: Partial<OutpostCoreDeps> = {}): TestCore {
  const events: TestCore['events'] = [];
  const notifications: TestCore['notifications'] = [];
  const core = createOutpostCore({
    mode: 'browser',
    appVersion: '0.0.0-test',
    dataDirectory,
    logger: createSilentLogger(),
    preferencesBackend: { store: {} },
    systemTimeZone: 'UTC',
    emit: (event, payload) => events.push({ event, payload }),
    openFolder: async () => {},
    openAuthorizationPage: async () => false,
    secretCipher: async () => createDevelopmentCipher(join(dataDirectory, 'dev-secret.key')),
    metaCallbackPort: 0,
    env: {},
    notify: (notice) => notifications.push(notice),
    mediaUrl: (variant, id) => `test-media://${variant}/${id}`,
    // The start-up upkeep pass would race the test's own steps; tests run passes themselves.
    upkeepStartDelayMs: 60 * 60_000,
    ...overrides,
  });
  return { core, events, notifications };
}
