import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../main/electron/contentSecurityPolicy';

describe('the app:// Content Security Policy', () => {
  it('is exactly the strict policy of the security baseline', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; " +
        "object-src 'none'",
    );
  });

  it('never allows inline or evaluated scripts, or any remote source', () => {
    const scriptSrc = CONTENT_SECURITY_POLICY.split('; ').find((directive) => directive.startsWith('script-src '));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});
