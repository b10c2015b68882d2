import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../../../main/sandbox/core/clock';
import { createSeededRandom } from '../../../../main/sandbox/core/seededRandom';
import { base64UrlChallenge, hexChallenge, verifierMatches } from '../../../../main/sandbox/meta/pkce';
import { appUsage, businessUsage, recordGraphCall, usageHeaders } from '../../../../main/sandbox/meta/usageHeaders';
import { buildUrls } from '../../../../main/sandbox/urlLayout';
import { createDemoState } from '../../../../main/sandbox/world/demoWorld';
import { resolveSettings } from '../../../../main/sandbox/world/sandboxSettings';
import type { SandboxWorld } from '../../../../main/sandbox/world/sandboxWorld';

function world(limits: { appCallsPerHour: number; businessCallsPerDay: number }): SandboxWorld {
  return {
    state: createDemoState({ seed: 's' }),
    clock: createManualClock(0),
    seed: 's',
    settings: resolveSettings({ limits }),
    urls: buildUrls('http://127.0.0.1:1'),
    random: createSeededRandom('s'),
  };
}

describe('usage headers (reference 5.3)', () => {
  it('X-App-Usage grows with calls in the rolling hour and falls after it', () => {
    const w = world({ appCallsPerHour: 10, businessCallsPerDay: 100 });
    expect(appUsage(w).call_count).toBe(0);
    for (let i = 0; i < 3; i++) recordGraphCall(w, null);
    expect(appUsage(w)).toEqual({ call_count: 30, total_cputime: 18, total_time: 24 });
    w.clock.advance(60 * 60 * 1000 + 1);
    expect(appUsage(w).call_count).toBe(0);
  });

  it('X-Business-Use-Case-Usage is keyed by object and says when access comes back', () => {
    const w = world({ appCallsPerHour: 1000, businessCallsPerDay: 4 });
    const page = { id: '104', type: 'pages' as const };
    for (let i = 0; i < 4; i++) recordGraphCall(w, page);
    const usage = businessUsage(w, page);
    expect(usage.call_count).toBe(100);
    expect(usage.minutesToRegain).toBe(24 * 60);
    const header = JSON.parse(usageHeaders(w, page)['x-business-use-case-usage'] ?? '{}') as Record<string, { type: string; call_count: number; estimated_time_to_regain_access: number }[]>;
    expect(header['104']?.[0]).toMatchObject({ type: 'pages', call_count: 100, estimated_time_to_regain_access: 1440 });
  });
});

describe('PKCE', () => {
  const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';

  it('computes the RFC 7636 example challenge for Meta', () => {
    expect(base64UrlChallenge(verifier)).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('computes TikTok hex challenges (reference 6.1)', () => {
    expect(hexChallenge(verifier)).toMatch(/^[0-9a-f]{64}$/);
    expect(verifierMatches(verifier, { value: hexChallenge(verifier), method: 'S256' }, 'hex')).toBe(true);
    expect(verifierMatches(verifier, { value: base64UrlChallenge(verifier), method: 'S256' }, 'hex')).toBe(false);
  });

  it('refuses verifiers outside 43-128 chars of the allowed alphabet', () => {
    expect(verifierMatches('short', { value: 'short', method: 'plain' }, 'base64url')).toBe(false);
    expect(verifierMatches(`${verifier}!`, { value: `${verifier}!`, method: 'plain' }, 'base64url')).toBe(false);
  });
});
