import { z } from 'zod';
import type { PlatformEndpoints } from '../endpoints';
import type { PlatformHttp } from '../platformHttp';
import { tiktokPath } from './tiktokConventions';

/** TikTok Login Kit for Desktop [S72] [S76]: loopback redirect, PKCE, tokens from open.tiktokapis.com. */

export interface TikTokAuthorizeRequest {
  clientKey: string;
  /** `http://127.0.0.1:{port}/callback/`; Desktop apps may register a wildcard port [S72]. */
  redirectUri: string;
  scopes: readonly string[];
  state: string;
  /** `createPkcePair('hex')` from accounts/oauth/pkce.ts. */
  codeChallenge: string;
}

/**
 * TikTok wants the challenge as the HEX SHA-256 of the verifier, not RFC 7636's base64url; a
 * base64url challenge fails only at the token exchange, with "Code verifier or code challenge is
 * invalid." [S74] [S75]. Refusing it here points at the real mistake.
 */
const HEX_SHA256 = /^[0-9a-f]{64}$/;

/** `https://www.tiktok.com/v2/auth/authorize/?client_key&scope&response_type=code&...` [S59] [S74]. */
export function buildTikTokAuthorizeUrl(endpoints: PlatformEndpoints, request: TikTokAuthorizeRequest): string {
  if (!HEX_SHA256.test(request.codeChallenge)) {
    throw new RangeError('TikTok needs the PKCE challenge as a hex SHA-256 (64 lower-case hex digits).');
  }
  const url = new URL(`${endpoints.tiktokAuth}${tiktokPath('auth/authorize/')}`);
  url.search = new URLSearchParams({
    client_key: request.clientKey,
    scope: request.scopes.join(','),
    response_type: 'code',
    redirect_uri: request.redirectUri,
    state: request.state,
    code_challenge: request.codeChallenge,
    code_challenge_method: 'S256',
  }).toString();
  return url.toString();
}

export interface TikTokTokens {
  openId: string;
  scope: string;
  /** Lives 24 hours [S76]. */
  accessToken: string;
  expiresInSeconds: number;
  /** Lives 365 days; a refresh may hand out a new one, which must be stored [S76] [S77]. */
  refreshToken: string;
  refreshExpiresInSeconds: number;
}

const TokenResponse = z
  .object({
    open_id: z.string(),
    scope: z.string(),
    access_token: z.string().min(1),
    expires_in: z.number(),
    refresh_token: z.string().min(1),
    refresh_expires_in: z.number(),
  })
  .transform(
    (body): TikTokTokens => ({
      openId: body.open_id,
      scope: body.scope,
      accessToken: body.access_token,
      expiresInSeconds: body.expires_in,
      refreshToken: body.refresh_token,
      refreshExpiresInSeconds: body.refresh_expires_in,
    }),
  );

const TOKEN_PATH = tiktokPath('oauth/token/');

/**
 * `POST /v2/oauth/token/` (form) with `grant_type=authorization_code` and the `code_verifier`
 * desktop apps must send [S76]. `code` is the decoded value from the redirect's query string.
 */
export function exchangeTikTokCode(
  tiktokApi: PlatformHttp,
  request: { clientKey: string; clientSecret: string; code: string; redirectUri: string; codeVerifier: string },
): Promise<TikTokTokens> {
  const body = new URLSearchParams({
    client_key: request.clientKey,
    client_secret: request.clientSecret,
    code: request.code,
    grant_type: 'authorization_code',
    redirect_uri: request.redirectUri,
    code_verifier: request.codeVerifier,
  });
  return tiktokApi.request({ method: 'POST', url: TOKEN_PATH, data: body }, TokenResponse);
}

/** Same endpoint, `grant_type=refresh_token` [S76] [S77]. */
export function refreshTikTokToken(
  tiktokApi: PlatformHttp,
  request: { clientKey: string; clientSecret: string; refreshToken: string },
): Promise<TikTokTokens> {
  const body = new URLSearchParams({
    client_key: request.clientKey,
    client_secret: request.clientSecret,
    grant_type: 'refresh_token',
    refresh_token: request.refreshToken,
  });
  return tiktokApi.request({ method: 'POST', url: TOKEN_PATH, data: body }, TokenResponse);
}

/** A client access token: the app acting for itself, not for a creator. Lives 2 hours. */
export interface TikTokClientToken {
  accessToken: string;
  expiresInSeconds: number;
}

const ClientTokenResponse = z
  .object({ access_token: z.string().min(1), expires_in: z.number(), token_type: z.string() })
  .transform((body): TikTokClientToken => ({ accessToken: body.access_token, expiresInSeconds: body.expires_in }));

/**
 * Same endpoint, `grant_type=client_credentials`: client key + secret → client access token
 * (TikTok's "Client Access Token Management" page; not in the reference). TikTok uses such tokens
 * only for its Research and Commercial Content APIs; getting one is still the one call that
 * checks a key and secret without a creator signing in. A wrong pair is `invalid_client`.
 */
export function fetchTikTokClientToken(
  tiktokApi: PlatformHttp,
  request: { clientKey: string; clientSecret: string },
): Promise<TikTokClientToken> {
  const body = new URLSearchParams({
    client_key: request.clientKey,
    client_secret: request.clientSecret,
    grant_type: 'client_credentials',
  });
  return tiktokApi.request({ method: 'POST', url: TOKEN_PATH, data: body }, ClientTokenResponse);
}
