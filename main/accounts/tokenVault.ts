import type { DatabaseSync } from 'node:sqlite';
import type { Logger } from '../diagnostics/logger';
import { DomainError } from '../errors/domainError';
import type { SecretCipher } from './secretCipher';

/** A secret that was never stored (or was removed). */
export class SecretMissingError extends DomainError {
  constructor(readonly secretName: string) {
    super('TOKEN_EXPIRED', 'Outpost has no sign-in saved for this account.', 'Reconnect the account.');
  }
}

/**
 * A stored secret that can no longer be read: the keyring changed (another desktop session, a
 * reset profile) or the ciphertext is damaged. Never a crash and never silent deletion: the
 * account reads as "reconnect".
 */
export class SecretUnreadableError extends DomainError {
  constructor(readonly secretName: string, reason: string) {
    super(
      'TOKEN_EXPIRED',
      `Outpost can no longer read this account's saved sign-in (${reason}).`,
      'Reconnect the account; nothing else is affected.',
    );
  }
}

/** A secret already encrypted, ready to be written synchronously (inside a transaction). */
export interface SealedSecret {
  backend: string;
  ciphertext: Uint8Array;
}

export interface TokenVault {
  store(name: string, secret: string, options?: { expiresAt?: string }): Promise<void>;
  /** Encrypts without writing, so several secrets can be written with their rows in one transaction. */
  seal(secret: string): Promise<SealedSecret>;
  storeSealed(name: string, sealed: SealedSecret, options?: { expiresAt?: string }): void;
  read(name: string): Promise<string>;
  /** When a secret was last written and when it expires, without decrypting it; undefined if absent. */
  info(name: string): { updatedAt: string; expiresAt: string | null } | undefined;
  /** Removes every secret whose name starts with `prefix` (e.g. everything of one account). */
  removeByPrefix(prefix: string): void;
}

interface SecretRow {
  backend: string;
  ciphertext: Uint8Array;
  expires_at: string | null;
}

/**
 * Tokens and app secrets, encrypted by the cipher before they are written, stored in SQLite with
 * the name of the backend that encrypted them. Secrets never leave main: nothing here is exposed
 * over the contract, and nothing logs a value. The cipher is asked for on first use, so the OS
 * keyring (which may prompt) is not touched until a secret is needed.
 */
export function createTokenVault(
  db: DatabaseSync,
  getCipher: () => Promise<SecretCipher>,
  logger: Logger,
  now: () => Date = () => new Date(),
): TokenVault {
  const upsert = db.prepare(`
    INSERT INTO secrets (name, backend, ciphertext, expires_at, updated_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (name) DO UPDATE SET backend = excluded.backend, ciphertext = excluded.ciphertext,
      expires_at = excluded.expires_at, updated_at = excluded.updated_at`);
  const select = db.prepare('SELECT backend, ciphertext, expires_at FROM secrets WHERE name = ?');
  const selectInfo = db.prepare('SELECT updated_at, expires_at FROM secrets WHERE name = ?');
  const removeLike = db.prepare("DELETE FROM secrets WHERE substr(name, 1, length(?)) = ?");

  const seal = async (secret: string): Promise<SealedSecret> => {
    const cipher = await getCipher();
    return { backend: cipher.backend, ciphertext: await cipher.encrypt(secret) };
  };
  const storeSealed = (name: string, sealed: SealedSecret, options: { expiresAt?: string } = {}) => {
    upsert.run(name, sealed.backend, sealed.ciphertext, options.expiresAt ?? null, now().toISOString());
  };
  const store = async (name: string, secret: string, options: { expiresAt?: string } = {}) => {
    storeSealed(name, await seal(secret), options);
  };

  return {
    store,
    seal,
    storeSealed,
    async read(name) {
      const row = select.get(name) as SecretRow | undefined;
      if (!row) throw new SecretMissingError(name);
      const cipher = await getCipher();
      if (row.backend !== cipher.backend) {
        logger.warn({ secret: name, stored: row.backend, current: cipher.backend }, 'vault: keyring backend changed');
        throw new SecretUnreadableError(name, `it was saved with ${row.backend}, and this session uses ${cipher.backend}`);
      }
      let decrypted: { plain: string; shouldReEncrypt: boolean };
      try {
        decrypted = await cipher.decrypt(row.ciphertext);
      } catch {
        logger.warn({ secret: name }, 'vault: could not decrypt a secret');
        throw new SecretUnreadableError(name, 'the keyring could not decrypt it');
      }
      if (decrypted.shouldReEncrypt) {
        await store(name, decrypted.plain, row.expires_at ? { expiresAt: row.expires_at } : {});
      }
      return decrypted.plain;
    },
    info(name) {
      const row = selectInfo.get(name) as { updated_at: string; expires_at: string | null } | undefined;
      return row ? { updatedAt: row.updated_at, expiresAt: row.expires_at } : undefined;
    },
    removeByPrefix(prefix) {
      removeLike.run(prefix, prefix);
    },
  };
}
