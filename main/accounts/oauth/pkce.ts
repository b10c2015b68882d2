import { createHash, randomBytes } from 'node:crypto';

/**
 * PKCE (RFC 7636). The verifier is 64 characters of base64url, inside the allowed
 * `[A-Za-z0-9-._~]{43,128}`. The challenge encoding differs by platform: standard S256 is
 * base64url, but TikTok's desktop Login Kit wants the SHA-256 in hex (platform-apis.md 6.1), so the
 * caller names the encoding.
 */
export type ChallengeEncoding = 'base64url' | 'hex';

export interface PkcePair {
  verifier: string;
  challenge: string;
  method: 'S256';
}

export function createPkcePair(encoding: ChallengeEncoding): PkcePair {
  const verifier = randomBytes(48).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest(encoding), method: 'S256' };
}

/** A fresh, single-use `state` value for one authorization attempt. */
export function createOAuthState(): string {
  return randomBytes(32).toString('base64url');
}
