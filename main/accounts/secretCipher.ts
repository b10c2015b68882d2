/**
 * Encrypts secrets before they touch disk. The app uses Electron's safeStorage (the OS keyring);
 * browser mode and tests use a development key file. `backend` names what encrypted a value, and
 * is stored next to it, because ciphertext from one keyring cannot be read by another.
 */
export interface SecretCipher {
  readonly backend: string;
  encrypt(plain: string): Promise<Uint8Array>;
  /** `shouldReEncrypt`: the keyring rotated its key or found a better provider; write back. */
  decrypt(ciphertext: Uint8Array): Promise<{ plain: string; shouldReEncrypt: boolean }>;
}
