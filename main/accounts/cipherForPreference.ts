import type { SecretCipher } from './secretCipher';

/**
 * The token vault's cipher, created on first use (the OS keyring may prompt) and again when the
 * owner changes their answer about weak storage. A failure is not remembered: the keyring may be
 * unlocked by the next attempt.
 */
export function cipherForPreference(
  create: (options: { allowWeakKeyring: boolean }) => Promise<SecretCipher>,
  allowWeakKeyring: () => boolean,
): () => Promise<SecretCipher> {
  let cached: { allow: boolean; cipher: Promise<SecretCipher> } | undefined;
  return () => {
    const allow = allowWeakKeyring();
    if (cached?.allow !== allow) {
      const cipher = create({ allowWeakKeyring: allow });
      const entry = { allow, cipher };
      cached = entry;
      cipher.catch(() => {
        if (cached === entry) cached = undefined;
      });
    }
    return cached.cipher;
  };
}
