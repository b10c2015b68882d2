import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  fetchFacebookUser,
  fetchGrantedPermissions,
  fetchManagedPages,
  fetchPageInstagramAccountId,
  revokeAllPermissions,
} from '../../../../../main/platforms/meta/graphUser';
import { networksFor, startCannedServer, type CannedServer } from '../support/cannedServer';

let server: CannedServer;
beforeEach(async () => {
  server = await startCannedServer();
});
afterEach(() => server.close());

it('GET /me with the token as access_token', async () => {
  const { networks } = networksFor(server);
  server.reply({ json: { id: '10001', name: 'Rosa Baker' } });
  expect(await fetchFacebookUser(networks.metaGraph, { accessToken: 'EAAuser' })).toEqual({ id: '10001', name: 'Rosa Baker' });
  expect(server.requests[0]?.path).toBe('/graph/v25.0/me');
  expect(Object.fromEntries(server.requests[0]!.query)).toEqual({ fields: 'id,name', access_token: 'EAAuser' });
});

it('GET /me/accounts follows the after cursor while there is a next page', async () => {
  const { networks } = networksFor(server);
  server.reply(
    {
      json: {
        data: [{ id: '111', name: 'Bakery', access_token: 'EAApage1' }],
        paging: { cursors: { before: 'b', after: 'cursor-1' }, next: 'https://graph.facebook.com/next' },
      },
    },
    { json: { data: [{ id: 222, name: 'Cafe', access_token: 'EAApage2' }], paging: { cursors: { before: 'c', after: 'cursor-2' } } } },
  );
  const pages = await fetchManagedPages(networks.metaGraph, { accessToken: 'EAAuser' });
  expect(pages).toEqual([
    { id: '111', name: 'Bakery', accessToken: 'EAApage1' },
    { id: '222', name: 'Cafe', accessToken: 'EAApage2' },
  ]);
  expect(server.requests.map((request) => request.path)).toEqual(['/graph/v25.0/me/accounts', '/graph/v25.0/me/accounts']);
  expect(server.requests[0]?.query.get('after')).toBeNull();
  expect(server.requests[1]?.query.get('after')).toBe('cursor-1');
  expect(server.requests[0]?.query.get('fields')).toBe('id,name,access_token');
});

it('reads a Page’s instagram_business_account, or null when none is linked', async () => {
  const { networks } = networksFor(server);
  server.reply({ json: { id: '111', instagram_business_account: { id: '17841400000000001' } } }, { json: { id: '222' } });
  expect(await fetchPageInstagramAccountId(networks.metaGraph, { pageId: '111', pageAccessToken: 'EAApage' })).toBe('17841400000000001');
  expect(await fetchPageInstagramAccountId(networks.metaGraph, { pageId: '222', pageAccessToken: 'EAApage' })).toBeNull();
  expect(server.requests[0]?.path).toBe('/graph/v25.0/111');
  expect(server.requests[0]?.query.get('fields')).toBe('instagram_business_account');
  expect(server.requests[0]?.query.get('access_token')).toBe('EAApage');
});

it('GET /me/permissions and DELETE /me/permissions', async () => {
  const { networks } = networksFor(server);
  server.reply(
    { json: { data: [{ permission: 'pages_show_list', status: 'granted' }, { permission: 'read_insights', status: 'declined' }] } },
    { json: { success: true } },
  );
  expect(await fetchGrantedPermissions(networks.metaGraph, { accessToken: 'EAAuser' })).toEqual([
    { permission: 'pages_show_list', status: 'granted' },
    { permission: 'read_insights', status: 'declined' },
  ]);
  expect(await revokeAllPermissions(networks.metaGraph, { accessToken: 'EAAuser' })).toBe(true);
  expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /graph/v25.0/me/permissions', 'DELETE /graph/v25.0/me/permissions']);
  expect(server.requests[1]?.query.get('access_token')).toBe('EAAuser');
});
