import { DomainError } from '../errors/domainError';

/** The OS keyring cannot encrypt right now (locked, missing, or still starting). */
export class KeyringUnavailableError extends DomainError {
  constructor() {
    super(
      'KEYRING_UNAVAILABLE',
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
      'KEYRING_WEAK',
      'This computer has no password keyring, so sign-ins could only be stored with weak protection.',
      'Install and unlock GNOME Keyring or KWallet and restart Outpost, or accept weaker storage.',
    );
  }
}

/** The backend name Electron reports for its hard-coded-password fallback on Linux. */
export const WEAK_KEYRING_BACKEND = 'basic_text';
