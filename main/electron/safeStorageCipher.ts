import { safeStorage } from 'electron';
import type { SecretCipher } from '../accounts/secretCipher';
import { DomainError } from '../errors/domainError';

/** The OS keyring cannot encrypt right now (locked, missing, or still starting). */
export class KeyringUnavailableError extends DomainError {
  constructor() {
    super(
      'INTERNAL',
      "Outpost cannot reach this computer's password keyring, so it cannot keep sign-ins safe.",
      'Unlock your keyring (or sign in to your desktop session) and try again.',
    );
  }
}

/**
 * Linux without a secret service falls back to `basic_text`, a hard-coded password: obfuscation,
 * not encryption (electron-craft.md B.8). Refused unless the owner explicitly accepts it.
 */
export class WeakKeyringError extends DomainError {
  constructor() {
    super(
      'INTERNAL',
      'This desktop has no password keyring, so sign-ins would be stored with only weak protection.',
      'Install and unlock GNOME Keyring or KWallet, or accept weaker storage in Settings.',
    );
  }
}

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
  if (backend === 'basic_text' && !options.allowWeakKeyring) throw new WeakKeyringError();
  return {
    backend,
    encrypt: (plain) => safeStorage.encryptStringAsync(plain),
    async decrypt(ciphertext) {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(ciphertext));
      return { plain: result, shouldReEncrypt };
    },
  };
}
