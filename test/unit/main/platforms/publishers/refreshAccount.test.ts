import { describe, expect, it } from 'vitest';
import { SecretMissingError } from '../../../../../main/accounts/tokenVault';
import { TokenInvalidError } from '../../../../../main/platforms/platformErrors';
import { tiktokPath } from '../../../../../main/platforms/tiktok/tiktokConventions';
import { useTempDirectory } from '../../../../support/useTempDirectory';
import { DAY, HOUR, START, platformError, upkeepWorld } from '../../accounts/upkeep/upkeepFixtures';

/**
 * Token upkeep's per-account check, shared by the daily pass and publishing (refreshAccount):
 * one TikTok refresh at a time per account, because each refresh retires the refresh token.
 */
describe('token upkeep: refreshAccount', () => {
  const tempDirectory = useTempDirectory('refresh-account');

  async function tiktokWorld() {
    const w = upkeepWorld(tempDirectory());
    const id = w.save({ platform: 'tiktok', platformAccountId: 'open-1', displayName: 'Rosie', loginPath: 'tiktok_login' });
    await w.store(id, 'access_token', 'act.old', new Date(START.getTime() + HOUR));
    await w.store(id, 'refresh_token', 'rft.0', new Date(START.getTime() + 300 * DAY));
    w.platforms.apps.tiktok = { appId: 'sbawclientkey', appSecret: 'client-secret' };
    let refreshes = 0;
    w.platforms.route(`tiktokApi POST ${tiktokPath('oauth/token/')}`, (call) => {
      const used = (call.data as URLSearchParams).get('refresh_token');
      // A retired refresh token is refused, as TikTok does once it has rotated it.
      if (used !== `rft.${refreshes}`) throw platformError({ platform: 'tiktok', network: 'tiktokApi', httpStatus: 400, errorCode: 'invalid_grant' });
      refreshes += 1;
      return { open_id: 'open-1', scope: 'user.info.basic', access_token: `act.${refreshes}`, expires_in: 86_400, refresh_token: `rft.${refreshes}`, refresh_expires_in: 31_536_000 };
    });
    return { w, id, refreshes: () => refreshes };
  }

  it('refreshes the account, storing the rotated tokens and telling the renderer', async () => {
    const { w, id, refreshes } = await tiktokWorld();
    await w.upkeep.refreshAccount(id);

    expect(refreshes()).toBe(1);
    expect(await w.secret(id, 'access_token')).toBe('act.1');
    expect(await w.secret(id, 'refresh_token')).toBe('rft.1');
    expect(w.onAccountsChanged).toHaveBeenCalledTimes(1);
  });

  it('callers and a pass arriving while a refresh runs join it: one refresh, the account stays signed in', async () => {
    const { w, id, refreshes } = await tiktokWorld();
    const [report] = await Promise.all([w.upkeep.runPass(), w.upkeep.refreshAccount(id), w.upkeep.refreshAccount(id)]);

    expect(refreshes()).toBe(1);
    expect(report).toMatchObject({ refreshed: 1, needsReconnect: 0 });
    expect(w.health(id)?.state).not.toBe('needs_reconnect');
  });

  it('a later call refreshes again, from the token the first one stored', async () => {
    const { w, id, refreshes } = await tiktokWorld();
    await w.upkeep.refreshAccount(id);
    await w.upkeep.refreshAccount(id);

    expect(refreshes()).toBe(2);
    expect(await w.secret(id, 'refresh_token')).toBe('rft.2');
  });

  it('a refused refresh is recorded as the pass would (reconnect) and thrown to the caller', async () => {
    const { w, id } = await tiktokWorld();
    await w.store(id, 'refresh_token', 'rft.stolen', new Date(START.getTime() + 300 * DAY));

    await expect(w.upkeep.refreshAccount(id)).rejects.toBeInstanceOf(TokenInvalidError);
    expect(w.health(id)).toMatchObject({ state: 'needs_reconnect', reason: 'TikTok says the sign-in was revoked or has expired.' });
    expect(w.onAccountsChanged).toHaveBeenCalledTimes(1);
  });

  it('an account that is not connected has no sign-in to refresh', async () => {
    const { w } = await tiktokWorld();
    await expect(w.upkeep.refreshAccount('gone')).rejects.toBeInstanceOf(SecretMissingError);
  });
});
