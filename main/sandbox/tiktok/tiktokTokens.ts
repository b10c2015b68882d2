import { readParams } from '../meta/graphParams';
import { checkToken, issueToken, revokeTokens } from '../world/accessTokens';
import type { SandboxRequest } from '../core/sandboxHttp';
import type { SandboxWorld } from '../world/sandboxWorld';
import { verifierMatches } from '../meta/pkce';
import { TikTokOAuthError } from './tiktokErrors';
import { GraphError } from '../meta/graphError';

/**
 * POST open.tiktokapis.com/v2/oauth/token/ and /v2/oauth/revoke/ (reference 6.1). Form-encoded.
 *  - authorization_code: client_key, client_secret, code (URL-decoded), redirect_uri,
 *    code_verifier (required for desktop; its hex SHA-256 must equal the challenge);
 *  - refresh_token: client_key, client_secret, refresh_token;
 *  - client_credentials: client_key, client_secret -> a client access token for the app itself
 *    (TikTok's "Client Access Token Management" page: {access_token, expires_in: 7200,
 *    token_type: "Bearer"}); no endpoint here accepts it, since every one acts for a creator.
 * Access tokens last 24 h, refresh tokens 365 days; a refresh hands out a new refresh token and
 * retires the old one, so a client that does not store it fails on its next refresh.
 */
export const ACCESS_TOKEN_SECONDS = 24 * 60 * 60;
export const REFRESH_TOKEN_SECONDS = 365 * 24 * 60 * 60;
export const CLIENT_TOKEN_SECONDS = 2 * 60 * 60;

export interface TikTokTokenResponse {
  open_id: string;
  scope: string;
  access_token: string;
  expires_in: number;
  refresh_token: string;
  refresh_expires_in: number;
  token_type: 'Bearer';
}

export function issueTikTokTokens(world: SandboxWorld, openId: string, scopes: string[], refreshLifetimeMs = REFRESH_TOKEN_SECONDS * 1000): TikTokTokenResponse {
  const appId = world.state.tiktok.app.clientKey;
  const access = issueToken(world, { platform: 'tiktok', kind: 'user', subjectId: openId, userId: openId, appId, scopes, lifetimeMs: ACCESS_TOKEN_SECONDS * 1000, secretKind: 'tiktokAccessToken' });
  const refresh = issueToken(world, { platform: 'tiktok', kind: 'refresh', subjectId: openId, userId: openId, appId, scopes, lifetimeMs: refreshLifetimeMs, longLived: true, secretKind: 'tiktokRefreshToken' });
  return {
    open_id: openId,
    scope: scopes.join(','),
    access_token: access.token,
    expires_in: ACCESS_TOKEN_SECONDS,
    refresh_token: refresh.token,
    refresh_expires_in: Math.floor(refreshLifetimeMs / 1000),
    token_type: 'Bearer',
  };
}

export interface TikTokClientTokenResponse {
  access_token: string;
  expires_in: number;
  token_type: 'Bearer';
}

function issueClientToken(world: SandboxWorld): TikTokClientTokenResponse {
  const clientKey = world.state.tiktok.app.clientKey;
  const { token } = issueToken(world, {
    platform: 'tiktok',
    kind: 'app',
    subjectId: clientKey,
    // Nobody signed in: an app token has no person behind it (as Meta's app tokens, graphAuth.ts).
    userId: '',
    appId: clientKey,
    lifetimeMs: CLIENT_TOKEN_SECONDS * 1000,
    secretKind: 'tiktokClientToken',
  });
  return { access_token: token, expires_in: CLIENT_TOKEN_SECONDS, token_type: 'Bearer' };
}

function formParams(request: SandboxRequest): Record<string, unknown> {
  const contentType = (request.headers['content-type'] ?? '').toLowerCase();
  if (!contentType.startsWith('application/x-www-form-urlencoded') || request.body.kind !== 'form') {
    throw new TikTokOAuthError('invalid_request', 'The body must be application/x-www-form-urlencoded.');
  }
  return request.body.fields;
}

