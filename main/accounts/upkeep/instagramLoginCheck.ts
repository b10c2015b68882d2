import { fetchInstagramProfile } from '../../platforms/meta/graphUser';
import { refreshInstagramToken } from '../../platforms/meta/instagramLogin';
import { accountSecretName } from '../accountsRepository';
import { expiryAfter, hasPassed } from '../health/accountHealth';
import { storedSecret, type AccountCheck } from './accountCheck';

/** Instagram refuses to refresh a token younger than this (platform-apis.md 1.8). */
const MIN_REFRESH_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * Instagram Login: one long-lived token (60 days) that dies unless refreshed, and the refresh
 * needs no app secret but only works once the token is 24 hours old and before it expires
 * (platform-apis.md 1.8). Refreshing on every daily pass keeps the deadline about 60 days away; a
 * token too young to refresh is verified with a read of the account's own profile instead.
 */
export const checkInstagramLogin: AccountCheck = async (account, { vault, access, now }) => {
  const name = accountSecretName(account.id, 'access_token');
  // Read before the token itself: decrypting may re-encrypt it, which would reset its age.
  const stored = storedSecret(vault, name);
  if (hasPassed(stored.expiresAt, now())) return { kind: 'deadlinePassed' };
  const { networks } = await access();
  const accessToken = await vault.read(name);
  if (now().getTime() - Date.parse(stored.updatedAt) < MIN_REFRESH_AGE_MS) {
    await fetchInstagramProfile(networks.instagramGraph, { instagramAccountId: account.platformAccountId, accessToken });
    return { kind: 'verified' };
  }
  const fresh = await refreshInstagramToken(networks.instagramGraph, { accessToken });
  await vault.store(name, fresh.accessToken, { expiresAt: expiryAfter(now(), fresh.expiresInSeconds) });
  return { kind: 'refreshed' };
};
