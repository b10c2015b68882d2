import { refreshTikTokToken } from '../../platforms/tiktok/tiktokLogin';
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
  return { kind: 'refreshed', grantedScopes };
};
