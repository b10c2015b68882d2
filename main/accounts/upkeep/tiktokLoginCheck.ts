import type { TikTokCreatorSettings } from '../../../preload/contract';
import { refreshTikTokToken } from '../../platforms/tiktok/tiktokLogin';
import { queryCreatorInfo } from '../../platforms/tiktok/tiktokPosting';
import type { PlatformAccess } from '../platformAccess';
import { toCreatorSettings } from '../tiktokCreatorSettings';
import { accountSecretName } from '../accountsRepository';
import { expiryAfter, hasPassed } from '../health/accountHealth';
import { storedSecret, type AccountCheck } from './accountCheck';

/**
 * TikTok: a short-lived access token renewed from a long-lived refresh token, with the app's
 * client key and secret (platform-apis.md 6.1). Lifetimes come from each answer: the reference
 * says 24 hours and 365 days, a newer TikTok page 2 hours and 180 days. Every refresh may hand out
 * a new refresh token and retire the old one (the sandbox always does), so the new one is stored
 * first, before anything else can fail; losing it would sign the account out.
 */
export const checkTikTokLogin: AccountCheck = async (account, { vault, access, now }) => {
  const refreshName = accountSecretName(account.id, 'refresh_token');
  const stored = storedSecret(vault, refreshName);
  if (hasPassed(stored.expiresAt, now())) return { kind: 'deadlinePassed' };
  const platform = await access();
  const app = await platform.app('tiktok');
  const refreshToken = await vault.read(refreshName);
  const tokens = await refreshTikTokToken(platform.networks.tiktokApi, {
    clientKey: app.appId,
    clientSecret: app.appSecret,
    refreshToken,
  });
  const answeredAt = now();
  await vault.store(refreshName, tokens.refreshToken, { expiresAt: expiryAfter(answeredAt, tokens.refreshExpiresInSeconds) });
  await vault.store(accountSecretName(account.id, 'access_token'), tokens.accessToken, {
    expiresAt: expiryAfter(answeredAt, tokens.expiresInSeconds),
  });
  // The answer names the scopes the owner granted, so a declined one shows as missing.
  const grantedScopes = tokens.scope
    .split(',')
    .map((scope) => scope.trim())
    .filter((scope) => scope !== '');
  const tiktokCreator = grantedScopes.includes('video.publish') ? await readCreatorSettings(platform, tokens.accessToken, now) : null;
  return { kind: 'refreshed', grantedScopes, ...(tiktokCreator && { tiktokCreator }) };
};

/**
 * The creator's posting settings with the fresh token, once per pass (creator_info allows 20 reads
 * a minute per token). Best effort: the sign-in itself was just proven by the refresh, so a failure
 * here (a 5xx, a throttle) keeps the settings last read instead of marking the account broken.
 */
async function readCreatorSettings(platform: PlatformAccess, accessToken: string, now: () => Date): Promise<TikTokCreatorSettings | null> {
  try {
    return toCreatorSettings(await queryCreatorInfo(platform.networks.tiktokApi, { accessToken }), now());
  } catch {
    return null;
  }
}
