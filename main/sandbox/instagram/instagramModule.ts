import type { HostService } from '../core/hostService';
import type { GraphServices, NodeType } from '../meta/graphNode';
import { pageOf, renderNode } from '../meta/renderFields';
import { parseFields } from '../meta/fieldsParam';
import { readParams } from '../meta/graphParams';
import type { Settler } from '../world/settleWorld';
import { containerNodeType } from './containerNode';
import { createContainer } from './createContainer';
import { igCommentNodeType, igMediaComments } from './igComments';
import { createIgMediaNodeType, type IgMediaEdges } from './igMediaNode';
import type { IgUserEdges } from './igUserNode';
import { requireInstagramAccess } from './instagramAccess';
import { contentPublishingLimit, publishMedia } from './publishMedia';
import { createResumableUploadHost } from './resumableUploadHost';
import { settleContainers } from './settleContainers';

/** Instagram content publishing (reference 2): edges on the IG user, containers, media and their comments, uploads. */
export interface InstagramModule {
  igUserEdges: IgUserEdges;
  nodeTypes: NodeType<unknown>[];
  uploadHost: HostService;
  settlers: Settler[];
}

export function createInstagramModule(services: GraphServices, extra: { igUserEdges: IgUserEdges; igMediaEdges: IgMediaEdges }): InstagramModule {
  const mediaNode = createIgMediaNodeType({ comments: igMediaComments, ...extra.igMediaEdges });
  const igUserEdges: IgUserEdges = {
    media: {
      POST: createContainer,
      GET: (call, account) => {
        requireInstagramAccess(call, account, 'basic');
        const p = readParams(call.params, { limit: { type: 'int', min: 1 }, after: { type: 'string' }, before: { type: 'string' }, since: { type: 'int' }, until: { type: 'int' } });
        const selection = typeof call.params.fields === 'string' ? parseFields(call.params.fields) : null;
        const media = Object.values(call.world.state.instagram.media)
          .filter((item) => item.igUserId === account.id && !item.isCarouselChild && item.productType !== 'STORY')
          .filter((item) => (p.since === undefined || item.timestamp >= p.since * 1000) && (p.until === undefined || item.timestamp <= p.until * 1000))
          .sort((a, b) => b.timestamp - a.timestamp || b.id.localeCompare(a.id));
        return pageOf(call, media, (item) => renderNode(call, mediaNode, item, selection), p.limit, p.after);
      },
    },
    stories: {
      GET: (call, account) => {
        requireInstagramAccess(call, account, 'basic');
        readParams(call.params, {});
        const selection = typeof call.params.fields === 'string' ? parseFields(call.params.fields) : null;
        const now = call.world.clock.now();
        const stories = Object.values(call.world.state.instagram.media).filter(
          (item) => item.igUserId === account.id && item.productType === 'STORY' && item.timestamp > now - 24 * 60 * 60 * 1000,
        );
        return { data: stories.map((item) => renderNode(call, mediaNode, item, selection)) };
      },
    },
    media_publish: { POST: publishMedia },
    content_publishing_limit: { GET: contentPublishingLimit },
    ...extra.igUserEdges,
  };
  return {
    igUserEdges,
    nodeTypes: [containerNodeType, mediaNode, igCommentNodeType] as NodeType<unknown>[],
    uploadHost: createResumableUploadHost(services.world, services.faults, services.fetcher),
    settlers: [settleContainers],
  };
}
