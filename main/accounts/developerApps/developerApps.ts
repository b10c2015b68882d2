import type { DatabaseSync } from 'node:sqlite';
import type { z } from 'zod';
import { DeveloperAppCredentials, DeveloperAppKind, type DeveloperAppStatus } from '../../../preload/contract';
import type { Logger } from '../../diagnostics/logger';
import { DomainError } from '../../errors/domainError';
import { PlatformError, type PlatformErrorDetails } from '../../platforms/platformErrors';
import type { PlatformNetworks } from '../../platforms/platformNetworks';
import { inTransaction } from '../../store/transaction';
import type { DeveloperAppSecrets } from '../platformAccess';
import { SecretMissingError, SecretUnreadableError, type TokenVault } from '../tokenVault';
import {
  DeveloperAppEnvironmentError,
  DeveloperAppFormatError,
  DeveloperAppMissingError,
  DeveloperAppSecretUnreadableError,
} from './developerAppErrors';
import { environmentApp, type Environment } from './environmentApps';
import { redirectUriFor, SCOPES_TO_ENABLE } from './redirectUris';
import { testDeveloperApp } from './testDeveloperApp';

export interface DeveloperAppsDependencies {
  db: DatabaseSync;
  /** Must write to `db`: a save writes the secret and the id in one transaction. */
  vault: TokenVault;
  env: Environment;
  /** The live platforms' networks (or what the `OUTPOST_*_URL` variables point at), never the demo's. */
  networks: PlatformNetworks;
  metaCallbackPort: number;
  logger: Logger;
  now?: () => Date;
}

export interface DeveloperApps {
  /** Every kind, set up or not, with the redirect URI and scopes to register. */
  list(): DeveloperAppStatus[];
  /** Proves the pair works with the platform; saves nothing. */
  test(credentials: DeveloperAppCredentials): Promise<void>;
  /** Tests, then saves the id in `developer_apps` and the secret in the vault, together. */
  save(credentials: DeveloperAppCredentials): Promise<DeveloperAppStatus[]>;
  /** Forgets the saved id and secret (an environment pair, if set, stays in use). */
  remove(kind: DeveloperAppKind): DeveloperAppStatus[];
  /** The pair a sign-in or refresh uses: the environment's, else the saved one. */
  credentials(kind: DeveloperAppKind): Promise<DeveloperAppSecrets>;
}

/** The only place an app secret is kept: encrypted in the token vault, under this name. */
export function developerAppSecretName(kind: DeveloperAppKind): string {
  return `developer-app:${kind}:secret`;
}

interface SavedRow {
  app_id: string;
  saved_at: string;
}

/**
 * The owner's own developer apps (issue 4; platform-apis.md "Design consequences" 1A). The app id
 * is public and lives in SQLite; the secret only ever goes to the vault, and log lines carry the
 * kind and the app id, never the secret.
 */
