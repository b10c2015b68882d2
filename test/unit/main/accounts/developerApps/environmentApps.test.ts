import { describe, expect, it } from 'vitest';
import { DeveloperAppEnvironmentError } from '../../../../../main/accounts/developerApps/developerAppErrors';
import { ENVIRONMENT_VARIABLES, environmentApp } from '../../../../../main/accounts/developerApps/environmentApps';

const META_SECRET = '0123456789abcdef0123456789abcdef';
const TIKTOK_SECRET = 'Abcdefghijklmnopqrstuvwxyz012345';

function refusal(action: () => unknown): DeveloperAppEnvironmentError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(DeveloperAppEnvironmentError);
    return error as DeveloperAppEnvironmentError;
  }
  throw new Error('Expected the environment pair to be refused.');
}

describe('development apps from the environment', () => {
  it('reads each kind from its own pair of variables', () => {
    const env = {
      OUTPOST_META_APP_ID: '1890000000000042',
      OUTPOST_META_APP_SECRET: META_SECRET,
      OUTPOST_INSTAGRAM_APP_ID: '990000000000042',
      OUTPOST_INSTAGRAM_APP_SECRET: META_SECRET.toUpperCase(),
      OUTPOST_TIKTOK_CLIENT_KEY: 'sbawoutpostdemo01',
      OUTPOST_TIKTOK_CLIENT_SECRET: TIKTOK_SECRET,
    };
    expect(environmentApp(env, 'meta')).toEqual({ appId: '1890000000000042', appSecret: META_SECRET });
    expect(environmentApp(env, 'instagram')).toEqual({ appId: '990000000000042', appSecret: META_SECRET.toUpperCase() });
    expect(environmentApp(env, 'tiktok')).toEqual({ appId: 'sbawoutpostdemo01', appSecret: TIKTOK_SECRET });
  });

  it('has nothing when neither variable is set, or both are empty', () => {
    expect(environmentApp({}, 'meta')).toBeUndefined();
    expect(environmentApp({ OUTPOST_TIKTOK_CLIENT_KEY: '', OUTPOST_TIKTOK_CLIENT_SECRET: '  ' }, 'tiktok')).toBeUndefined();
    // Another kind's pair is not this kind's.
    expect(environmentApp({ OUTPOST_META_APP_ID: '1890000000000042', OUTPOST_META_APP_SECRET: META_SECRET }, 'instagram')).toBeUndefined();
  });

  it('trims the values, as a pasted line often ends in a space', () => {
    expect(environmentApp({ OUTPOST_META_APP_ID: ' 1890000000000042 ', OUTPOST_META_APP_SECRET: `${META_SECRET}\n` }, 'meta')).toEqual({
      appId: '1890000000000042',
      appSecret: META_SECRET,
    });
  });

  it.each([
    ['meta', { OUTPOST_META_APP_ID: '1890000000000042' }, 'OUTPOST_META_APP_SECRET'],
    ['meta', { OUTPOST_META_APP_SECRET: META_SECRET }, 'OUTPOST_META_APP_ID'],
    ['instagram', { OUTPOST_INSTAGRAM_APP_SECRET: META_SECRET, OUTPOST_INSTAGRAM_APP_ID: '' }, 'OUTPOST_INSTAGRAM_APP_ID'],
    ['tiktok', { OUTPOST_TIKTOK_CLIENT_KEY: 'sbawoutpostdemo01' }, 'OUTPOST_TIKTOK_CLIENT_SECRET'],
  ] as const)('refuses a half-set %s pair, naming the missing variable', (kind, env, missing) => {
    const error = refusal(() => environmentApp(env, kind));
    expect(error.variable).toBe(missing);
    expect(error.code).toBe('DEVELOPER_APP_MISSING');
    expect(error.message).toMatch(new RegExp(`^${missing} is not set`));
    expect(error.action).toContain('start Outpost again');
  });

  it.each([
    ['meta', { OUTPOST_META_APP_ID: 'my-app', OUTPOST_META_APP_SECRET: META_SECRET }, 'OUTPOST_META_APP_ID'],
    ['meta', { OUTPOST_META_APP_ID: '1890000000000042', OUTPOST_META_APP_SECRET: 'not-hex-not-hex-not-hex-not-hex!' }, 'OUTPOST_META_APP_SECRET'],
    ['instagram', { OUTPOST_INSTAGRAM_APP_ID: '99', OUTPOST_INSTAGRAM_APP_SECRET: META_SECRET }, 'OUTPOST_INSTAGRAM_APP_ID'],
    ['tiktok', { OUTPOST_TIKTOK_CLIENT_KEY: 'sbawoutpostdemo01', OUTPOST_TIKTOK_CLIENT_SECRET: 'short' }, 'OUTPOST_TIKTOK_CLIENT_SECRET'],
    ['tiktok', { OUTPOST_TIKTOK_CLIENT_KEY: 'has space', OUTPOST_TIKTOK_CLIENT_SECRET: TIKTOK_SECRET }, 'OUTPOST_TIKTOK_CLIENT_KEY'],
  ] as const)('refuses a malformed %s value, naming the variable and never echoing it', (kind, env, variable) => {
    const error = refusal(() => environmentApp(env, kind));
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
    const value = (env as Record<string, string>)[variable]!;
    expect(error.message).not.toContain(value);
  });

  it('names TikTok variables in its own words', () => {
    expect(ENVIRONMENT_VARIABLES.tiktok).toEqual({ appId: 'OUTPOST_TIKTOK_CLIENT_KEY', appSecret: 'OUTPOST_TIKTOK_CLIENT_SECRET' });
  });
});
