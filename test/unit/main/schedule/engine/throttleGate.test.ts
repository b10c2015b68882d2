import { describe, expect, it } from 'vitest';
import { createUsageLedger } from '../../../../../main/platforms/usageLedger';
import { appOf, createThrottleGate, type GateSubject } from '../../../../../main/schedule/engine/throttleGate';

const NOW = new Date('2026-12-01T08:00:00.000Z');
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const subject = (accountId: string, loginPath: GateSubject['loginPath'], isDemo = false): GateSubject => ({
  accountId,
  platformAccountId: `p-${accountId}`,
  loginPath,
  isDemo,
});

describe('throttle gate', () => {
  const setup = () => {
    let now = NOW;
    const usage = createUsageLedger({ now: () => now });
    const gate = createThrottleGate({ usage, now: () => now });
    return { gate, usage, setNow: (at: Date) => void (now = at) };
  };

  it('closes one account, or every account of the app, until the time given', () => {
    const { gate, setNow } = setup();
    const page = subject('page', 'facebook_login');
    const insta = subject('insta', 'facebook_login');
    const tiktok = subject('creator', 'tiktok_login');
    gate.hold(page, 'account', later(10));
    expect(gate.openAt(page)).toEqual(later(10));
    expect(gate.openAt(insta)).toBeNull();

    gate.hold(insta, 'app', later(30));
    expect(gate.openAt(page)).toEqual(later(30));
    expect(gate.openAt(insta)).toEqual(later(30));
    expect(gate.openAt(tiktok)).toBeNull();

    setNow(later(30));
    expect(gate.openAt(page)).toBeNull();
  });

  it('keeps demo and live apps, and Meta’s two apps, apart', () => {
    expect(appOf(subject('a', 'facebook_login', true))).toBe('demo:meta');
    expect(appOf(subject('a', 'facebook_login'))).toBe('live:meta');
    expect(appOf(subject('a', 'instagram_login'))).toBe('live:instagram');
    expect(appOf(subject('a', 'tiktok_login'))).toBe('live:tiktok');
    const { gate } = setup();
    gate.hold(subject('a', 'facebook_login', true), 'app', later(10));
    expect(gate.openAt(subject('b', 'facebook_login'))).toBeNull();
  });

  it('waits while Meta’s usage headers ask for a pause, never for TikTok', () => {
    const { gate, usage } = setup();
    usage.record({ app: 'facebookApp', observedAt: NOW, headers: { appUsage: { callCount: 95, totalCputime: 1, totalTime: 1 } } });
    expect(gate.openAt(subject('page', 'facebook_login'))).toEqual(later(60));
    expect(gate.openAt(subject('creator', 'tiktok_login'))).toBeNull();
  });
});
