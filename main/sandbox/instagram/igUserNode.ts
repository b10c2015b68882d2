import type { EdgeHandler, NodeType } from '../meta/graphNode';
import type { InstagramAccountRecord } from '../world/sandboxState';
import { canSeeAccount } from './instagramAccess';

/**
 * An Instagram professional account (IG User), on both hosts (reference 2: both paths use the
 * same endpoints). Publishing, limit and insights edges are added by their modules.
 */
export type IgUserEdges = Record<string, Partial<Record<'GET' | 'POST' | 'DELETE', EdgeHandler<InstagramAccountRecord>>>>;

export function createIgUserNodeType(edges: IgUserEdges): NodeType<InstagramAccountRecord> {
  return {
    typeName: 'IGUser',
    hosts: ['facebook', 'instagram'],
    find: (world, id) => world.state.instagram.accounts[id],
    idOf: (account) => account.id,
    visible: canSeeAccount,
    business: (_call, account) => ({ id: account.id, type: 'instagram' }),
    fields: (call, account) => {
      const published = Object.values(call.world.state.instagram.media).filter((media) => media.igUserId === account.id && !media.isCarouselChild);
      const common = {
        id: () => account.id,
        username: () => account.username,
        name: () => account.name,
        biography: () => account.biography,
        website: () => account.website,
        followers_count: () => account.followersCount,
        follows_count: () => account.followsCount,
        media_count: () => published.length,
        profile_picture_url: () => `${call.world.urls.cdn}/profile/${account.id}.jpg`,
      };
      if (call.host === 'instagram') {
        // Instagram Login's /me also carries user_id and account_type (reference 1.8).
        return { ...common, user_id: () => account.id, account_type: () => account.accountType };
      }
      return { ...common, ig_id: () => Number(account.id.slice(-10)) };
    },
    defaultFields: ['id'],
    edges: { '': {}, ...edges },
  };
}
