import { z } from 'zod';
import type { PlatformEndpoints } from '../endpoints';
import type { PlatformHttp } from '../platformHttp';
import { jsonKeepingIntegersExact } from '../exactIntegers';
import { GraphId, formBody, queryParameters } from './graphConventions';

/**
 * Instagram API with Instagram Login [S20] [S31] [S32] [S33]: no Facebook Page needed, but
 * media by public URL only. Authorize and code exchange on api.instagram.com; long-lived
 * exchange and refresh on graph.instagram.com, unversioned as the reference shows them.
 */

export interface InstagramLoginRequest {
  appId: string;
  redirectUri: string;
  state: string;
  /** `instagram_business_*` scopes; the old `business_*` names died on 2025-01-27 [S31]. */
  scopes: readonly string[];
}

/** `GET /oauth/authorize?client_id&redirect_uri&response_type=code&scope&state` [S20]. */
export function buildInstagramLoginUrl(endpoints: PlatformEndpoints, request: InstagramLoginRequest): string {
  const url = new URL(`${endpoints.instagramApi}/oauth/authorize`);
  url.search = new URLSearchParams({
    client_id: request.appId,
    redirect_uri: request.redirectUri,
    response_type: 'code',
    scope: request.scopes.join(','),
    state: request.state,
  }).toString();
  return url.toString();
}

export interface InstagramShortLivedToken {
  accessToken: string;
  userId: string;
  /** The scopes granted, when the answer says (a comma-separated string or a list). */
  permissions?: string[];
}

/**
 * The code exchange's answer. The reference gives no shape: this accepts the flat
 * `{access_token, user_id}` and the `{data: [{access_token, user_id, permissions}]}` forms, with
 * `user_id` kept exact (17-digit ids arrive as JSON numbers).
 */
const ShortLivedToken = z.object({
  access_token: z.string().min(1),
  user_id: GraphId,
  permissions: z.union([z.string(), z.array(z.string())]).optional(),
});
const CodeExchangeResponse = jsonKeepingIntegersExact(['user_id'])
  .pipe(z.union([ShortLivedToken, z.object({ data: z.tuple([ShortLivedToken], ShortLivedToken) })]))
  .transform((body): InstagramShortLivedToken => {
    const token = 'data' in body ? body.data[0] : body;
    const permissions = typeof token.permissions === 'string' ? token.permissions.split(',').map((p) => p.trim()).filter(Boolean) : token.permissions;
    return { accessToken: token.access_token, userId: token.user_id, ...(permissions && { permissions }) };
  });

/**
 * Code → short-lived (1 hour) token: `POST /oauth/access_token` as a form with the app secret
 * [S32] [S59]. Meta appends `#_` to the redirect; a code read with it attached is cleaned [S20].
 */
export function exchangeInstagramCode(
  instagramApi: PlatformHttp,
  request: { appId: string; appSecret: string; redirectUri: string; code: string },
): Promise<InstagramShortLivedToken> {
  const body = formBody({
    client_id: request.appId,
    client_secret: request.appSecret,
    grant_type: 'authorization_code',
    redirect_uri: request.redirectUri,
    code: request.code.replace(/#_$/, ''),
  });
  return instagramApi.request(
    { method: 'POST', url: '/oauth/access_token', data: body, responseType: 'text' },
    CodeExchangeResponse,
  );
}

export interface InstagramLongLivedToken {
  accessToken: string;
  tokenType: string;
  expiresInSeconds: number;
}

const LongLivedTokenResponse = z
  .object({ access_token: z.string().min(1), token_type: z.string().default('bearer'), expires_in: z.number() })
  .transform(
    (body): InstagramLongLivedToken => ({
      accessToken: body.access_token,
      tokenType: body.token_type,
      expiresInSeconds: body.expires_in,
    }),
  );

/** Short → long-lived (60 days): `GET /access_token?grant_type=ig_exchange_token` with the secret [S32] [S33]. */
export function exchangeForLongLivedInstagramToken(
  instagramGraph: PlatformHttp,
  request: { appSecret: string; shortLivedToken: string },
): Promise<InstagramLongLivedToken> {
  return instagramGraph.request(
    {
      method: 'GET',
      url: '/access_token',
      params: queryParameters({
        grant_type: 'ig_exchange_token',
        client_secret: request.appSecret,
        access_token: request.shortLivedToken,
      }),
    },
    LongLivedTokenResponse,
  );
}

/**
 * `GET /refresh_access_token?grant_type=ig_refresh_token`, no secret [S33]. Only for a token at
 * least 24 hours old and not expired; the new one lasts 60 days from now.
 */
export function refreshInstagramToken(
  instagramGraph: PlatformHttp,
  request: { accessToken: string },
): Promise<InstagramLongLivedToken> {
  return instagramGraph.request(
    {
      method: 'GET',
      url: '/refresh_access_token',
      params: queryParameters({ grant_type: 'ig_refresh_token', access_token: request.accessToken }),
    },
    LongLivedTokenResponse,
  );
}
