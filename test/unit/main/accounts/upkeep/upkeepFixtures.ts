import { join } from 'node:path';
import type { AxiosInstance, AxiosRequestConfig } from 'axios';
import { onTestFinished, vi } from 'vitest';
import type { DeveloperAppKind } from '../../../../../preload/contract';
import { createAccountsRepository, type ConnectedAccount } from '../../../../../main/accounts/accountsRepository';
import { createDevelopmentCipher } from '../../../../../main/accounts/developmentCipher';
import { DeveloperAppMissingError } from '../../../../../main/accounts/developerApps/developerAppErrors';
import type { DeveloperAppSecrets, PlatformAccess } from '../../../../../main/accounts/platformAccess';
import { createTokenVault } from '../../../../../main/accounts/tokenVault';
import { accountSecretName, type AccountSecretKind } from '../../../../../main/accounts/accountsRepository';
import type { ExpiryAlerts } from '../../../../../main/accounts/upkeep/expiryAlerts';
import { createTokenUpkeep } from '../../../../../main/accounts/upkeep/tokenUpkeep';
import { createSilentLogger } from '../../../../../main/diagnostics/logger';
import { resolveEndpoints } from '../../../../../main/platforms/endpoints';
import type { NetworkName, PlatformFailure } from '../../../../../main/platforms/platformFailure';
import type { PlatformHttp } from '../../../../../main/platforms/platformHttp';
import type { PlatformNetworks } from '../../../../../main/platforms/platformNetworks';
import { toPlatformError } from '../../../../../main/platforms/toPlatformError';
import { openOutpostDatabase } from '../../../../../main/store/database';
import { capturingLogger } from './capturingLogger';

export const START = new Date('2026-01-15T09:00:00Z');
export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

/** One request a client made through a fake network. */
export interface FakeCall {
  network: NetworkName;
  method: string;
  url: string;
  params: Record<string, string>;
  data: unknown;
}

/** Answers a call with a JSON body (parsed by the client's own schema), or throws a platform error. */
export type FakeRoute = (call: FakeCall) => unknown;

/**
 * The platforms as upkeep sees them, without HTTP: every network answers from `routes`, keyed
 * `"<network> <METHOD> <url>"`, and records the call. A call with no route fails the test.
 */
export function fakePlatforms() {
  const calls: FakeCall[] = [];
  const routes = new Map<string, FakeRoute>();
  const apps: Partial<Record<DeveloperAppKind, DeveloperAppSecrets>> = {};
  const http = (network: NetworkName): PlatformHttp => ({
    network,
    axios: {} as AxiosInstance,
    async request(config: AxiosRequestConfig, schema) {
      const call: FakeCall = {
        network,
        method: (config.method ?? 'GET').toUpperCase(),
        url: config.url ?? '',
        params: (config.params ?? {}) as Record<string, string>,
        data: config.data,
      };
      calls.push(call);
      const key = `${network} ${call.method} ${call.url}`;
      const route = routes.get(key);
      if (!route) throw new Error(`No fake route for ${key}`);
      return schema.parse(route(call));
    },
  });
  const networks: PlatformNetworks = {
    metaGraph: http('metaGraph'),
    metaUpload: http('metaUpload'),
    instagramGraph: http('instagramGraph'),
    instagramApi: http('instagramApi'),
    tiktokApi: http('tiktokApi'),
    tiktokUpload: http('tiktokUpload'),
  };
  const accessFor = (isDemo: boolean): PlatformAccess => ({
    isDemo,
    endpoints: resolveEndpoints({}),
    networks,
    async app(kind) {
      const app = apps[kind];
      if (!app) throw new DeveloperAppMissingError(kind);
      return app;
    },
    registerRedirectUri: () => undefined,
  });
  return {
    calls,
    apps,
    accessFor,
    route(key: string, answer: FakeRoute) {
      routes.set(key, answer);
    },
  };
}

/** A typed platform error exactly as the HTTP layer would build it from the platform's answer. */
export function platformError(failure: Omit<PlatformFailure, 'usage'>) {
  return toPlatformError({ ...failure, usage: {} }, START);
}

export const metaError = (code: number, subcode?: number) =>
  platformError({ platform: 'meta', network: 'metaGraph', httpStatus: 400, code, ...(subcode !== undefined && { subcode }) });

/**
 * A temp database with the real accounts repository and vault (development cipher), a clock that
 * moves only when told, the fake platforms, and upkeep over them.
 */
export function upkeepWorld(directory: string) {
  let current = START;
  const now = () => current;
  const database = openOutpostDatabase({ file: join(directory, 'outpost.db'), logger: createSilentLogger() });
  onTestFinished(() => database.close());
  const accounts = createAccountsRepository(database.db, now);
  const cipher = createDevelopmentCipher(join(directory, 'dev-secret.key'));
  const vault = createTokenVault(database.db, async () => cipher, createSilentLogger(), now);
  const platforms = fakePlatforms();
  const accessRequests: boolean[] = [];
  const alerts = { alertDue: vi.fn<ExpiryAlerts['alertDue']>(() => 0) };
  const onAccountsChanged = vi.fn();
  const { logger, lines } = capturingLogger();
  const upkeep = createTokenUpkeep({
    accounts,
    vault,
    platformAccessFor: async (isDemo) => {
      accessRequests.push(isDemo);
      return platforms.accessFor(isDemo);
    },
    alerts,
    logger,
    now,
    onAccountsChanged,
  });

  return {
    accounts,
    vault,
    platforms,
    accessRequests,
    alerts,
    onAccountsChanged,
    lines,
    upkeep,
    now,
    advance(ms: number) {
      current = new Date(current.getTime() + ms);
    },
    save(overrides: Partial<ConnectedAccount> = {}): string {
      return accounts.save({
        platform: 'facebook',
        platformAccountId: '104000000000001',
        displayName: "Rosie's Bakery",
        username: null,
        avatarUrl: null,
        loginPath: 'facebook_login',
        isDemo: true,
        grantedScopes: [],
        linkedAccountId: null,
        signInUserId: '10200000000000001',
        dataAccessExpiresAt: null,
        ...overrides,
      });
    },
    store(accountId: string, kind: AccountSecretKind, value: string, expiresAt?: Date) {
      return vault.store(accountSecretName(accountId, kind), value, expiresAt ? { expiresAt: expiresAt.toISOString() } : {});
    },
    secret: (accountId: string, kind: AccountSecretKind) => vault.read(accountSecretName(accountId, kind)),
    health: (accountId: string) => accounts.get(accountId)?.summary.health,
  };
}
