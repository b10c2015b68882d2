import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DeveloperAppCredentials, DeveloperAppKind } from '../../../preload/contract';
import { createDevelopmentCipher } from '../../../main/accounts/developmentCipher';
import { DeveloperAppRejectedError } from '../../../main/accounts/developerApps/developerAppErrors';
import { createDeveloperApps, developerAppSecretName, type DeveloperApps } from '../../../main/accounts/developerApps/developerApps';
import { createTokenVault, type TokenVault } from '../../../main/accounts/tokenVault';
import { createSilentLogger } from '../../../main/diagnostics/logger';
import { resolveEndpoints } from '../../../main/platforms/endpoints';
import { createPlatformNetworks, type PlatformNetworks } from '../../../main/platforms/platformNetworks';
import { createUsageLedger } from '../../../main/platforms/usageLedger';
import { createManualClock, startSandbox, type Sandbox } from '../../../main/sandbox';
import { openOutpostDatabase, type OpenedDatabase } from '../../../main/store/database';
import { makeTempDirectory } from '../../support/tempDirectory';

/**
 * Bring-your-own developer apps against the sandbox over real HTTP: "test connection" for each
 * platform's app, saving (id in SQLite, secret in the vault as ciphertext only), the environment's
 * development pair, removal, and logs that never hold a secret.
 */
const KINDS: readonly DeveloperAppKind[] = ['meta', 'instagram', 'tiktok'];
/** Well-formed (DEVELOPER_APP_FORMATS) but not the sandbox's apps. */
const WRONG_ID: Record<DeveloperAppKind, string> = { meta: '1234567890123456', instagram: '1234567890123456', tiktok: 'awnotthedemoapp1' };
const WRONG_SECRET: Record<DeveloperAppKind, string> = {
  meta: '0123456789abcdef0123456789abcdef',
  instagram: 'fedcba9876543210fedcba9876543210',
  tiktok: 'WrongSecretWrongSecretWrongSecr1',
};

let sandbox: Sandbox;
let networks: PlatformNetworks;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'developer-apps', clock: createManualClock() });
  const now = () => new Date(sandbox.control.clock.now());
  networks = createPlatformNetworks({ endpoints: resolveEndpoints(sandbox.env), ledger: createUsageLedger({ now }), now });
});
afterAll(() => sandbox.close());

/** The sandbox's own apps: the right pairs. */
function rightPair(kind: DeveloperAppKind): DeveloperAppCredentials {
  const demo = sandbox.control.demo();
  if (kind === 'tiktok') return { kind, appId: demo.tiktok.clientKey, appSecret: demo.tiktok.clientSecret };
  return { kind, appId: demo[kind].appId, appSecret: demo[kind].appSecret };
}

let directory: ReturnType<typeof makeTempDirectory>;
let database: OpenedDatabase;
let vault: TokenVault;
/** Every line the developer apps logged, as pino wrote it, before any redaction. */
let logLines: string[];

beforeEach(() => {
  directory = makeTempDirectory('developer-apps');
  database = openOutpostDatabase({ file: join(directory.path, 'outpost.db'), logger: createSilentLogger() });
  const cipher = createDevelopmentCipher(join(directory.path, 'dev-secret.key'));
  vault = createTokenVault(database.db, async () => cipher, createSilentLogger());
  logLines = [];
});

afterEach(() => {
  sandbox.control.faults.clear();
  database.close();
  directory.remove();
  // Whatever the test did, no secret (right or wrong) reached the log.
  const secrets = [...KINDS.map((kind) => rightPair(kind).appSecret), ...Object.values(WRONG_SECRET)];
  const leaked = secrets.filter((secret) => logLines.some((line) => line.includes(secret)));
  expect(leaked, 'a developer app secret was logged').toEqual([]);
});

function developerApps(env: Record<string, string> = {}): DeveloperApps {
  const logger = pino({ level: 'trace' }, { write: (line: string) => logLines.push(line) });
  return createDeveloperApps({ db: database.db, vault, env, networks, metaCallbackPort: 8137, logger });
}

function savedRows(): number {
  return (database.db.prepare('SELECT count(*) AS n FROM developer_apps').get() as { n: number }).n;
}
function storedSecrets(): number {
  return (database.db.prepare('SELECT count(*) AS n FROM secrets').get() as { n: number }).n;
}

async function rejectionOf(action: Promise<unknown>): Promise<Error> {
  try {
    await action;
  } catch (error) {
    return error as Error;
  }
  throw new Error('Expected a rejection, but the call succeeded.');
}

