import { exchangeForLongLivedInstagramToken, exchangeInstagramCode } from '../../platforms/meta/instagramLogin';
import { fetchInstagramLoginProfile } from '../../platforms/meta/instagramLoginProfile';
import type { PlatformNetworks } from '../../platforms/platformNetworks';
import type { DeveloperAppSecrets } from '../platformAccess';
import { expiresAt, type PendingCandidate } from './pendingCandidate';
import { INSTAGRAM_LOGIN_SCOPES } from './signInScopes';

export interface InstagramSignInInput {
  networks: PlatformNetworks;
  app: DeveloperAppSecrets;
  redirectUri: string;
  code: string;
  isDemo: boolean;
  isConnected(platformAccountId: string): boolean;
  now: Date;
}

/**
 * Instagram API with Instagram Login after the callback (platform-apis.md 1.8): code → short-lived
 * token (1 h) → long-lived token (60 days, refreshed by upkeep once it is a day old) → the
 * professional account it belongs to. No Facebook Page, so images need a staging bucket later.
 * The code exchange names the granted scopes; where it does not, the ones asked for are assumed.
 */
export async function completeInstagramSignIn(input: InstagramSignInInput): Promise<{ pending: PendingCandidate[]; missingScopes: string[] }> {
  const shortLived = await exchangeInstagramCode(input.networks.instagramApi, { ...input.app, redirectUri: input.redirectUri, code: input.code });
  const longLived = await exchangeForLongLivedInstagramToken(input.networks.instagramGraph, {
    appSecret: input.app.appSecret,
    shortLivedToken: shortLived.accessToken,
  });
  const granted = shortLived.permissions ?? [...INSTAGRAM_LOGIN_SCOPES];
  const profile = await fetchInstagramLoginProfile(input.networks.instagramGraph, { accessToken: longLived.accessToken });
  return {
    pending: [
      {
        candidate: {
          candidateId: `instagram:${profile.userId}`,
          platform: 'instagram',
          displayName: profile.name ?? profile.username,
          username: profile.username,
          linkedCandidateId: null,
          alreadyConnected: input.isConnected(profile.userId),
        },
        account: {
          platform: 'instagram',
          platformAccountId: profile.userId,
          displayName: profile.name ?? profile.username,
          username: profile.username,
          avatarUrl: profile.profilePictureUrl,
          loginPath: 'instagram_login',
          isDemo: input.isDemo,
          grantedScopes: granted,
          signInUserId: profile.userId,
          dataAccessExpiresAt: null,
        },
        secrets: [{ kind: 'access_token', value: longLived.accessToken, expiresAt: expiresAt(input.now, longLived.expiresInSeconds) }],
      },
    ],
    missingScopes: INSTAGRAM_LOGIN_SCOPES.filter((scope) => !granted.includes(scope)),
  };
}
