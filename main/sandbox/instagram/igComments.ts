import { addComment, commentsUnder, findComment } from '../meta/comments';
import { parseFields } from '../meta/fieldsParam';
import { invalidParameter } from '../meta/graphError';
import type { EdgeHandler, NodeType } from '../meta/graphNode';
import { readParams } from '../meta/graphParams';
import { pageOf, renderNode } from '../meta/renderFields';
import type { CommentRecord, InstagramMediaRecord } from '../world/sandboxState';
import { canSeeAccount, requireInstagramAccess } from './instagramAccess';
import { instagramTimestamp } from './permalinks';

/**
 * Comments on a published Instagram media, on both hosts: `POST /{ig-media-id}/comments` with
 * `message` (what a first comment uses) and `GET /{ig-media-id}/comments`, newest first, with the
 * IG Comment fields id, text, timestamp, username, from, like_count, hidden. Both need the
 * comments permission of the login path (instagramAccess.ts).
 */
export const igCommentNodeType: NodeType<CommentRecord> = {
  typeName: 'IGComment',
  hosts: ['facebook', 'instagram'],
  find: (world, id) => findComment(world, 'instagram', id),
  idOf: (comment) => comment.id,
  visible: (call, comment) => {
    const media = call.world.state.instagram.media[comment.parentId];
    const account = media && call.world.state.instagram.accounts[media.igUserId];
    return account !== undefined && canSeeAccount(call, account);
  },
  business: (call, comment) => {
    const media = call.world.state.instagram.media[comment.parentId];
    return media ? { id: media.igUserId, type: 'instagram' } : null;
  },
  fields: (call, comment) => {
    const username = () => call.world.state.instagram.accounts[comment.authorId]?.username ?? '';
    return {
      id: () => comment.id,
      text: () => comment.message,
      timestamp: () => instagramTimestamp(comment.createdAt),
      username,
      from: () => ({ id: comment.authorId, username: username() }),
      like_count: () => 0,
      hidden: () => false,
      media: () => ({ id: comment.parentId }),
    };
  },
  defaultFields: ['id', 'text', 'timestamp'],
  edges: { '': {} },
};

const listParams = { limit: { type: 'int', min: 1 }, after: { type: 'string' }, before: { type: 'string' } } as const;

export const igMediaComments: Partial<Record<'GET' | 'POST', EdgeHandler<InstagramMediaRecord>>> = {
  POST: (call, media) => {
    const account = call.world.state.instagram.accounts[media.igUserId];
    if (account) requireInstagramAccess(call, account, 'comments');
    const p = readParams(call.params, { message: { type: 'string', required: true } });
    // Stories take no comments through the API; the code Meta uses for it is not in the reference.
    if (media.productType === 'STORY') throw invalidParameter('(#100) Comments are not supported on stories');
    return { id: addComment(call.world, { platform: 'instagram', parentId: media.id, authorId: media.igUserId, message: p.message }).id };
  },
  GET: (call, media) => {
    const account = call.world.state.instagram.accounts[media.igUserId];
    if (account) requireInstagramAccess(call, account, 'comments');
    const p = readParams(call.params, listParams);
    const selection = typeof call.params.fields === 'string' ? parseFields(call.params.fields) : null;
    const comments = commentsUnder(call.world, 'instagram', media.id).reverse();
    return pageOf(call, comments, (comment) => renderNode(call, igCommentNodeType, comment, selection), p.limit, p.after);
  },
};