/** Graph's strict reader, with its errors turned into TikTok's invalid_request. */
function strict<T extends Parameters<typeof readParams>[1]>(raw: Record<string, unknown>, spec: T) {
  try {
    return readParams(raw, spec);
  } catch (error) {
    if (error instanceof GraphError) throw new TikTokOAuthError('invalid_request', error.message.replace(/^\(#100\) /, ''));
    throw error;
  }
}

function checkClient(world: SandboxWorld, clientKey: string, clientSecret: string): void {
  const app = world.state.tiktok.app;
  if (clientKey !== app.clientKey || clientSecret !== app.clientSecret) throw new TikTokOAuthError('invalid_client', 'Client key or secret is incorrect.', 401);
}

export function exchangeToken(world: SandboxWorld, request: SandboxRequest): TikTokTokenResponse | TikTokClientTokenResponse {
  const raw = formParams(request);
  const grantType = raw.grant_type;
  if (grantType === 'client_credentials') {
    const p = strict(raw, {
      client_key: { type: 'string', required: true },
      client_secret: { type: 'string', required: true },
      grant_type: { type: 'string', required: true },
    });
    checkClient(world, p.client_key, p.client_secret);
    return issueClientToken(world);
  }
  if (grantType === 'refresh_token') {
    const p = strict(raw, {
      client_key: { type: 'string', required: true },
      client_secret: { type: 'string', required: true },
      grant_type: { type: 'string', required: true },
      refresh_token: { type: 'string', required: true },
    });
    checkClient(world, p.client_key, p.client_secret);
    const check = checkToken(world, p.refresh_token);
    if (!check.record || check.record.platform !== 'tiktok' || check.record.kind !== 'refresh' || check.record.appId !== p.client_key) {
      throw new TikTokOAuthError('invalid_grant', 'Refresh token is invalid or expired.');
    }
    if (!check.ok) throw new TikTokOAuthError('invalid_grant', 'Refresh token is invalid or expired.');
    const remaining = (check.record.expiresAt ?? world.clock.now()) - world.clock.now();
    check.record.invalidated = { reason: 'refreshed', subcode: 467 };
    return issueTikTokTokens(world, check.record.userId, check.record.scopes, remaining);
  }
  if (grantType !== 'authorization_code') throw new TikTokOAuthError('unsupported_grant_type', 'grant_type must be authorization_code, refresh_token or client_credentials.');
  const p = strict(raw, {
    client_key: { type: 'string', required: true },
    client_secret: { type: 'string', required: true },
    grant_type: { type: 'string', required: true },
    code: { type: 'string', required: true },
    redirect_uri: { type: 'string', required: true },
    code_verifier: { type: 'string' },
  });
  checkClient(world, p.client_key, p.client_secret);
  const grant = world.state.codes[p.code];
  if (!grant || grant.platform !== 'tiktok' || grant.appId !== p.client_key) throw new TikTokOAuthError('invalid_grant', 'Authorization code is invalid.');
  if (grant.used) throw new TikTokOAuthError('invalid_grant', 'Authorization code has been used.');
  if (grant.expiresAt <= world.clock.now()) throw new TikTokOAuthError('invalid_grant', 'Authorization code is expired.');
  if (grant.redirectUri !== p.redirect_uri) throw new TikTokOAuthError('invalid_grant', 'redirect_uri does not match the one used to authorize.');
  if (!grant.codeChallenge || p.code_verifier === undefined || !verifierMatches(p.code_verifier, grant.codeChallenge, 'hex')) {
    throw new TikTokOAuthError('invalid_request', 'Code verifier or code challenge is invalid.');
  }
  grant.used = true;
  return issueTikTokTokens(world, grant.userId, grant.scopes);
}

export function revokeToken(world: SandboxWorld, request: SandboxRequest): Record<string, never> {
  const p = strict(formParams(request), {
    client_key: { type: 'string', required: true },
    client_secret: { type: 'string', required: true },
    token: { type: 'string', required: true },
  });
  checkClient(world, p.client_key, p.client_secret);
  const record = world.state.tokens[p.token];
  if (record?.platform === 'tiktok') revokeTokens(world, { platform: 'tiktok', userId: record.userId }, 'app_removed');
  return {};
}
