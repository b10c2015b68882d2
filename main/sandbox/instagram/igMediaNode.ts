import { ConnectionRef, NodeRef, type NodeType } from '../meta/graphNode';
import { instagramMediaTotals } from '../insights/instagramMediaModel';
import type { EdgeHandler } from '../meta/graphNode';
import type { InstagramMediaRecord } from '../world/sandboxState';
import { canSeeAccount } from './instagramAccess';
import { instagramTimestamp, permalinkFor } from './permalinks';

/**
 * A published Instagram media (IG Media): the fields Outpost reads back (reference 4.1 "cheap
 * counters": like_count, comments_count, media_type, media_product_type, permalink, timestamp),
 * carousel children, and the insights edge added by the insights module.
 */
export type IgMediaEdges = Record<string, Partial<Record<'GET' | 'POST' | 'DELETE', EdgeHandler<InstagramMediaRecord>>>>;

export function createIgMediaNodeType(edges: IgMediaEdges): NodeType<InstagramMediaRecord> {
  const nodeType: NodeType<InstagramMediaRecord> = {
    typeName: 'IGMedia',
    hosts: ['facebook', 'instagram'],
    find: (world, id) => world.state.instagram.media[id],
    idOf: (media) => media.id,
    visible: (call, media) => {
      const account = call.world.state.instagram.accounts[media.igUserId];
      return account !== undefined && canSeeAccount(call, account);
    },
    business: (_call, media) => ({ id: media.igUserId, type: 'instagram' }),
    fields: (call, media) => {
      const account = call.world.state.instagram.accounts[media.igUserId];
      const username = account?.username ?? '';
      const totals = () => instagramMediaTotals(call.world, media);
      const extension = media.mediaType === 'VIDEO' ? 'mp4' : 'jpg';
      return {
        id: () => media.id,
        caption: () => (media.caption === '' || media.isCarouselChild ? undefined : media.caption),
        media_type: () => media.mediaType,
        media_product_type: () => media.productType,
        media_url: () => `${call.world.urls.cdn}/ig/${media.id}.${extension}`,
        thumbnail_url: () => (media.mediaType === 'VIDEO' ? `${call.world.urls.cdn}/ig/${media.id}-thumb.jpg` : undefined),
        permalink: () => permalinkFor(media, username),
        shortcode: () => media.shortcode,
        timestamp: () => instagramTimestamp(media.timestamp),
        username: () => username,
        owner: () => ({ id: media.igUserId }),
        is_comment_enabled: () => true,
        like_count: () => (media.isCarouselChild ? undefined : totals().likes),
        comments_count: () => (media.isCarouselChild ? undefined : totals().comments),
        children: () => {
          if (media.mediaType !== 'CAROUSEL_ALBUM') return undefined;
          const children = media.children.map((id) => call.world.state.instagram.media[id]).filter((child) => child !== undefined);
          return new ConnectionRef(children.map((child) => new NodeRef(nodeType, child)));
        },
      };
    },
    defaultFields: ['id'],
    edges: { '': {}, ...edges },
  };
  return nodeType;
}
