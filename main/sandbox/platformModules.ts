import { renderErrorPage } from './core/consentPage';
import type { HostService } from './core/hostService';
import { htmlResponse, type HostKey } from './core/sandboxHttp';
import type { IssuedToken } from './control/sandboxControl';
import { createFacebookModule } from './facebook/facebookModule';
import { facebookPageInsights, facebookPostInsights } from './insights/facebookInsights';
import { instagramAccountInsights } from './insights/instagramAccountInsights';
import { instagramMediaInsights } from './insights/instagramMediaInsights';
import { createInstagramLoginHost } from './instagram/instagramLoginHost';
import { createInstagramModule } from './instagram/instagramModule';
import { exchangeInstagramToken, refreshInstagramToken } from './instagram/instagramTokenRoutes';
import { createCdnHost } from './media/cdnHost';
import type { GraphModules } from './meta/graphHosts';
import type { GraphServices } from './meta/graphNode';
import { createTikTokModule } from './tiktok/tiktokModule';
import type { Settler } from './world/settleWorld';

/**
 * Wires the platform modules (Instagram publishing and login, Facebook Pages, TikTok, insights)
 * into the two Graph hosts and the other hosts. Each module contributes edges, node types, hosts
 * and settlers (time-driven state changes).
 */
export interface PlatformModules {
  graph: GraphModules;
  hosts: Record<Exclude<HostKey, 'metaGraph' | 'instagramGraph' | 'metaDialog' | 'control'>, HostService>;
  settlers: Settler[];
  issueTikTokTokens(scopes: string[] | undefined, openId?: string): IssuedToken & { refresh_token: string; open_id: string };
}

export function createPlatformModules(services: GraphServices): PlatformModules {
  // Insights (reference 4) hang off the nodes the publishing modules own.
  const instagram = createInstagramModule(services, {
    igUserEdges: { insights: { GET: instagramAccountInsights } },
    igMediaEdges: { insights: { GET: instagramMediaInsights } },
  });
  const facebook = createFacebookModule({
    pageEdges: { insights: { GET: facebookPageInsights } },
    postEdges: { insights: { GET: facebookPostInsights } },
  });
  const tiktok = createTikTokModule(services);
  const htmlFault = (platform: string) => (status: number) =>
    htmlResponse(status, renderErrorPage(platform, 'Sorry, something went wrong', 'Please try again later.'));

  return {
    graph: {
      pageEdges: facebook.pageEdges,
      igUserEdges: instagram.igUserEdges,
      extraNodeTypes: [...instagram.nodeTypes, ...facebook.nodeTypes],
      instagramSpecialRoutes: {
        'GET access_token': exchangeInstagramToken,
        'GET refresh_access_token': refreshInstagramToken,
      },
    },
    hosts: {
      metaUpload: instagram.uploadHost,
      instagramApi: createInstagramLoginHost(services.world, htmlFault('Instagram')),
      cdn: createCdnHost(services.world),
      tiktokApi: tiktok.apiHost,
      tiktokAuth: tiktok.authHost,
      tiktokUpload: tiktok.uploadHost,
    },
    settlers: [...instagram.settlers, ...facebook.settlers, ...tiktok.settlers],
    issueTikTokTokens: tiktok.issueTokens,
  };
}
