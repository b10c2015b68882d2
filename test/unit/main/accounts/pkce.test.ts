import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createOAuthState, createPkcePair } from '../../../../main/accounts/oauth/pkce';

describe('PKCE', () => {
  it('makes a verifier inside RFC 7636 bounds', () => {
    const { verifier, method } = createPkcePair('base64url');
    expect(verifier).toMatch(/^[A-Za-z0-9\-._~]{43,128}$/);
    expect(method).toBe('S256');
  });

  it('encodes the standard challenge as base64url SHA-256', () => {
    const { verifier, challenge } = createPkcePair('base64url');
    expect(challenge).toBe(createHash('sha256').update(verifier).digest('base64url'));
    expect(challenge).not.toContain('=');
  });

  it("encodes TikTok's challenge as hex SHA-256 (platform-apis.md 6.1)", () => {
    const { verifier, challenge } = createPkcePair('hex');
    expect(challenge).toMatch(/^[0-9a-f]{64}$/);
    expect(challenge).toBe(createHash('sha256').update(verifier).digest('hex'));
  });

  it('never repeats a verifier or a state', () => {
    const verifiers = new Set(Array.from({ length: 200 }, () => createPkcePair('hex').verifier));
    const states = new Set(Array.from({ length: 200 }, () => createOAuthState()));
    expect(verifiers.size).toBe(200);
    expect(states.size).toBe(200);
  });
});
