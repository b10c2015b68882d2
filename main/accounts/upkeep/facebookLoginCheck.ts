import { fetchGrantedPermissions, fetchInstagramProfile, fetchPageInstagramAccountId } from '../../platforms/meta/graphUser';
import { PermissionMissingError } from '../../platforms/platformErrors';
import type { PlatformHttp } from '../../platforms/platformHttp';
import type { AccountRecord } from '../accountsRepository';
import type { TokenVault } from '../tokenVault';
import { accountSecretName } from '../accountsRepository';
import { hasPassed } from '../health/accountHealth';
import type { AccountCheck } from './accountCheck';

/**
 * Facebook Login (a Page, or an Instagram account reached through its Page): the Page token from
 * a long-lived user token does not expire, so there is nothing to refresh (platform-apis.md 1.4).
 * Upkeep reads what the owner granted with `/me/permissions`, the secretless check (1.6), so a
 * permission declined since shows as missing, then proves the Page token still works with a cheap
 * read of the account itself. Revocation, a changed password or a removed app answer 190 there.
 */
export const checkFacebookLogin: AccountCheck = async (account, { vault, access, now }) => {
  const graph = (await access()).networks.metaGraph;
  const grantedScopes = await grantedPermissions(graph, account, vault, now());
  const pageToken = await vault.read(accountSecretName(account.id, 'access_token'));
  try {
    await readAccount(graph, account, pageToken);
  } catch (error) {
    // The sign-in works; what it may not do is already in the granted list the owner will see.
    if (!(error instanceof PermissionMissingError && grantedScopes)) throw error;
  }
  return { kind: 'verified', grantedScopes };
};

/**
 * The granted permissions, or undefined when the user token has lapsed (about 60 days). The Page
 * token it produced keeps working after that, so the lapse alone is no reason to ask the owner to
 * sign in again (Meta's 90-day data access is, and health shows it): keep the last known grants.
 */
async function grantedPermissions(graph: PlatformHttp, account: AccountRecord, vault: TokenVault, now: Date) {
  const name = accountSecretName(account.id, 'user_token');
  if (hasPassed(vault.info(name)?.expiresAt ?? null, now)) return undefined;
  const permissions = await fetchGrantedPermissions(graph, { accessToken: await vault.read(name) });
  return permissions.filter((row) => row.status === 'granted').map((row) => row.permission);
}

/** `GET /{page-id}?fields=instagram_business_account` or the Instagram profile, with the Page token. */
async function readAccount(graph: PlatformHttp, account: AccountRecord, pageToken: string): Promise<void> {
  if (account.platform === 'instagram') {
    await fetchInstagramProfile(graph, { instagramAccountId: account.platformAccountId, accessToken: pageToken });
  } else {
    await fetchPageInstagramAccountId(graph, { pageId: account.platformAccountId, pageAccessToken: pageToken });
  }
}
