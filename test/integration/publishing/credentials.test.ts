import { describe, expect, it } from 'vitest';
import { accountSecretName } from '../../../main/accounts/accountsRepository';
import { createPublishingCredentials, TIKTOK_REFRESH_MARGIN_MS } from '../../../main/accounts/publishingCredentials';
import { TokenInvalidError } from '../../../main/platforms/platformErrors';
import { DAY, MINUTE } from '../platforms/support/platformSandbox';
import { publishToEnd } from './runSteps';
import { usePublishingWorld, type PublishingWorld } from './support/publishingWorld';
import { tiktokVideosTitled } from './support/sandboxViews';

/**
 * Publishing credentials against the sandbox: TikTok's access token renewed through token
 * upkeep's own per-account check when it is about to lapse (one refresh, however many ask at
 * once, the daily pass included: TikTok retires the refresh token each time), and the Page an
 * Instagram account's photos are staged on.
 */
const world = usePublishingWorld({ seed: 'publishing-credentials' });

const tiktokAccount = (w: PublishingWorld) => w.job('tiktok', 'video', []).account;
const secret = (w: PublishingWorld, kind: 'access_token' | 'refresh_token') => w.vault.read(accountSecretName(w.accountIds.tiktok, kind));

async function lapseAccessTokenIn(w: PublishingWorld, ms: number) {
  const name = accountSecretName(w.accountIds.tiktok, 'access_token');
  await w.vault.store(name, await w.vault.read(name), { expiresAt: new Date(w.sandbox.now().getTime() + ms).toISOString() });
}

describe('publishing credentials', () => {
  it('uses a TikTok token that is not about to lapse as it is', async () => {
    const w = world();
    const before = { access: await secret(w, 'access_token'), refresh: await secret(w, 'refresh_token') };
    const credentials = w.env(w.job('tiktok', 'video', [])).credentials;

    expect(await credentials.accessToken()).toBe(before.access);
    expect(await secret(w, 'refresh_token')).toBe(before.refresh);
  });

  it('renews a TikTok token lapsing within the margin once, shared by every caller and the daily pass', async () => {
    const w = world();
    await lapseAccessTokenIn(w, TIKTOK_REFRESH_MARGIN_MS - MINUTE);
    const before = { access: await secret(w, 'access_token'), refresh: await secret(w, 'refresh_token') };
    const credentials = w.env(w.job('tiktok', 'video', [])).credentials;

    const [first, second, report] = await Promise.all([credentials.accessToken(), credentials.accessToken(), w.upkeep.runPass()]);

    expect(first).toBe(second);
    expect(first).not.toBe(before.access);
    expect(await secret(w, 'refresh_token')).not.toBe(before.refresh);
    // Had two refreshes raced, the second would have used the retired refresh token and signed the account out.
    expect(report.needsReconnect).toBe(0);
    expect(w.accounts.get(w.accountIds.tiktok)?.summary.health.state).toBe('connected');

    const job = w.job('tiktok', 'video', [await w.media('vertical.mp4')], { options: { platform: 'tiktok', privacyLevel: 'SELF_ONLY' } });
    await publishToEnd(w.publishers.tiktok, job, w.env(job));
    expect(tiktokVideosTitled(w.sandbox, job.caption)).toHaveLength(1);
  });

  it('a TikTok sign-in whose refresh token has ended asks for a reconnect, without a call', async () => {
    const w = world();
    const refreshName = accountSecretName(w.accountIds.tiktok, 'refresh_token');
    await w.vault.store(refreshName, await w.vault.read(refreshName), { expiresAt: new Date(w.sandbox.now().getTime() - DAY).toISOString() });
    await lapseAccessTokenIn(w, -MINUTE);
    const credentials = createPublishingCredentials({
      vault: w.vault,
      accounts: w.accounts,
      platformAccessFor: async () => {
        throw new Error('No call may be made.');
      },
      refreshAccount: (id) => w.upkeep.refreshAccount(id),
      now: () => w.sandbox.now(),
    })(tiktokAccount(w));

    const error = await credentials.accessToken().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenInvalidError);
    expect(error).toMatchObject({ reconnectNeeded: true, code: 'TOKEN_EXPIRED' });
  });

  it('gives an Instagram account its linked Page, or the Page its token belongs to when the Page is not connected', async () => {
    const w = world();
    const demo = w.sandbox.demo;
    const linked = await w.env(w.job('instagram', 'feed', [])).credentials.linkedPageAccessToken();
    const pageToken = await w.vault.read(accountSecretName(w.accountIds.page, 'access_token'));
    expect(linked).toEqual({ pageId: demo.meta.pageId, accessToken: pageToken });

    const alone = w.accounts.save({
      platform: 'instagram',
      platformAccountId: '17841400000000099',
      displayName: '@alone',
      username: 'alone',
      avatarUrl: null,
      loginPath: 'facebook_login',
      isDemo: true,
      grantedScopes: [],
      linkedAccountId: null,
      signInUserId: demo.meta.userId,
      dataAccessExpiresAt: null,
    });
    await w.vault.store(accountSecretName(alone, 'access_token'), pageToken);
    const account = { id: alone, platform: 'instagram', platformAccountId: '17841400000000099', loginPath: 'facebook_login', isDemo: true, displayName: '@alone' } as const;
    const credentials = w.env({ ...w.job('instagram', 'feed', []), account }).credentials;
    expect(await credentials.linkedPageAccessToken()).toEqual({ pageId: demo.meta.pageId, accessToken: pageToken });

    const facebook = await w.env(w.job('page', 'text', [])).credentials.linkedPageAccessToken();
    expect(facebook).toBeNull();
  });
});