describe.each(KINDS)('%s app', (kind) => {
  it('passes the test with the right pair, saves nothing until asked, then saves id and secret', async () => {
    const apps = developerApps();
    const pair = rightPair(kind);
    await apps.test(pair);
    expect(savedRows()).toBe(0);
    expect(storedSecrets()).toBe(0);
    expect(apps.list().find((status) => status.kind === kind)).toMatchObject({ source: 'none', appId: null });

    const statuses = await apps.save(pair);
    expect(statuses.find((status) => status.kind === kind)).toMatchObject({ source: 'saved', appId: pair.appId, savedAt: expect.any(String) });
    expect(vault.info(developerAppSecretName(kind))).toBeDefined();
    expect(await apps.credentials(kind)).toEqual({ appId: pair.appId, appSecret: pair.appSecret });
    expect(logLines.join('\n')).toContain(pair.appId);
  });

  it('reads a wrong secret as DEVELOPER_APP_REJECTED, saves nothing and keeps the app saved before', async () => {
    const apps = developerApps();
    const pair = { ...rightPair(kind), appSecret: WRONG_SECRET[kind] };
    const error = await rejectionOf(apps.test(pair));
    expect(error).toBeInstanceOf(DeveloperAppRejectedError);
    expect(error).toMatchObject({ code: 'DEVELOPER_APP_REJECTED', message: expect.stringMatching(/secret/) });
    expect(inspect(error, { showHidden: true, depth: Infinity })).not.toContain(WRONG_SECRET[kind]);
    // The log says why, with the platform's own identifiers.
    const failure = logLines.map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line.msg === 'developer app: test failed');
    expect(failure).toMatchObject({ kind, appId: pair.appId, code: 'DEVELOPER_APP_REJECTED', platform: { classifiedBy: expect.any(String) } });

    await expect(apps.save(pair)).rejects.toMatchObject({ code: 'DEVELOPER_APP_REJECTED' });
    expect(savedRows()).toBe(0);
    expect(storedSecrets()).toBe(0);

    await apps.save(rightPair(kind));
    await expect(apps.save(pair)).rejects.toMatchObject({ code: 'DEVELOPER_APP_REJECTED' });
    expect(await apps.credentials(kind)).toEqual({ appId: rightPair(kind).appId, appSecret: rightPair(kind).appSecret });
  });

  it('reads a wrong app id as DEVELOPER_APP_REJECTED', async () => {
    const apps = developerApps();
    const error = await rejectionOf(apps.save({ ...rightPair(kind), appId: WRONG_ID[kind] }));
    expect(error).toBeInstanceOf(DeveloperAppRejectedError);
    expect(error.message).toMatch(kind === 'tiktok' ? /client key/ : /app id/);
    expect(savedRows()).toBe(0);
    expect(storedSecrets()).toBe(0);
  });

  it.each([500, 503])('reads HTTP %i as PLATFORM_UNAVAILABLE ("try again"), never as a refused app, and saves nothing', async (status) => {
    const apps = developerApps();
    sandbox.control.faults.inject({ kind: 'serverError', status });
    await expect(apps.save(rightPair(kind))).rejects.toMatchObject({ code: 'PLATFORM_UNAVAILABLE' });
    expect(sandbox.control.faults.log().at(-1)?.kind).toBe('serverError');
    expect(savedRows()).toBe(0);
    expect(storedSecrets()).toBe(0);
  });

  it('reads a throttle as RATE_LIMITED and saves nothing', async () => {
    const apps = developerApps();
    sandbox.control.faults.inject({ kind: 'throttle' });
    await expect(apps.save(rightPair(kind))).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(savedRows()).toBe(0);
  });
});

describe('saved apps', () => {
  it('keep secrets as ciphertext only: no secret byte sequence in the database file or its WAL', async () => {
    const apps = developerApps();
    for (const kind of KINDS) await apps.save(rightPair(kind));
    const file = join(directory.path, 'outpost.db');
    expect(existsSync(`${file}-wal`)).toBe(true);
    const bytes = Buffer.concat([readFileSync(file), readFileSync(`${file}-wal`)]);
    for (const kind of KINDS) {
      // The ids are there in clear, so the search does see the saved rows.
      expect(bytes.includes(Buffer.from(rightPair(kind).appId))).toBe(true);
      expect(bytes.includes(Buffer.from(rightPair(kind).appSecret)), `${kind} secret in clear`).toBe(false);
    }
    expect(storedSecrets()).toBe(3);
  });

  it('say DEVELOPER_APP_MISSING for an app neither saved nor in the environment', async () => {
    await expect(developerApps().credentials('meta')).rejects.toMatchObject({ code: 'DEVELOPER_APP_MISSING' });
  });

  it('remove deletes the row and the vault secret', async () => {
    const apps = developerApps();
    await apps.save(rightPair('tiktok'));
    await apps.save(rightPair('meta'));
    const statuses = apps.remove('tiktok');
    expect(statuses.find((status) => status.kind === 'tiktok')).toMatchObject({ source: 'none', appId: null, savedAt: null });
    expect(vault.info(developerAppSecretName('tiktok'))).toBeUndefined();
    expect(savedRows()).toBe(1);
    await expect(apps.credentials('tiktok')).rejects.toMatchObject({ code: 'DEVELOPER_APP_MISSING' });
    expect((await apps.credentials('meta')).appId).toBe(rightPair('meta').appId);
  });
});

describe('environment pairs', () => {
  const ENV_META = { OUTPOST_META_APP_ID: '555555555555555', OUTPOST_META_APP_SECRET: 'abcdefabcdefabcdefabcdefabcdef12' };

  it('win over the saved app for this run, and outlive its removal', async () => {
    await developerApps().save(rightPair('meta'));
    const apps = developerApps(ENV_META);
    expect(await apps.credentials('meta')).toEqual({ appId: ENV_META.OUTPOST_META_APP_ID, appSecret: ENV_META.OUTPOST_META_APP_SECRET });
    expect(apps.list().find((status) => status.kind === 'meta')).toMatchObject({ source: 'environment', appId: ENV_META.OUTPOST_META_APP_ID });
    apps.remove('meta');
    expect((await apps.credentials('meta')).appId).toBe(ENV_META.OUTPOST_META_APP_ID);
    expect(logLines.join('\n')).not.toContain(ENV_META.OUTPOST_META_APP_SECRET);
  });

  it('half set: using the app names the missing variable instead of falling back to the saved app', async () => {
    await developerApps().save(rightPair('instagram'));
    const apps = developerApps({ OUTPOST_INSTAGRAM_APP_ID: '990000000000042' });
    await expect(apps.credentials('instagram')).rejects.toMatchObject({
      code: 'DEVELOPER_APP_MISSING',
      message: expect.stringContaining('OUTPOST_INSTAGRAM_APP_SECRET'),
    });
    expect(apps.list().find((status) => status.kind === 'instagram')).toMatchObject({ source: 'environment', appId: null });
  });
});
