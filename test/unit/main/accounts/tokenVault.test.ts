import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDevelopmentCipher } from '../../../../main/accounts/developmentCipher';
import type { SecretCipher } from '../../../../main/accounts/secretCipher';
import { createTokenVault, SecretMissingError, SecretUnreadableError } from '../../../../main/accounts/tokenVault';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { openOutpostDatabase } from '../../../../main/store/database';
import { useTempDirectory } from '../../../support/useTempDirectory';

const TOKEN = 'EAAGsandboxTokenValue1234567890abcdef';
const logger = createSilentLogger();

describe('token vault', () => {
  const tempDirectory = useTempDirectory('vault');
  const open = (cipher?: SecretCipher) => {
    const directory = tempDirectory();
    const database = openOutpostDatabase({ file: join(directory, 'outpost.db'), logger });
    const actualCipher = cipher ?? createDevelopmentCipher(join(directory, 'dev-secret.key'));
    return { directory, database, vault: createTokenVault(database.db, async () => actualCipher, logger), cipher: actualCipher };
  };

  it('round-trips a secret and never writes it in the clear', async () => {
    const { directory, database, vault } = open();
    await vault.store('account:a1:access_token', TOKEN);
    expect(await vault.read('account:a1:access_token')).toBe(TOKEN);
    database.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    database.close();
    expect(readFileSync(join(directory, 'outpost.db')).includes(Buffer.from(TOKEN))).toBe(false);
  });

  it('keeps the development key private to the owner', () => {
    const { directory, database } = open();
    database.close();
    expect(statSync(join(directory, 'dev-secret.key')).mode & 0o777).toBe(0o600);
  });

  it('says "reconnect" for a secret that was never stored', async () => {
    const { database, vault } = open();
    await expect(vault.read('account:nobody:access_token')).rejects.toBeInstanceOf(SecretMissingError);
    database.close();
  });

  it('reads a keyring change as "reconnect", not a crash', async () => {
    const { database, vault, directory } = open();
    await vault.store('account:a1:access_token', TOKEN);
    const otherKeyring: SecretCipher = { ...createDevelopmentCipher(join(directory, 'dev-secret.key')), backend: 'kwallet6' };
    const afterChange = createTokenVault(database.db, async () => otherKeyring, logger);
    const error = await afterChange.read('account:a1:access_token').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretUnreadableError);
    expect((error as Error).message).toContain('kwallet6');
    expect(error).toMatchObject({ code: 'TOKEN_EXPIRED' });
    database.close();
  });

  it('reads undecryptable ciphertext as "reconnect"', async () => {
    const { database, vault } = open();
    await vault.store('account:a1:access_token', TOKEN);
    database.db.prepare('UPDATE secrets SET ciphertext = ?').run(Buffer.from('damaged bytes, not ciphertext'));
    await expect(vault.read('account:a1:access_token')).rejects.toBeInstanceOf(SecretUnreadableError);
    database.close();
  });

  it('writes the secret back when the keyring asks for re-encryption', async () => {
    let encryptions = 0;
    const rotating: SecretCipher = {
      backend: 'test-keyring',
      encrypt: async (plain) => {
        encryptions++;
        return Buffer.from(`v${encryptions}:${plain}`);
      },
      decrypt: async (bytes) => {
        const text = Buffer.from(bytes).toString();
        return { plain: text.slice(text.indexOf(':') + 1), shouldReEncrypt: text.startsWith('v1:') };
      },
    };
    const { database, vault } = open(rotating);
    await vault.store('app:meta:secret', 'shh');
    expect(await vault.read('app:meta:secret')).toBe('shh');
    expect(encryptions).toBe(2);
    expect(await vault.read('app:meta:secret')).toBe('shh');
    expect(encryptions).toBe(2);
    database.close();
  });

  it('removes exactly the secrets under a prefix, treating wildcard characters literally', async () => {
    const { database, vault } = open();
    await vault.store('account:a_1:access_token', 'one');
    await vault.store('account:a_1:refresh_token', 'two');
    await vault.store('account:ab1:access_token', 'three');
    vault.removeByPrefix('account:a_1:');
    await expect(vault.read('account:a_1:access_token')).rejects.toBeInstanceOf(SecretMissingError);
    await expect(vault.read('account:a_1:refresh_token')).rejects.toBeInstanceOf(SecretMissingError);
    expect(await vault.read('account:ab1:access_token')).toBe('three');
    database.close();
  });
});
