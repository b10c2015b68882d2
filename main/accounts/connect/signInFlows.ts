import type { SignInNetwork } from '../../../preload/contract';
import { buildFacebookLoginUrl } from '../../platforms/meta/facebookLogin';
import { buildInstagramLoginUrl } from '../../platforms/meta/instagramLogin';
import { buildTikTokAuthorizeUrl } from '../../platforms/tiktok/tiktokLogin';
import { createPkcePair } from '../oauth/pkce';
import type { PlatformAccess } from '../platformAccess';
import { completeInstagramSignIn } from './instagramSignIn';
import { completeMetaSignIn } from './metaSignIn';
import { completeTikTokSignIn } from './tiktokSignIn';
import type { PendingCandidate } from './pendingCandidate';
import { INSTAGRAM_LOGIN_SCOPES, META_SCOPES, TIKTOK_SCOPES } from './signInScopes';

export type SignInOutcome = { pending: PendingCandidate[]; missingScopes: string[] };

/** One platform's sign-in, once its developer app is known: where to listen, where to send the owner, what to do with the code. */
export interface SignInFlow {
  /** Meta and Instagram match the redirect URI exactly, port included; TikTok takes any port (0). */
  fixedPort: boolean;
  authorizationUrl(redirectUri: string, state: string): string;
  complete(code: string, redirectUri: string): Promise<SignInOutcome>;
}

export interface SignInFlowInput {
  access: PlatformAccess;
  reconsent: boolean;
  isConnected(platform: 'facebook' | 'instagram' | 'tiktok', platformAccountId: string): boolean;
  now: () => Date;
}

/**
 * The three sign-ins. PKCE only where the platform is known to accept it: TikTok requires it (hex
 * challenge, platform-apis.md 6.1); Meta's business logins reject a verifier without an OIDC
 * challenge (1.3) and Instagram Login's support is unconfirmed (1.8), so `state` guards those.
 */
export async function createSignInFlow(network: SignInNetwork, input: SignInFlowInput): Promise<SignInFlow> {
  const { access } = input;
  const common = { networks: access.networks, isDemo: access.isDemo };
  if (network === 'meta') {
    const app = await access.app('meta');
    return {
      fixedPort: true,
      authorizationUrl(redirectUri, state) {
        access.registerRedirectUri('meta', redirectUri);
        return buildFacebookLoginUrl(access.endpoints, {
          appId: app.appId,
          redirectUri,
          state,
          scopes: META_SCOPES,
          ...(input.reconsent && { authType: 'rerequest' as const }),
        });
      },
      complete: (code, redirectUri) =>
        completeMetaSignIn({ ...common, app, redirectUri, code, isConnected: input.isConnected, now: input.now() }),
    };
  }
  if (network === 'instagram') {
    const app = await access.app('instagram');
    return {
      fixedPort: true,
      authorizationUrl(redirectUri, state) {
        access.registerRedirectUri('instagram', redirectUri);
        return buildInstagramLoginUrl(access.endpoints, { appId: app.appId, redirectUri, state, scopes: INSTAGRAM_LOGIN_SCOPES });
      },
      complete: (code, redirectUri) =>
        completeInstagramSignIn({
          ...common,
          app,
          redirectUri,
          code,
          isConnected: (id) => input.isConnected('instagram', id),
          now: input.now(),
        }),
    };
  }
  const app = await access.app('tiktok');
  const pkce = createPkcePair('hex');
  return {
    fixedPort: false,
    authorizationUrl: (redirectUri, state) =>
      buildTikTokAuthorizeUrl(access.endpoints, {
        clientKey: app.appId,
        redirectUri,
        scopes: TIKTOK_SCOPES,
        state,
        codeChallenge: pkce.challenge,
      }),
    complete: (code, redirectUri) =>
      completeTikTokSignIn({
        ...common,
        app,
        redirectUri,
        code,
        codeVerifier: pkce.verifier,
        isConnected: (id) => input.isConnected('tiktok', id),
        now: input.now(),
      }),
  };
}
