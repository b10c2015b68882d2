import { describe, expect, it } from 'vitest';
import { extraShopIds } from '../../../main/sandbox/world/demoWorld';
import { call, useSandbox } from './sandboxHarness';

describe('extra shops for tests that need many accounts', () => {
  const ctx = useSandbox({ extraShops: 2 });

  it('gives Rosie a Page with a linked Instagram account per shop', async () => {
    const { sandbox } = ctx;
    const userToken = sandbox.control.tokens.issueMetaUserToken().access_token;
    const accounts = await call<{ data: { id: string; name: string; access_token: string }[] }>('GET', `${sandbox.urls.metaGraph}/v23.0/me/accounts`, {
      query: { access_token: userToken },
    });
    const shop = extraShopIds(1);
    expect(accounts.body.data.map((page) => page.id)).toEqual(expect.arrayContaining([extraShopIds(0).pageId, shop.pageId]));
    expect(accounts.body.data).toHaveLength(3);
    const pageToken = accounts.body.data.find((page) => page.id === shop.pageId)?.access_token ?? '';
    const linked = await call<{ instagram_business_account?: { id: string } }>('GET', `${sandbox.urls.metaGraph}/v23.0/${shop.pageId}`, {
      query: { access_token: pageToken, fields: 'instagram_business_account' },
    });
    expect(linked.body.instagram_business_account?.id).toBe(shop.instagramAccountId);
  });

  it('signs a shop’s own TikTok account in', async () => {
    const { sandbox } = ctx;
    const shop = extraShopIds(0);
    const tokens = sandbox.control.tokens.issueTikTokToken({ openId: shop.tiktokOpenId });
    expect(tokens.open_id).toBe(shop.tiktokOpenId);
    const info = await call<{ data: { user: { open_id: string; display_name: string } } }>('GET', `${sandbox.urls.tiktokApi}/v2/user/info/`, {
      query: { fields: 'open_id,display_name' },
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(info.body.data.user).toEqual({ open_id: shop.tiktokOpenId, display_name: 'Corner Shop 2' });
  });
});
