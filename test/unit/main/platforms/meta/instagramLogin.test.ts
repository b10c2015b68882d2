import { afterEach, beforeEach, expect, it } from 'vitest';
import { resolveEndpoints } from '../../../../../main/platforms/endpoints';
import {
  buildInstagramLoginUrl,
  exchangeForLongLivedInstagramToken,
  exchangeInstagramCode,
  refreshInstagramToken,
} from '../../../../../main/platforms/meta/instagramLogin';
import { PermanentError } from '../../../../../main/platforms/platformErrors';
import { formOf, networksFor, rejectionOf, startCannedServer, type CannedServer } from '../support/cannedServer';

let server: CannedServer;
beforeEach(async () => {
  server = await startCannedServer();
});
afterEach(() => server.close());

it('builds the authorize URL on api.instagram.com', () => {
  const url = new URL(
    buildInstagramLoginUrl(resolveEndpoints({}), {
      appId: '5678',
      redirectUri: 'https://localhost:8137/callback',
      state: 'st',
      scopes: ['instagram_business_basic', 'instagram_business_content_publish'],
    }),
  );
  expect(`${url.origin}${url.pathname}`).toBe('https://api.instagram.com/oauth/authorize');
  expect(Object.fromEntries(url.searchParams)).toEqual({
    client_id: '5678',
    redirect_uri: 'https://localhost:8137/callback',
    response_type: 'code',
    scope: 'instagram_business_basic,instagram_business_content_publish',
    state: 'st',
  });
});

it('exchanges the code with a form POST to /oauth/access_token, dropping a trailing #_, keeping a 17-digit user_id exact', async () => {
  const { networks } = networksFor(server);
  // A JSON number past 2^53: JSON.parse alone would turn it into 17841400000000000.
  server.reply({ text: '{"access_token":"IGAAshort","user_id":17841400000000001}', headers: { 'Content-Type': 'application/json' } });
  const token = await exchangeInstagramCode(networks.instagramApi, {
    appId: '5678',
    appSecret: 'igsecret',
    redirectUri: 'https://localhost:8137/callback',
    code: 'AQDcode#_',
  });
  expect(token).toEqual({ accessToken: 'IGAAshort', userId: '17841400000000001' });
  expect(`${server.requests[0]?.method} ${server.requests[0]?.path}`).toBe('POST /ig-api/oauth/access_token');
  expect(formOf(server.requests[0]!)).toEqual({
    client_id: '5678',
    client_secret: 'igsecret',
    grant_type: 'authorization_code',
    redirect_uri: 'https://localhost:8137/callback',
    code: 'AQDcode',
  });
});

it('also reads the code exchange answer wrapped in data[], with the granted permissions', async () => {
  const { networks } = networksFor(server);
  server.reply({ json: { data: [{ access_token: 'IGAAshort', user_id: '1784', permissions: 'instagram_business_basic, instagram_business_content_publish' }] } });
  expect(
    await exchangeInstagramCode(networks.instagramApi, { appId: '1', appSecret: 's', redirectUri: 'https://x/cb', code: 'c' }),
  ).toEqual({ accessToken: 'IGAAshort', userId: '1784', permissions: ['instagram_business_basic', 'instagram_business_content_publish'] });
});

it('reads permissions given as a list', async () => {
  const { networks } = networksFor(server);
  server.reply({ json: { access_token: 'IGAAshort', user_id: '1784', permissions: ['instagram_business_basic'] } });
  expect(
    await exchangeInstagramCode(networks.instagramApi, { appId: '1', appSecret: 's', redirectUri: 'https://x/cb', code: 'c' }),
  ).toEqual({ accessToken: 'IGAAshort', userId: '1784', permissions: ['instagram_business_basic'] });
});

it('still reads the Graph error of a failed code exchange', async () => {
  const { networks } = networksFor(server);
  server.reply({ status: 400, json: { error: { message: 'Invalid authorization code', code: 100, fbtrace_id: 'T9' } } });
  const error = await rejectionOf(() =>
    exchangeInstagramCode(networks.instagramApi, { appId: '1', appSecret: 's', redirectUri: 'https://x/cb', code: 'c' }),
  );
  expect(error).toBeInstanceOf(PermanentError);
  expect(error).toMatchObject({ reason: 'Invalid authorization code', details: { network: 'instagramApi', code: 100, traceId: 'T9' } });
});

it('exchanges for a long-lived token and refreshes it on graph.instagram.com, unversioned', async () => {
  const { networks } = networksFor(server);
  server.reply(
    { json: { access_token: 'IGAAlong', token_type: 'bearer', expires_in: 5183944 } },
    { json: { access_token: 'IGAAfresh', token_type: 'bearer', expires_in: 5183944 } },
  );
  expect(await exchangeForLongLivedInstagramToken(networks.instagramGraph, { appSecret: 'igsecret', shortLivedToken: 'IGAAshort' })).toEqual({
    accessToken: 'IGAAlong',
    tokenType: 'bearer',
    expiresInSeconds: 5183944,
  });
  expect((await refreshInstagramToken(networks.instagramGraph, { accessToken: 'IGAAlong' })).accessToken).toBe('IGAAfresh');

  expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /ig-graph/access_token', 'GET /ig-graph/refresh_access_token']);
  expect(Object.fromEntries(server.requests[0]!.query)).toEqual({
    grant_type: 'ig_exchange_token',
    client_secret: 'igsecret',
    access_token: 'IGAAshort',
  });
  expect(Object.fromEntries(server.requests[1]!.query)).toEqual({ grant_type: 'ig_refresh_token', access_token: 'IGAAlong' });
});
