import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  buildFacebookLoginUrl,
  exchangeFacebookCode,
  exchangeForLongLivedFacebookToken,
} from '../../../../../main/platforms/meta/facebookLogin';
import { resolveEndpoints } from '../../../../../main/platforms/endpoints';
import { networksFor, startCannedServer, type CannedServer } from '../support/cannedServer';

let server: CannedServer;
beforeEach(async () => {
  server = await startCannedServer();
});
afterEach(() => server.close());

it('builds the login dialog URL on the pinned version with comma-separated scopes', () => {
  const url = new URL(
    buildFacebookLoginUrl(resolveEndpoints({}), {
      appId: '1234',
      redirectUri: 'https://www.facebook.com/connect/login_success.html',
      state: 'st4te',
      scopes: ['pages_show_list', 'pages_manage_posts'],
    }),
  );
  expect(`${url.origin}${url.pathname}`).toBe('https://www.facebook.com/v25.0/dialog/oauth');
  expect(Object.fromEntries(url.searchParams)).toEqual({
    client_id: '1234',
    redirect_uri: 'https://www.facebook.com/connect/login_success.html',
    state: 'st4te',
    response_type: 'code',
    scope: 'pages_show_list,pages_manage_posts',
  });
});

it('exchanges a code with GET /oauth/access_token and the app secret', async () => {
  const { networks } = networksFor(server);
  server.reply({ json: { access_token: 'EAAshort', token_type: 'bearer', expires_in: 5183 } });
  const token = await exchangeFacebookCode(networks.metaGraph, {
    appId: '1234',
    appSecret: 'secret',
    redirectUri: 'https://www.facebook.com/connect/login_success.html',
    code: 'AQcode',
  });
  expect(token).toEqual({ accessToken: 'EAAshort', tokenType: 'bearer', expiresInSeconds: 5183 });
  const [request] = server.requests;
  expect(request?.method).toBe('GET');
  expect(request?.path).toBe('/graph/v25.0/oauth/access_token');
  expect(Object.fromEntries(request!.query)).toEqual({
    client_id: '1234',
    redirect_uri: 'https://www.facebook.com/connect/login_success.html',
    client_secret: 'secret',
    code: 'AQcode',
  });
});

it('exchanges a short-lived token for a long-lived one (fb_exchange_token)', async () => {
  const { networks } = networksFor(server);
  server.reply({ json: { access_token: 'EAAlong', token_type: 'bearer', expires_in: 5183944 } });
  const token = await exchangeForLongLivedFacebookToken(networks.metaGraph, { appId: '1234', appSecret: 's', shortLivedToken: 'EAAshort' });
  expect(token.expiresInSeconds).toBe(5183944);
  expect(Object.fromEntries(server.requests[0]!.query)).toEqual({
    grant_type: 'fb_exchange_token',
    client_id: '1234',
    client_secret: 's',
    fb_exchange_token: 'EAAshort',
  });
});

it('reads a token without expires_in as one that does not expire', async () => {
  const { networks } = networksFor(server);
  server.reply({ json: { access_token: 'EAAforever', token_type: 'bearer' } });
  const token = await exchangeForLongLivedFacebookToken(networks.metaGraph, { appId: '1', appSecret: 's', shortLivedToken: 't' });
  expect(token).toEqual({ accessToken: 'EAAforever', tokenType: 'bearer' });
});
