import { createHash } from 'node:crypto';

/**
 * PKCE checks. Meta: RFC 7636 (base64url SHA-256, or plain; reference 1.3). TikTok: hex SHA-256
 * (reference 6.1, "TikTok uses hex"). The verifier is 43-128 chars of [A-Za-z0-9-._~].
 */
export const VERIFIER_PATTERN = /^[A-Za-z0-9._~-]{43,128}$/;

export function base64UrlChallenge(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

export function hexChallenge(verifier: string): string {
  return createHash('sha256').update(verifier).digest('hex');
}

export function verifierMatches(verifier: string, challenge: { value: string; method: string }, encoding: 'base64url' | 'hex'): boolean {
  if (!VERIFIER_PATTERN.test(verifier)) return false;
  if (challenge.method === 'plain') return verifier === challenge.value;
  return (encoding === 'hex' ? hexChallenge(verifier) : base64UrlChallenge(verifier)) === challenge.value;
}
