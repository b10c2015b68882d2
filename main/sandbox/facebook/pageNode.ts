import type { MetaPageRecord } from '../world/sandboxState';
import type { EdgeHandler, NodeType } from '../meta/graphNode';
import { NodeRef } from '../meta/graphNode';
import { managesPage, pageTokenFor } from '../meta/pageTokens';
import type { InstagramAccountRecord } from '../world/sandboxState';

/**
 * A Facebook Page. Basic fields are public to any valid token; `access_token` (the Page token,
 * reference 1.4), `tasks` and `instagram_business_account` (the linked Instagram professional
 * account, reference 1.7) only for someone who manages the Page. Publishing and insights edges
 * are added by the facebook and insights modules.
 */
export type PageNodeType = NodeType<MetaPageRecord>;
export type PageEdges = Record<string, Partial<Record<'GET' | 'POST' | 'DELETE', EdgeHandler<MetaPageRecord>>>>;

export function createPageNodeType(edges: PageEdges, igUserNode: () => NodeType<InstagramAccountRecord>): PageNodeType {
  return {
    typeName: 'Page',
    hosts: ['facebook'],
    find: (world, id) => world.state.meta.pages[id],
    idOf: (page) => page.id,
    visible: (call) => call.auth?.platform === 'meta',
    business: (call, page) => (call.auth?.kind === 'page' ? { id: page.id, type: 'pages' } : null),
    fields: (call, page) => {
      const manager = managesPage(call.world, call.auth, page.id);
      return {
        id: () => page.id,
        name: () => page.name,
        category: () => page.category,
        category_list: () => [{ id: '192831537402299', name: page.category }],
        username: () => page.username,
        about: () => page.about,
        link: () => `https://www.facebook.com/${page.username}`,
        fan_count: () => page.fanCount,
        followers_count: () => page.followersCount,
        picture: () => ({ data: { height: 50, width: 50, is_silhouette: false, url: `${call.world.urls.cdn}/profile/${page.id}.jpg` } }),
        access_token: () => (manager && call.token && call.auth ? pageTokenFor(call.world, call.token, call.auth, page.id) : undefined),
        tasks: () => (manager ? page.tasks : undefined),
        instagram_business_account: () => {
          if (!manager || !page.igUserId) return undefined;
          const account = call.world.state.instagram.accounts[page.igUserId];
          return account ? new NodeRef(igUserNode(), account) : undefined;
        },
      };
    },
    defaultFields: ['name', 'id'],
    edges: { '': {}, ...edges },
  };
}
