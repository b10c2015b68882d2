import { describe, expect, it } from 'vitest';
import { DeveloperAppCredentials, DEVELOPER_APP_FORMATS, type DeveloperAppKind } from '../../../../../preload/contract';

/** The shapes the contract accepts for each platform's app id and secret, typed by the owner. */
const GOOD: Record<DeveloperAppKind, { appId: string[]; appSecret: string[] }> = {
  meta: { appId: ['123456', '1890000000000042', '12345678901234567890'], appSecret: ['0123456789abcdef0123456789abcdef', '0123456789ABCDEF0123456789ABCDEF'] },
  instagram: { appId: ['990000000000042'], appSecret: ['fedcba9876543210fedcba9876543210'] },
  tiktok: { appId: ['awx1y2z3', 'sbawoutpostdemo01', 'A'.repeat(32)], appSecret: ['Abcdefghijklmnopqrstuvwxyz012345'] },
};

const BAD: Record<DeveloperAppKind, { appId: string[]; appSecret: string[] }> = {
  meta: {
    appId: ['12345', '123456789012345678901', '12345a', '', 'app 123456'],
    appSecret: ['0123456789abcdef0123456789abcde', '0123456789abcdef0123456789abcdef0', 'g123456789abcdef0123456789abcdef', ''],
  },
  instagram: { appId: ['99', 'ig-990000000000042'], appSecret: ['fedcba9876543210fedcba987654321z', 'short'] },
  tiktok: {
    appId: ['awx1y2z', 'a'.repeat(33), 'aw-x1y2z3', 'aw x1y2z3'],
    appSecret: ['Abcdefghijklmnopqrstuvwxyz01234', 'Abcdefghijklmnopqrstuvwxyz0123456', 'Abcdefghijklmnopqrstuvwxyz01234_'],
  },
};

const KINDS = Object.keys(GOOD) as DeveloperAppKind[];

describe.each(KINDS)('%s app id and secret formats', (kind) => {
  const [goodId] = GOOD[kind].appId;
  const [goodSecret] = GOOD[kind].appSecret;

  it('accepts the platform shapes', () => {
    for (const appId of GOOD[kind].appId) expect(DeveloperAppCredentials.safeParse({ kind, appId, appSecret: goodSecret }).success, appId).toBe(true);
    for (const appSecret of GOOD[kind].appSecret) expect(DeveloperAppCredentials.safeParse({ kind, appId: goodId, appSecret }).success, appSecret).toBe(true);
  });

  it('refuses other shapes with the hint for the field', () => {
    for (const appId of BAD[kind].appId) {
      const result = DeveloperAppCredentials.safeParse({ kind, appId, appSecret: goodSecret });
      expect(result.success, appId).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message)).toContain(DEVELOPER_APP_FORMATS[kind].appIdHint);
    }
    for (const appSecret of BAD[kind].appSecret) {
      const result = DeveloperAppCredentials.safeParse({ kind, appId: goodId, appSecret });
      expect(result.success, appSecret).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message)).toContain(DEVELOPER_APP_FORMATS[kind].appSecretHint);
    }
  });

  it('trims what was pasted around the values', () => {
    expect(DeveloperAppCredentials.parse({ kind, appId: ` ${goodId}\n`, appSecret: `\t${goodSecret} ` })).toEqual({ kind, appId: goodId, appSecret: goodSecret });
  });
});

it('refuses unknown fields and unknown kinds', () => {
  expect(DeveloperAppCredentials.safeParse({ kind: 'meta', appId: '1890000000000042', appSecret: GOOD.meta.appSecret[0], extra: 1 }).success).toBe(false);
  expect(DeveloperAppCredentials.safeParse({ kind: 'threads', appId: '1890000000000042', appSecret: GOOD.meta.appSecret[0] }).success).toBe(false);
});
