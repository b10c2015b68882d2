import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeveloperAppCredentials, DeveloperAppKind } from '../../../../../preload/contract';
import { createDevelopmentCipher } from '../../../../../main/accounts/developmentCipher';
import { createDeveloperApps, developerAppSecretName } from '../../../../../main/accounts/developerApps/developerApps';
import type { SecretCipher } from '../../../../../main/accounts/secretCipher';
import { createTokenVault } from '../../../../../main/accounts/tokenVault';
import { createSilentLogger } from '../../../../../main/diagnostics/logger';
import { openOutpostDatabase, type OpenedDatabase } from '../../../../../main/store/database';
import { useTempDirectory } from '../../../../support/useTempDirectory';
import { networksFor, startCannedServer, type CannedServer } from '../../platforms/support/cannedServer';

const SAVED_AT = new Date('2026-05-04T10:00:00.000Z');
const META: DeveloperAppCredentials = { kind: 'meta', appId: '1890000000000042', appSecret: '0123456789abcdef0123456789abcdef' };
const META_TOKEN = { json: { access_token: 'app|token', token_type: 'bearer' } };

describe('developer apps: status, validation, storage', () => {
  const tempDirectory = useTempDirectory('developer-apps-unit');
  let server: CannedServer;
  let database: OpenedDatabase;
  let logLines: string[];

  beforeEach(async () => {
    server = await startCannedServer();
    database = openOutpostDatabase({ file: join(tempDirectory(), 'outpost.db'), logger: createSilentLogger() });
    logLines = [];
  });
  afterEach(async () => {
    database.close();
    await server.close();
  });

  const cipher = () => createDevelopmentCipher(join(tempDirectory(), 'dev-secret.key'));
  const vaultWith = (secretCipher: SecretCipher) => createTokenVault(database.db, async () => secretCipher, createSilentLogger());
  function developerApps(options: { env?: Record<string, string>; vault?: ReturnType<typeof vaultWith> } = {}) {
    return createDeveloperApps({
      db: database.db,
      vault: options.vault ?? vaultWith(cipher()),
      env: options.env ?? {},
      networks: networksFor(server).networks,
      metaCallbackPort: 8137,
      logger: pino({ level: 'trace' }, { write: (line: string) => logLines.push(line) }),
      now: () => SAVED_AT,
    });
  }

  it('lists every kind, set up or not, with what to register', () => {
    expect(developerApps().list()).toEqual([
      { kind: 'meta', source: 'none', appId: null, redirectUri: 'http://127.0.0.1:8137/callback/', scopes: expect.arrayContaining(['pages_show_list']), savedAt: null },
      { kind: 'instagram', source: 'none', appId: null, redirectUri: 'http://127.0.0.1:8137/callback/', scopes: expect.arrayContaining(['instagram_business_basic']), savedAt: null },
      { kind: 'tiktok', source: 'none', appId: null, redirectUri: 'http://127.0.0.1:*/callback/', scopes: expect.arrayContaining(['video.publish']), savedAt: null },
    ]);
  });

  it('shows a saved app with its id and when it was saved; saving again replaces it', async () => {
    const apps = developerApps();
    server.reply(META_TOKEN, META_TOKEN);
    await apps.save(META);
    const again = await apps.save({ ...META, appId: '2890000000000042' });
    expect(again[0]).toMatchObject({ kind: 'meta', source: 'saved', appId: '2890000000000042', savedAt: SAVED_AT.toISOString() });
    expect(database.db.prepare('SELECT count(*) AS n FROM developer_apps').get()).toEqual({ n: 1 });
  });

  it('a saved id whose secret is gone is not set up', async () => {
    database.db.prepare('INSERT INTO developer_apps (kind, app_id, saved_at) VALUES (?, ?, ?)').run('tiktok', 'sbawoutpostdemo01', SAVED_AT.toISOString());
    const apps = developerApps();
    expect(apps.list()[2]).toMatchObject({ kind: 'tiktok', source: 'none', appId: null });
    await expect(apps.credentials('tiktok')).rejects.toMatchObject({ code: 'DEVELOPER_APP_MISSING' });
  });

  it('a saved secret the keyring can no longer read asks for the secret again, not for a reconnect', async () => {
    server.reply(META_TOKEN);
    await developerApps().save(META);
    const otherKeyring: SecretCipher = { ...cipher(), backend: 'kwallet6' };
    const error = await developerApps({ vault: vaultWith(otherKeyring) }).credentials('meta').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'DEVELOPER_APP_MISSING', action: expect.stringContaining('enter the app secret again') });
  });

  it('shows an environment pair as the one in use, and a broken one without an id, logging only the variable', () => {
    const apps = developerApps({
      env: {
        OUTPOST_TIKTOK_CLIENT_KEY: 'sbawoutpostdemo01',
        OUTPOST_TIKTOK_CLIENT_SECRET: 'Abcdefghijklmnopqrstuvwxyz012345',
        OUTPOST_META_APP_SECRET: META.appSecret,
      },
    });
    const byKind = Object.fromEntries(apps.list().map((status) => [status.kind, status])) as Record<DeveloperAppKind, unknown>;
    expect(byKind.tiktok).toMatchObject({ source: 'environment', appId: 'sbawoutpostdemo01', savedAt: null });
    expect(byKind.meta).toMatchObject({ source: 'environment', appId: null });
    expect(byKind.instagram).toMatchObject({ source: 'none' });
    expect(logLines.join('\n')).toContain('OUTPOST_META_APP_ID');
    expect(logLines.join('\n')).not.toContain(META.appSecret);
  });

  it.each([
    ['a malformed id', { ...META, appId: 'my-meta-app' }, 'A Meta app id is a number'],
    ['a malformed secret', { ...META, appSecret: 'not the secret' }, 'A Meta app secret is 32 characters'],
    ['a TikTok key in a Meta app', { ...META, appId: 'sbawoutpostdemo01' }, 'A Meta app id is a number'],
  ])('refuses %s with VALIDATION_FAILED before calling the platform, and saves nothing', async (_name, credentials, hint) => {
    const apps = developerApps();
    await expect(apps.test(credentials)).rejects.toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining(hint) });
    await expect(apps.save(credentials)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(server.requests).toEqual([]);
    expect(apps.list()[0]).toMatchObject({ source: 'none' });
  });

  it('never echoes a malformed secret in the refusal', async () => {
    const refusal = developerApps().test({ ...META, appSecret: 'NotHexButSecret-42' });
    await expect(refusal).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(refusal).rejects.not.toMatchObject({ message: expect.stringContaining('NotHexButSecret-42') });
  });

  it('refuses to remove a kind that does not exist, and touches no secret', async () => {
    const apps = developerApps();
    server.reply(META_TOKEN);
    await apps.save(META);
    expect(() => apps.remove('' as DeveloperAppKind)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    expect(createTokenVault(database.db, async () => cipher(), createSilentLogger()).info(developerAppSecretName('meta'))).toBeDefined();
  });
});
