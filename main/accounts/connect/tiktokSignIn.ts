import type { PlatformNetworks } from '../../platforms/platformNetworks';
import type { DeveloperAppSecrets } from '../platformAccess';
import { exchangeTikTokCode } from '../../platforms/tiktok/tiktokLogin';
import { PermissionMissingError } from '../../platforms/platformErrors';
import { toCreatorSettings } from '../tiktokCreatorSettings';
import { queryCreatorInfo } from '../../platforms/tiktok/tiktokPosting';
import { fetchTikTokUser } from '../../platforms/tiktok/tiktokUser';
import { expiresAt, type PendingCandidate } from './pendingCandidate';
import { TIKTOK_SCOPES } from './signInScopes';

export interface TikTokSignInInput {
  networks: PlatformNetworks;
  app: DeveloperAppSecrets;
  redirectUri: string;
  code: string;
  codeVerifier: string;
  isDemo: boolean;
  isConnected(platformAccountId: string): boolean;
  now: Date;
}

/**
 * TikTok Login Kit for Desktop after the callback (platform-apis.md 6.1): code + PKCE verifier →
 * access token and refresh token (24 h and 365 days per the reference; the answer's own lifetimes
 * are stored) → the creator's profile → `creator_info` (6.2), which proves posting works and gives
 * the @username and the posting settings the composer offers.
 */
export async function completeTikTokSignIn(input: TikTokSignInInput): Promise<{ pending: PendingCandidate[]; missingScopes: string[] }> {
  const tokens = await exchangeTikTokCode(input.networks.tiktokApi, {
    clientKey: input.app.appId,
    clientSecret: input.app.appSecret,
    code: input.code,
    redirectUri: input.redirectUri,
    codeVerifier: input.codeVerifier,
  });
  const user = await fetchTikTokUser(input.networks.tiktokApi, { accessToken: tokens.accessToken });
  const granted = new Set(tokens.scope.split(',').map((scope) => scope.trim()));
  const creator = granted.has('video.publish') ? await creatorInfo(input, tokens.accessToken) : undefined;
  const creatorSettings = creator ? toCreatorSettings(creator, input.now) : null;
  return {
    pending: [
      {
        candidate: {
          candidateId: `tiktok:${tokens.openId}`,
          platform: 'tiktok',
          displayName: user.displayName,
          username: creator?.username ?? null,
          linkedCandidateId: null,
          alreadyConnected: input.isConnected(tokens.openId),
        },
        account: {
          platform: 'tiktok',
          platformAccountId: tokens.openId,
          displayName: user.displayName,
          username: creator?.username ?? null,
          avatarUrl: user.avatarUrl ?? null,
          loginPath: 'tiktok_login',
          isDemo: input.isDemo,
          grantedScopes: [...granted],
          signInUserId: tokens.openId,
          dataAccessExpiresAt: null,
        },
        secrets: [
          { kind: 'access_token', value: tokens.accessToken, expiresAt: expiresAt(input.now, tokens.expiresInSeconds) },
          { kind: 'refresh_token', value: tokens.refreshToken, expiresAt: expiresAt(input.now, tokens.refreshExpiresInSeconds) },
        ],
        ...(creatorSettings && { tiktokCreator: creatorSettings }),
      },
    ],
    missingScopes: TIKTOK_SCOPES.filter((scope) => !granted.has(scope)),
  };
}

/** The creator's posting settings; a declined `video.publish` is named as a missing scope instead. */
async function creatorInfo(input: TikTokSignInInput, accessToken: string) {
  try {
    return await queryCreatorInfo(input.networks.tiktokApi, { accessToken });
  } catch (error) {
    if (error instanceof PermissionMissingError) return undefined;
    throw error;
  }
}
