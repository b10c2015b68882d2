import { safeStorage } from 'electron';
import type { SecretCipher } from '../accounts/secretCipher';
import { KeyringUnavailableError, WEAK_KEYRING_BACKEND, WeakKeyringError } from '../accounts/keyringErrors';

/** The keyring's name, stored next to each secret so a change of keyring reads as "reconnect". */
export function keyringBackend(platform: NodeJS.Platform): string {
  if (platform === 'linux') return safeStorage.getSelectedStorageBackend();
  return platform === 'darwin' ? 'macos_keychain' : platform === 'win32' ? 'windows_dpapi' : platform;
}

/** A cipher over Electron's asynchronous safeStorage API (Electron 42+); call after `ready`. */
export async function createSafeStorageCipher(options: {
  platform: NodeJS.Platform;
  allowWeakKeyring: boolean;
}): Promise<SecretCipher> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) throw new KeyringUnavailableError();
  const backend = keyringBackend(options.platform);
  if (backend === WEAK_KEYRING_BACKEND && !options.allowWeakKeyring) throw new WeakKeyringError();
  return {
    backend,
    encrypt: (plain) => safeStorage.encryptStringAsync(plain),
    async decrypt(ciphertext) {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(ciphertext));
      return { plain: result, shouldReEncrypt };
    },
  };
}
