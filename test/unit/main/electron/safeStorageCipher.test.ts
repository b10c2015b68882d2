import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeElectron, resetFakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule());

const { createSafeStorageCipher } = await import('../../../../main/electron/safeStorageCipher');
const { KeyringUnavailableError, WeakKeyringError } = await import('../../../../main/accounts/keyringErrors');

describe('safeStorage cipher', () => {
  beforeEach(() => resetFakeElectron());

  it('encrypts with the async API and records the Linux keyring it used', async () => {
    const cipher = await createSafeStorageCipher({ platform: 'linux', allowWeakKeyring: false });
    expect(cipher.backend).toBe('gnome_libsecret');
    const ciphertext = await cipher.encrypt('EAAsecret');
    expect(Buffer.from(ciphertext).toString()).not.toContain('EAAsecret');
    expect(await cipher.decrypt(ciphertext)).toEqual({ plain: 'EAAsecret', shouldReEncrypt: false });
    expect(fakeElectron.safeStorage.encryptStringAsync).toHaveBeenCalledOnce();
  });

  it('passes on the keyring asking for re-encryption', async () => {
    const cipher = await createSafeStorageCipher({ platform: 'darwin', allowWeakKeyring: false });
    fakeElectron.safeStorage.rotateOnNextDecrypt = true;
    expect(await cipher.decrypt(await cipher.encrypt('x'))).toEqual({ plain: 'x', shouldReEncrypt: true });
    expect(cipher.backend).toBe('macos_keychain');
  });

  it('refuses Linux basic_text unless the owner accepted weaker storage', async () => {
    fakeElectron.safeStorage.backend = 'basic_text';
    await expect(createSafeStorageCipher({ platform: 'linux', allowWeakKeyring: false })).rejects.toBeInstanceOf(WeakKeyringError);
    const accepted = await createSafeStorageCipher({ platform: 'linux', allowWeakKeyring: true });
    expect(accepted.backend).toBe('basic_text');
  });

  it('says so when the keyring is unavailable', async () => {
    fakeElectron.safeStorage.asyncAvailable = false;
    await expect(createSafeStorageCipher({ platform: 'win32', allowWeakKeyring: false })).rejects.toBeInstanceOf(
      KeyringUnavailableError,
    );
  });
});
