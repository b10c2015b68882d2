import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPkcePair } from '../../../../../main/accounts/oauth/pkce';
import { resolveEndpoints } from '../../../../../main/platforms/endpoints';
import { TokenInvalidError } from '../../../../../main/platforms/platformErrors';
import { buildTikTokAuthorizeUrl, exchangeTikTokCode, refreshTikTokToken } from '../../../../../main/platforms/tiktok/tiktokLogin';
import { formOf, networksFor, rejectionOf, startCannedServer, type CannedServer } from '../support/cannedServer';

let server: CannedServer;
beforeEach(async () => {
  server = await startCannedServer();
});
afterEach(() => server.close());

describe('buildTikTokAuthorizeUrl', () => {
  it('puts every parameter the reference lists, with a hex SHA-256 challenge and S256', () => {
    const pkce = createPkcePair('hex');
    const url = new URL(
      buildTikTokAuthorizeUrl(resolveEndpoints({}), {
        clientKey: 'awkey',
        redirectUri: 'http://127.0.0.1:3455/callback/',
        scopes: ['user.info.basic', 'video.publish'],
        state: 'st',
        codeChallenge: pkce.challenge,
      }),
    );
    expect(`${url.origin}${url.pathname}`).toBe('https://www.tiktok.com/v2/auth/authorize/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_key: 'awkey',
      scope: 'user.info.basic,video.publish',
      response_type: 'code',
      redirect_uri: 'http://127.0.0.1:3455/callback/',
      state: 'st',
      code_challenge: createHash('sha256').update(pkce.verifier).digest('hex'),
      code_challenge_method: 'S256',
    });
  });

  it('refuses a base64url challenge, which TikTok would reject only at the token exchange', () => {
    const request = {
      clientKey: 'awkey',
      redirectUri: 'http://127.0.0.1:3455/callback/',
      scopes: ['user.info.basic'],
      state: 'st',
      codeChallenge: createPkcePair('base64url').challenge,
    };
    expect(() => buildTikTokAuthorizeUrl(resolveEndpoints({}), request)).toThrow(/hex SHA-256/);
  });
});

const tokens = {
  open_id: 'open-1',
  scope: 'user.info.basic,video.publish',
  access_token: 'act.abc',
  expires_in: 86400,
  refresh_token: 'rft.def',
  refresh_expires_in: 31536000,
  token_type: 'Bearer',
};

it('exchanges the code at POST /v2/oauth/token/ with the verifier, as a form', async () => {
  const { networks } = networksFor(server);
  server.reply({ json: tokens });
  const result = await exchangeTikTokCode(networks.tiktokApi, {
    clientKey: 'awkey',
    clientSecret: 'secret',
    code: 'code-1',
    redirectUri: 'http://127.0.0.1:3455/callback/',
    codeVerifier: 'verifier-1',
  });
  expect(result).toEqual({
    openId: 'open-1',
    scope: 'user.info.basic,video.publish',
    accessToken: 'act.abc',
    expiresInSeconds: 86400,
    refreshToken: 'rft.def',
    refreshExpiresInSeconds: 31536000,
  });
  expect(`${server.requests[0]?.method} ${server.requests[0]?.path}`).toBe('POST /tiktok/v2/oauth/token/');
  expect(server.requests[0]?.headers['content-type']).toContain('application/x-www-form-urlencoded');
  expect(formOf(server.requests[0]!)).toEqual({
    client_key: 'awkey',
    client_secret: 'secret',
    code: 'code-1',
    grant_type: 'authorization_code',
    redirect_uri: 'http://127.0.0.1:3455/callback/',
    code_verifier: 'verifier-1',
  });
});

it('refreshes with grant_type=refresh_token and returns the new refresh token', async () => {
  const { networks } = networksFor(server);
  server.reply({ json: { ...tokens, refresh_token: 'rft.new' } });
  const result = await refreshTikTokToken(networks.tiktokApi, { clientKey: 'awkey', clientSecret: 'secret', refreshToken: 'rft.def' });
  expect(result.refreshToken).toBe('rft.new');
  expect(formOf(server.requests[0]!)).toEqual({
    client_key: 'awkey',
    client_secret: 'secret',
    grant_type: 'refresh_token',
    refresh_token: 'rft.def',
  });
});

it('a dead refresh token reads as "reconnect"', async () => {
  const { networks } = networksFor(server);
  server.reply({ json: { error: 'invalid_grant', error_description: 'Refresh token is invalid or expired.', log_id: 'L' } });
  const error = await rejectionOf(() => refreshTikTokToken(networks.tiktokApi, { clientKey: 'k', clientSecret: 's', refreshToken: 'r' }));
  expect(error).toBeInstanceOf(TokenInvalidError);
  expect((error as TokenInvalidError).reconnectNeeded).toBe(true);
});
