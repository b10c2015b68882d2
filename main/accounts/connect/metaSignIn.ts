import type { PlatformNetworks } from '../../platforms/platformNetworks';
import type { DeveloperAppSecrets } from '../platformAccess';
import { exchangeFacebookCode, exchangeForLongLivedFacebookToken } from '../../platforms/meta/facebookLogin';
import { dataAccessExpiry } from '../health/accountHealth';
import {
  fetchFacebookUser,
  fetchGrantedPermissions,
  fetchInstagramProfile,
  fetchManagedPages,
  fetchPageInstagramAccountId,
} from '../../platforms/meta/graphUser';
import { expiresAt, type PendingCandidate } from './pendingCandidate';
import { META_SCOPES } from './signInScopes';

export interface MetaSignInInput {
  networks: PlatformNetworks;
  app: DeveloperAppSecrets;
  redirectUri: string;
  code: string;
  isDemo: boolean;
  isConnected(platform: 'facebook' | 'instagram', platformAccountId: string): boolean;
  now: Date;
}

/**
 * The Facebook Login path after the callback (platform-apis.md 1.4): code → user token →
 * long-lived user token → the Pages it manages, each with a Page token that does not expire →
 * each Page's linked Instagram professional account. Returns them as candidates for the picker,
 * and the scopes the owner declined. Signing in starts Meta's 90-day data access window again.
 */
export async function completeMetaSignIn(input: MetaSignInInput): Promise<{ pending: PendingCandidate[]; missingScopes: string[] }> {
  const graph = input.networks.metaGraph;
  const shortLived = await exchangeFacebookCode(graph, { ...input.app, redirectUri: input.redirectUri, code: input.code });
  const userToken = await exchangeForLongLivedFacebookToken(graph, { ...input.app, shortLivedToken: shortLived.accessToken });
  const granted = await fetchGrantedPermissions(graph, { accessToken: userToken.accessToken });
  const grantedNames = new Set(granted.filter((p) => p.status === 'granted').map((p) => p.permission));
  const scopes = [...grantedNames];
  const user = await fetchFacebookUser(graph, { accessToken: userToken.accessToken });
  const identity = { signInUserId: user.id, dataAccessExpiresAt: dataAccessExpiry(input.now) };
  const userSecret = { kind: 'user_token' as const, value: userToken.accessToken, expiresAt: expiresAt(input.now, userToken.expiresInSeconds) };

  const pending: PendingCandidate[] = [];
  for (const page of await fetchManagedPages(graph, { accessToken: userToken.accessToken })) {
    const pageCandidateId = `facebook:${page.id}`;
    pending.push({
      candidate: {
        candidateId: pageCandidateId,
        platform: 'facebook',
        displayName: page.name,
        username: null,
        linkedCandidateId: null,
        alreadyConnected: input.isConnected('facebook', page.id),
      },
      account: { ...base(input, 'facebook', page.id, page.name, null, scopes), ...identity },
      secrets: [{ kind: 'access_token', value: page.accessToken }, userSecret],
    });
    const instagramId = await fetchPageInstagramAccountId(graph, { pageId: page.id, pageAccessToken: page.accessToken });
    if (!instagramId) continue;
    const profile = await fetchInstagramProfile(graph, { instagramAccountId: instagramId, accessToken: page.accessToken });
    pending.push({
      candidate: {
        candidateId: `instagram:${instagramId}`,
        platform: 'instagram',
        displayName: profile.name ?? profile.username,
        username: profile.username,
        linkedCandidateId: pageCandidateId,
        alreadyConnected: input.isConnected('instagram', instagramId),
      },
      // Instagram calls on the Facebook Login path use the linked Page's token (reference 2.1).
      account: { ...base(input, 'instagram', instagramId, profile.name ?? profile.username, profile.username, scopes), ...identity },
      secrets: [{ kind: 'access_token', value: page.accessToken }, userSecret],
    });
  }
  return { pending, missingScopes: META_SCOPES.filter((scope) => !grantedNames.has(scope)) };
}

function base(input: MetaSignInInput, platform: 'facebook' | 'instagram', id: string, name: string, username: string | null, scopes: string[]) {
  return {
    platform,
    platformAccountId: id,
    displayName: name,
    username,
    avatarUrl: null,
    loginPath: 'facebook_login' as const,
    isDemo: input.isDemo,
    grantedScopes: scopes,
  };
}
