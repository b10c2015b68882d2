import { seededString } from '../core/seededRandom';
import { recordIssuedSecret } from './secretLedger';
import type { SandboxState } from './sandboxState';

/**
 * The people and accounts the sandbox starts with: one developer app per platform, a person
 * (Rosie), her bakery's Facebook Page with its linked Instagram professional account, and her
 * TikTok account. Ids are fixed so docs and tests can name them; secrets come from the seed.
 */
export const demoIds = {
  metaAppId: '1890000000000042',
  metaUserId: '7200000000000001',
  pageId: '104000000000001',
  instagramAccountId: '17841400000000001',
  instagramAppId: '990000000000042',
  tiktokClientKey: 'sbawoutpostdemo01',
  tiktokOpenId: '-000outpostdemo-rosie-7a41c2',
} as const;

/** Redirect URIs the demo apps accept unless the options say otherwise. */
export const defaultRedirectUris = {
  meta: ['https://www.facebook.com/connect/login_success.html', 'http://localhost:8137/callback'],
  instagram: ['http://localhost:8137/callback'],
  // TikTok Login Kit for Desktop allows a wildcard port (reference 6.1).
  tiktok: ['http://127.0.0.1:*/callback/', 'http://localhost:*/callback/'],
};

export interface DemoWorldOptions {
  seed: string;
  metaRedirectUris?: string[];
  instagramRedirectUris?: string[];
  tiktokRedirectUris?: string[];
  tiktokVerifiedUrlPrefixes?: string[];
  tiktokAudited?: boolean;
  /**
   * More shops beside Rosie's Bakery, for tests that need many accounts (the fault storm): each
   * has its own Page, a linked Instagram account and a TikTok account, all run by Rosie.
   */
  extraShops?: number;
}

/** The ids of extra shop number `index` (0-based), shaped like the demo ids. */
export function extraShopIds(index: number) {
  const serial = String(index + 2).padStart(4, '0');
  return {
    pageId: `10400000000${serial}`,
    instagramAccountId: `178414000000${serial}`,
    tiktokOpenId: `-000outpostdemo-shop-${serial}`,
  };
}

const HEX = '0123456789abcdef';

export function createDemoState(options: DemoWorldOptions): SandboxState {
  const state = buildDemoState(options);
  for (const secret of [state.meta.app.secret, state.instagram.app.secret, state.tiktok.app.clientSecret]) {
    recordIssuedSecret(secret);
  }
  return state;
}

function buildDemoState(options: DemoWorldOptions): SandboxState {
  const state = buildRosiesWorld(options);
  for (let index = 0; index < (options.extraShops ?? 0); index += 1) addExtraShop(state, index);
  return state;
}

function addExtraShop(state: SandboxState, index: number): void {
  const ids = extraShopIds(index);
  const name = `Corner Shop ${index + 2}`;
  const handle = `cornershop${index + 2}`;
  const rosie = state.meta.users[demoIds.metaUserId];
  const page = state.meta.pages[demoIds.pageId];
  const instagram = state.instagram.accounts[demoIds.instagramAccountId];
  const tiktok = state.tiktok.users[demoIds.tiktokOpenId];
  if (!rosie || !page || !instagram || !tiktok) throw new Error('The demo world lacks Rosie’s accounts.');
  rosie.pageIds.push(ids.pageId);
  state.meta.pages[ids.pageId] = { ...page, id: ids.pageId, name, username: handle, igUserId: ids.instagramAccountId };
  state.instagram.accounts[ids.instagramAccountId] = { ...instagram, id: ids.instagramAccountId, username: handle, name, pageId: ids.pageId };
  state.tiktok.users[ids.tiktokOpenId] = {
    ...tiktok,
    openId: ids.tiktokOpenId,
    unionId: `c9a1d2e3-0000-4000-8000-${handle}`,
    username: handle,
    displayName: name,
  };
}

function buildRosiesWorld(options: DemoWorldOptions): SandboxState {
  const { seed } = options;
  return {
    schema: 1,
    serial: 1000,
    tokens: {},
    codes: {},
    consents: {},
    meta: {
      app: {
        id: demoIds.metaAppId,
        secret: seededString(HEX, 32, seed, 'meta-app-secret'),
        name: 'Outpost Sandbox',
        redirectUris: options.metaRedirectUris ?? defaultRedirectUris.meta,
      },
      users: {
        [demoIds.metaUserId]: {
          id: demoIds.metaUserId,
          name: 'Rosie Baker',
          email: 'rosie@rosiesbakery.example',
          pageIds: [demoIds.pageId],
          permissions: {},
        },
      },
      pages: {
        [demoIds.pageId]: {
          id: demoIds.pageId,
          name: "Rosie's Bakery",
          category: 'Bakery',
          username: 'rosiesbakery',
          about: 'Sourdough, cinnamon buns and birthday cakes on Elm Street since 2014.',
          igUserId: demoIds.instagramAccountId,
          fanCount: 1_843,
          followersCount: 2_107,
          tasks: ['ADVERTISE', 'ANALYZE', 'CREATE_CONTENT', 'MESSAGING', 'MODERATE', 'MANAGE'],
        },
      },
    },
    instagram: {
      app: {
        id: demoIds.instagramAppId,
        secret: seededString(HEX, 32, seed, 'instagram-app-secret'),
        redirectUris: options.instagramRedirectUris ?? defaultRedirectUris.instagram,
      },
      accounts: {
        [demoIds.instagramAccountId]: {
          id: demoIds.instagramAccountId,
          username: 'rosiesbakery',
          name: "Rosie's Bakery",
          biography: 'Small-batch bakery on Elm Street. Fresh loaves daily from 7am.',
          website: 'https://rosiesbakery.example',
          followersCount: 3_412,
          followsCount: 287,
          pageId: demoIds.pageId,
          accountType: 'BUSINESS',
        },
      },
      containers: {},
      media: {},
      publishTimes: {},
      containerTimes: {},
    },
    facebook: { posts: {}, photos: {}, videos: {} },
    tiktok: {
      app: {
        clientKey: demoIds.tiktokClientKey,
        clientSecret: seededString('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 32, seed, 'tiktok-secret'),
        name: 'Outpost Sandbox',
        redirectUris: options.tiktokRedirectUris ?? defaultRedirectUris.tiktok,
        verifiedUrlPrefixes: options.tiktokVerifiedUrlPrefixes ?? [],
        audited: options.tiktokAudited ?? true,
      },
      users: {
        [demoIds.tiktokOpenId]: {
          openId: demoIds.tiktokOpenId,
          unionId: 'c9a1d2e3-0000-4000-8000-rosiesbakery',
          username: 'rosiesbakery',
          displayName: "Rosie's Bakery",
          bioDescription: 'Bread, buns and the occasional flour explosion.',
          isVerified: false,
          followerCount: 5_210,
          followingCount: 143,
          likesCount: 48_900,
          privateAccount: false,
          maxVideoPostDurationSec: 600,
          commentDisabled: false,
          duetDisabled: false,
          stitchDisabled: true,
        },
      },
      publishes: {},
      videos: {},
    },
    usage: { appCalls: [], businessCalls: {}, rateWindows: {} },
    blobs: {},
  };
}
