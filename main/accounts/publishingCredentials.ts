import { fetchFacebookUser } from '../platforms/meta/graphUser';
import { TokenInvalidError } from '../platforms/platformErrors';
import type { PublishAccount, PublishCredentials } from '../platforms/publisher';
import { accountSecretName, type AccountsRepository } from './accountsRepository';
import type { PlatformAccessFor } from './platformAccess';
import type { TokenVault } from './tokenVault';

export interface PublishingCredentialsDeps {
  vault: Pick<TokenVault, 'read' | 'info'>;
  accounts: Pick<AccountsRepository, 'get'>;
  /** For the one call that names an Instagram account's Page when the Page itself is not connected. */
  platformAccessFor: PlatformAccessFor;
  /** Token upkeep's per-account check (tokenUpkeep.ts), shared with the daily pass. */
  refreshAccount(accountId: string): Promise<void>;
  now(): Date;
}

/**
 * A TikTok access token lapsing within this long is renewed before a publish step uses it, so it
 * cannot lapse halfway through a call (access tokens last 24 hours or less, 6.1).
 */
export const TIKTOK_REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * The tokens a publish uses, read from the vault each time a step asks (never kept by the
 * publisher). TikTok's short-lived access token is renewed first when it is about to lapse,
 * through upkeep's own check, so a publish and the daily pass never refresh the same account at
 * once (TikTok retires the refresh token each refresh: two racing would sign the account out).
 */
export function createPublishingCredentials(deps: PublishingCredentialsDeps): (account: PublishAccount) => PublishCredentials {
  return (account) => {
    const tokenName = accountSecretName(account.id, 'access_token');
    const lapsesSoon = () => {
      const expiresAt = deps.vault.info(tokenName)?.expiresAt ?? null;
      return expiresAt !== null && Date.parse(expiresAt) - TIKTOK_REFRESH_MARGIN_MS <= deps.now().getTime();
    };
    let pageOfToken: Promise<string> | undefined;

    return {
      async accessToken() {
        if (account.loginPath === 'tiktok_login' && lapsesSoon()) {
          await deps.refreshAccount(account.id);
          // Still lapsing after the check: the refresh token itself has ended (upkeep found the
          // deadline passed and asked nothing). Only signing in again helps.
          if (lapsesSoon()) throw signInEnded();
        }
        return deps.vault.read(tokenName);
      },

      async renew() {
        if (account.loginPath === 'tiktok_login') await deps.refreshAccount(account.id);
      },

      async linkedPageAccessToken() {
        if (account.platform !== 'instagram' || account.loginPath !== 'facebook_login') return null;
        const linkedId = deps.accounts.get(account.id)?.summary.linkedAccountId ?? null;
        const page = linkedId === null ? undefined : deps.accounts.get(linkedId);
        if (page) return { pageId: page.platformAccountId, accessToken: await deps.vault.read(accountSecretName(page.id, 'access_token')) };
        // The Page was not connected with it. The Instagram account's own token is that Page's
        // token (the sign-in saved it so, platform-apis.md 2.1), and with a Page token `/me` is the Page.
        const accessToken = await deps.vault.read(tokenName);
        pageOfToken ??= deps
          .platformAccessFor(account.isDemo)
          .then((access) => fetchFacebookUser(access.networks.metaGraph, { accessToken }))
          .then((me) => me.id);
        return { pageId: await pageOfToken, accessToken };
      },
    };
  };
}

function signInEnded(): TokenInvalidError {
  return new TokenInvalidError({
    details: { platform: 'tiktok', network: 'tiktokApi', classifiedBy: 'stored token expiry' },
    meaning: 'the saved sign-in has ended',
    reconnectNeeded: true,
  });
}
