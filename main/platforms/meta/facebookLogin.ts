import { z } from 'zod';
import { GRAPH_API_VERSION, type PlatformEndpoints } from '../endpoints';
import type { PlatformHttp } from '../platformHttp';
import { graphPath, queryParameters } from './graphConventions';

/** A Facebook user access token as the token endpoints return it [S16]. */
export interface FacebookUserToken {
  accessToken: string;
  tokenType: string;
  /** Absent when the token does not expire. */
  expiresInSeconds?: number;
}

const TokenResponse = z
  .object({ access_token: z.string().min(1), token_type: z.string().default('bearer'), expires_in: z.number().optional() })
  .transform(
    (body): FacebookUserToken => ({
      accessToken: body.access_token,
      tokenType: body.token_type,
      ...(body.expires_in !== undefined && { expiresInSeconds: body.expires_in }),
    }),
  );

export interface FacebookLoginRequest {
  appId: string;
  redirectUri: string;
  state: string;
  scopes: readonly string[];
  /** `rerequest` shows the dialog again for permissions the person declined before [S2]. */
  authType?: 'rerequest';
}

/** The login dialog URL (manual flow) [S1] [S2]: `response_type=code`, comma-separated scopes. */
export function buildFacebookLoginUrl(endpoints: PlatformEndpoints, request: FacebookLoginRequest): string {
  const url = new URL(`${endpoints.metaDialog}/${GRAPH_API_VERSION}/dialog/oauth`);
  url.search = new URLSearchParams({
    client_id: request.appId,
    redirect_uri: request.redirectUri,
    state: request.state,
    response_type: 'code',
    scope: request.scopes.join(','),
    ...(request.authType && { auth_type: request.authType }),
  }).toString();
  return url.toString();
}

/**
 * Code → short-lived user token [S2]. Needs the app secret, and `redirect_uri` byte-identical to
 * the dialog's.
 */
export function exchangeFacebookCode(
  graph: PlatformHttp,
  request: { appId: string; appSecret: string; redirectUri: string; code: string },
): Promise<FacebookUserToken> {
  return graph.request(
    {
      method: 'GET',
      url: graphPath('oauth', 'access_token'),
      params: queryParameters({
        client_id: request.appId,
        redirect_uri: request.redirectUri,
        client_secret: request.appSecret,
        code: request.code,
      }),
    },
    TokenResponse,
  );
}

/** Short-lived → long-lived (about 60 days) user token, `fb_exchange_token` [S16]. */
export function exchangeForLongLivedFacebookToken(
  graph: PlatformHttp,
  request: { appId: string; appSecret: string; shortLivedToken: string },
): Promise<FacebookUserToken> {
  return graph.request(
    {
      method: 'GET',
      url: graphPath('oauth', 'access_token'),
      params: queryParameters({
        grant_type: 'fb_exchange_token',
        client_id: request.appId,
        client_secret: request.appSecret,
        fb_exchange_token: request.shortLivedToken,
      }),
    },
    TokenResponse,
  );
}

/** An app access token: it proves the app id and secret belong together, and is itself a secret. */
export interface MetaAppToken {
  accessToken: string;
}

const AppTokenResponse = z
  .object({ access_token: z.string().min(1) })
  .transform((body): MetaAppToken => ({ accessToken: body.access_token }));

/**
 * App id + secret → app access token, `grant_type=client_credentials` (CONFIRMED (code): Meta's
 * SDK samples call it this way; the reference names the resulting `APP_ID|APP_SECRET` token in
 * 1.6 [S24]). The answer is the secret in another form: callers must not keep or log it.
 */
export function fetchMetaAppToken(graph: PlatformHttp, request: { appId: string; appSecret: string }): Promise<MetaAppToken> {
  return graph.request(
    {
      method: 'GET',
      url: graphPath('oauth', 'access_token'),
      params: queryParameters({
        client_id: request.appId,
        client_secret: request.appSecret,
        grant_type: 'client_credentials',
      }),
    },
    AppTokenResponse,
  );
}
