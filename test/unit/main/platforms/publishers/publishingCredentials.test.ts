import { describe, expect, it, vi } from 'vitest';
import type { AccountRecord } from '../../../../../main/accounts/accountsRepository';
import type { PlatformAccess } from '../../../../../main/accounts/platformAccess';
import { createPublishingCredentials, TIKTOK_REFRESH_MARGIN_MS } from '../../../../../main/accounts/publishingCredentials';
import { SecretMissingError, type TokenVault } from '../../../../../main/accounts/tokenVault';
import { TokenInvalidError } from '../../../../../main/platforms/platformErrors';
import type { PublishAccount } from '../../../../../main/platforms/publisher';

const NOW = new Date('2026-01-15T09:00:00Z');
const MINUTE = 60_000;

/** A vault in memory: secrets by name, with their expiry. */
function memoryVault(secrets: Record<string, { value: string; expiresAt?: Date }>): Pick<TokenVault, 'read' | 'info'> {
  return {
    async read(name) {
      const secret = secrets[name];
      if (!secret) throw new SecretMissingError(name);
      return secret.value;
    },
    info: (name) => {
      const secret = secrets[name];
      return secret && { updatedAt: NOW.toISOString(), expiresAt: secret.expiresAt?.toISOString() ?? null };
    },
  };
}

const account = (overrides: Partial<PublishAccount>): PublishAccount => ({
  id: 'tt',
  platform: 'tiktok',
  platformAccountId: 'open-1',
  loginPath: 'tiktok_login',
  isDemo: true,
  displayName: 'Rosie',
  ...overrides,
});

function record(id: string, platformAccountId: string, linkedAccountId: string | null): AccountRecord {
  return { id, platformAccountId, summary: { linkedAccountId } } as unknown as AccountRecord;
}

function credentialsWith(secrets: Record<string, { value: string; expiresAt?: Date }>, accounts: AccountRecord[] = []) {
  const refreshAccount = vi.fn(async (_id: string) => undefined);
  const platformAccessFor = vi.fn(async (): Promise<PlatformAccess> => {
    throw new Error('no call expected');
  });
  const create = createPublishingCredentials({
    vault: memoryVault(secrets),
    accounts: { get: (id) => accounts.find((candidate) => candidate.id === id) },
    platformAccessFor,
    refreshAccount,
    now: () => NOW,
  });
  return { create, refreshAccount, platformAccessFor };
}

describe('publishing credentials', () => {
  it('reads a TikTok token with time to spare as it is', async () => {
    const { create, refreshAccount } = credentialsWith({ 'account:tt:access_token': { value: 'act.1', expiresAt: new Date(NOW.getTime() + TIKTOK_REFRESH_MARGIN_MS + MINUTE) } });
    expect(await create(account({})).accessToken()).toBe('act.1');
    expect(refreshAccount).not.toHaveBeenCalled();
  });

  it('has upkeep refresh a TikTok token lapsing within the margin, then reads the new one', async () => {
    const secrets = { 'account:tt:access_token': { value: 'act.1', expiresAt: new Date(NOW.getTime() + TIKTOK_REFRESH_MARGIN_MS - MINUTE) } };
    const { create, refreshAccount } = credentialsWith(secrets);
    refreshAccount.mockImplementation(async () => {
      secrets['account:tt:access_token'] = { value: 'act.2', expiresAt: new Date(NOW.getTime() + 24 * 60 * MINUTE) };
    });

    expect(await create(account({})).accessToken()).toBe('act.2');
    expect(refreshAccount).toHaveBeenCalledExactlyOnceWith('tt');
  });

  it('asks for a reconnect when the token still lapses after upkeep (its refresh token has ended)', async () => {
    const { create } = credentialsWith({ 'account:tt:access_token': { value: 'act.1', expiresAt: new Date(NOW.getTime() - MINUTE) } });
    const error = await create(account({})).accessToken().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenInvalidError);
    expect(error).toMatchObject({ reconnectNeeded: true, details: { platform: 'tiktok' } });
  });

  it('passes on what upkeep threw', async () => {
    const { create, refreshAccount } = credentialsWith({ 'account:tt:access_token': { value: 'act.1', expiresAt: new Date(NOW.getTime()) } });
    refreshAccount.mockRejectedValue(new SecretMissingError('account:tt:refresh_token'));
    await expect(create(account({})).accessToken()).rejects.toBeInstanceOf(SecretMissingError);
  });

  it('never refreshes a Page token (it does not expire)', async () => {
    const { create, refreshAccount } = credentialsWith({ 'account:fb:access_token': { value: 'EAA-page', expiresAt: new Date(NOW.getTime() - MINUTE) } });
    const page = account({ id: 'fb', platform: 'facebook', loginPath: 'facebook_login' });
    expect(await create(page).accessToken()).toBe('EAA-page');
    expect(refreshAccount).not.toHaveBeenCalled();
  });

  it('gives an Instagram account the token of its linked Page without a call', async () => {
    const { create, platformAccessFor } = credentialsWith(
      { 'account:ig:access_token': { value: 'EAA-page' }, 'account:fb:access_token': { value: 'EAA-linked' } },
      [record('ig', '1784', 'fb'), record('fb', '1040', null)],
    );
    const instagram = account({ id: 'ig', platform: 'instagram', loginPath: 'facebook_login' });
    expect(await create(instagram).linkedPageAccessToken()).toEqual({ pageId: '1040', accessToken: 'EAA-linked' });
    expect(platformAccessFor).not.toHaveBeenCalled();
  });

  it('has no Page for an Instagram Login account, a Page or TikTok', async () => {
    const { create } = credentialsWith({});
    for (const other of [
      account({ platform: 'instagram', loginPath: 'instagram_login' }),
      account({ platform: 'facebook', loginPath: 'facebook_login' }),
      account({}),
    ]) {
      expect(await create(other).linkedPageAccessToken()).toBeNull();
    }
  });
});
