import { describe, expect, it } from 'vitest';
import { accountHealth, dataAccessExpiry, type HealthFacts } from '../../../../main/accounts/health/accountHealth';
import { missingPermissions } from '../../../../main/accounts/health/featurePermissions';
import { META_SCOPES, INSTAGRAM_LOGIN_SCOPES, TIKTOK_SCOPES } from '../../../../main/accounts/connect/signInScopes';

const now = new Date('2026-11-20T12:00:00.000Z');
const facts = (overrides: Partial<HealthFacts> = {}): HealthFacts => ({
  platform: 'facebook',
  loginPath: 'facebook_login',
  grantedScopes: META_SCOPES,
  reconnectReason: null,
  tokenExpiresAt: null,
  dataAccessExpiresAt: '2027-02-18T12:00:00.000Z',
  checkedAt: null,
  ...overrides,
});

describe('account health', () => {
  it('is connected with every permission and far deadlines', () => {
    expect(accountHealth(facts(), now)).toEqual({
      state: 'connected',
      reason: null,
      tokenExpiresAt: null,
      dataAccessExpiresAt: '2027-02-18T12:00:00.000Z',
      missingPermissions: [],
      checkedAt: null,
    });
  });

  it('turns expiring exactly 7 days before a deadline, not a minute earlier', () => {
    const sevenDays = '2026-11-27T12:00:00.000Z';
    expect(accountHealth(facts({ dataAccessExpiresAt: sevenDays }), now).state).toBe('expiring');
    expect(accountHealth(facts({ dataAccessExpiresAt: '2026-11-27T12:01:00.000Z' }), now).state).toBe('connected');
    expect(accountHealth(facts({ loginPath: 'instagram_login', platform: 'instagram', grantedScopes: INSTAGRAM_LOGIN_SCOPES, tokenExpiresAt: sevenDays, dataAccessExpiresAt: null }), now).state).toBe('expiring');
  });

  it('needs reconnecting once a deadline has passed, saying which', () => {
    expect(accountHealth(facts({ dataAccessExpiresAt: '2026-11-20T11:59:00.000Z' }), now)).toMatchObject({
      state: 'needs_reconnect',
      reason: "Meta's 90-day data access has lapsed.",
    });
    expect(accountHealth(facts({ tokenExpiresAt: '2026-11-19T00:00:00.000Z' }), now)).toMatchObject({
      state: 'needs_reconnect',
      reason: 'The saved sign-in has expired.',
    });
  });

  it('puts a recorded reconnect reason before missing permissions and deadlines', () => {
    const health = accountHealth(facts({ reconnectReason: 'Facebook says the password changed.', grantedScopes: [], dataAccessExpiresAt: '2026-11-21T00:00:00.000Z' }), now);
    expect(health.state).toBe('needs_reconnect');
    expect(health.reason).toBe('Facebook says the password changed.');
    expect(health.missingPermissions.length).toBeGreaterThan(0);
  });

  it('names the features a declined permission affects, per kind of account', () => {
    expect(missingPermissions('facebook_login', 'instagram', META_SCOPES.filter((s) => s !== 'instagram_manage_insights'))).toEqual([
      { permission: 'instagram_manage_insights', feature: 'Instagram insights' },
    ]);
    expect(missingPermissions('facebook_login', 'facebook', META_SCOPES.filter((s) => s !== 'publish_video'))).toEqual([
      { permission: 'publish_video', feature: 'Publish videos to the Page' },
    ]);
    expect(missingPermissions('tiktok_login', 'tiktok', TIKTOK_SCOPES)).toEqual([]);
    expect(accountHealth(facts({ grantedScopes: META_SCOPES.filter((s) => s !== 'read_insights') }), now).state).toBe('missing_permission');
  });

  it('starts Meta data access 90 days after signing in', () => {
    expect(dataAccessExpiry(now)).toBe('2027-02-18T12:00:00.000Z');
  });
});