export function createDeveloperApps(deps: DeveloperAppsDependencies): DeveloperApps {
  const { db, vault, env, networks, metaCallbackPort, logger, now = () => new Date() } = deps;
  const selectRow = db.prepare('SELECT app_id, saved_at FROM developer_apps WHERE kind = ?');
  const upsertRow = db.prepare(`
    INSERT INTO developer_apps (kind, app_id, saved_at) VALUES (?, ?, ?)
    ON CONFLICT (kind) DO UPDATE SET app_id = excluded.app_id, saved_at = excluded.saved_at`);
  const deleteRow = db.prepare('DELETE FROM developer_apps WHERE kind = ?');

  /** A saved app counts only with its secret: a row whose secret is gone is not set up. */
  const savedRow = (kind: DeveloperAppKind): SavedRow | undefined => {
    const row = selectRow.get(kind) as SavedRow | undefined;
    return row && vault.info(developerAppSecretName(kind)) ? row : undefined;
  };

  const status = (kind: DeveloperAppKind): DeveloperAppStatus => {
    const shown = { kind, redirectUri: redirectUriFor(kind, metaCallbackPort), scopes: [...SCOPES_TO_ENABLE[kind]] };
    let fromEnvironment: DeveloperAppSecrets | undefined;
    try {
      fromEnvironment = environmentApp(env, kind);
    } catch (error) {
      if (!(error instanceof DeveloperAppEnvironmentError)) throw error;
      // The list must still show; using the app reports the variable to fix.
      logger.warn({ kind, variable: error.variable }, 'developer app: environment variables unusable');
      return { ...shown, source: 'environment', appId: null, savedAt: null };
    }
    if (fromEnvironment) return { ...shown, source: 'environment', appId: fromEnvironment.appId, savedAt: null };
    const saved = savedRow(kind);
    if (saved) return { ...shown, source: 'saved', appId: saved.app_id, savedAt: saved.saved_at };
    return { ...shown, source: 'none', appId: null, savedAt: null };
  };

  const list = () => DeveloperAppKind.options.map(status);

  const test = async (app: DeveloperAppCredentials) => {
    const logged = { kind: app.kind, appId: app.appId };
    logger.info(logged, 'developer app: testing');
    try {
      await testDeveloperApp(networks, app, redirectUriFor(app.kind, metaCallbackPort));
    } catch (error) {
      logger.warn({ ...logged, ...failureForLog(error) }, 'developer app: test failed');
      throw error;
    }
    logger.info(logged, 'developer app: accepted');
  };

  return {
    list,
    test: async (credentials) => test(checked(DeveloperAppCredentials, credentials)),
    async save(credentials) {
      const app = checked(DeveloperAppCredentials, credentials);
      await test(app);
      const sealed = await vault.seal(app.appSecret);
      inTransaction(db, () => {
        vault.storeSealed(developerAppSecretName(app.kind), sealed);
        upsertRow.run(app.kind, app.appId, now().toISOString());
      });
      logger.info({ kind: app.kind, appId: app.appId }, 'developer app: saved');
      return list();
    },
    remove(kind) {
      const app = checked(DeveloperAppKind, kind);
      inTransaction(db, () => {
        deleteRow.run(app);
        vault.removeByPrefix(developerAppSecretName(app));
      });
      logger.info({ kind: app }, 'developer app: removed');
      return list();
    },
    async credentials(kind) {
      const fromEnvironment = environmentApp(env, kind);
      if (fromEnvironment) return fromEnvironment;
      const saved = savedRow(kind);
      if (!saved) throw new DeveloperAppMissingError(kind);
      try {
        return { appId: saved.app_id, appSecret: await vault.read(developerAppSecretName(kind)) };
      } catch (error) {
        // The vault's own errors speak of an account's sign-in; these speak of the app.
        if (error instanceof SecretUnreadableError) throw new DeveloperAppSecretUnreadableError(kind);
        // Removed while the keyring was being asked.
        if (error instanceof SecretMissingError) throw new DeveloperAppMissingError(kind);
        throw error;
      }
    },
  };
}

/**
 * What a failed test leaves in the log: the error code and the platform's own identifiers
 * (status, code, trace id), never the request, which carried the secret.
 */
function failureForLog(error: unknown): { code: string; platform?: PlatformErrorDetails } {
  if (!(error instanceof DomainError)) return { code: 'unexpected' };
  const platform = error instanceof PlatformError ? error : error.cause instanceof PlatformError ? error.cause : undefined;
  return { code: error.code, ...(platform && { platform: platform.details }) };
}

/**
 * The IPC guard has parsed the request already; main parses again so no other caller can hand a
 * platform or the vault an unchecked value. The error carries the contract's hints, not the input.
 */
function checked<T>(schema: z.ZodType<T>, value: T): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new DeveloperAppFormatError(result.error.issues.map((issue) => issue.message));
  return result.data;
}
