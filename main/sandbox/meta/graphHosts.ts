import { createPageNodeType, type PageEdges } from '../facebook/pageNode';
import { createIgUserNodeType, type IgUserEdges } from '../instagram/igUserNode';
import type { GraphHostDefinition, SpecialRoute } from './graphDispatcher';
import type { NodeType } from './graphNode';
import { debugToken } from './debugToken';
import { oauthAccessToken } from './oauthAccessToken';
import { createUserNodeType } from './userNode';

/**
 * The two Graph hosts: graph.facebook.com (Facebook Login tokens; users, Pages, Instagram via
 * the linked Page) and graph.instagram.com (Instagram Login tokens; the Instagram account only).
 */
export interface GraphModules {
  pageEdges: PageEdges;
  igUserEdges: IgUserEdges;
  /** Containers, media, posts, photos, videos: node types added by the publishing modules. */
  extraNodeTypes: NodeType<unknown>[];
  instagramSpecialRoutes: Record<string, SpecialRoute>;
}

export function createGraphHostDefinitions(modules: GraphModules): { facebook: GraphHostDefinition; instagram: GraphHostDefinition } {
  const igUserNode = createIgUserNodeType(modules.igUserEdges);
  const pageNode = createPageNodeType(modules.pageEdges, () => igUserNode);
  const userNode = createUserNodeType(() => pageNode);
  const nodeTypes = [userNode, pageNode, igUserNode, ...modules.extraNodeTypes] as NodeType<unknown>[];

  const facebook: GraphHostDefinition = {
    host: 'facebook',
    nodeTypes,
    specialRoutes: {
      'GET oauth/access_token': oauthAccessToken,
      'POST oauth/access_token': oauthAccessToken,
      'GET debug_token': debugToken,
    },
    resolveMe: (call) => {
      const auth = call.auth;
      if (auth?.kind === 'user') {
        const user = call.world.state.meta.users[auth.userId];
        return user ? { nodeType: userNode as NodeType<unknown>, node: user } : null;
      }
      if (auth?.kind === 'page') {
        const page = call.world.state.meta.pages[auth.subjectId];
        return page ? { nodeType: pageNode as NodeType<unknown>, node: page } : null;
      }
      return null;
    },
  };

  const instagram: GraphHostDefinition = {
    host: 'instagram',
    nodeTypes,
    specialRoutes: modules.instagramSpecialRoutes,
    resolveMe: (call) => {
      const account = call.auth?.platform === 'instagram' ? call.world.state.instagram.accounts[call.auth.subjectId] : undefined;
      return account ? { nodeType: igUserNode as NodeType<unknown>, node: account } : null;
    },
  };

  return { facebook, instagram };
}
