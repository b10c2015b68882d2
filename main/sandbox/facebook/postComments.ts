import { addComment, commentsUnder, findComment } from '../meta/comments';
import { parseFields } from '../meta/fieldsParam';
import { invalidParameter } from '../meta/graphError';
import type { EdgeHandler, NodeType } from '../meta/graphNode';
import { readParams } from '../meta/graphParams';
import { managesPage } from '../meta/pageTokens';
import { pageOf, renderNode } from '../meta/renderFields';
import type { CommentRecord, FacebookPostRecord, MetaPageRecord } from '../world/sandboxState';
import { requirePageToken } from './pageAccess';
import { graphTime } from './pagePosts';

/**
 * Comments on a Page post (reference 3 "Comments"): `POST /{post-id}/comments` with `message`
 * (+ `attachment_url`), written as the Page with its token and pages_manage_engagement (1.7), and
 * `GET /{post-id}/comments`, oldest first (Graph's chronological order), with id, message,
 * created_time, from (the Page's name and id), like_count. A post not out yet takes none.
 */
export const pageCommentNodeType: NodeType<CommentRecord> = {
  typeName: 'Comment',
  hosts: ['facebook'],
  find: (world, id) => findComment(world, 'facebook', id),
  idOf: (comment) => comment.id,
  visible: (call, comment) => {
    const post = call.world.state.facebook.posts[comment.parentId];
    return post !== undefined && (managesPage(call.world, call.auth, post.pageId) || (post.published && call.auth?.platform === 'meta'));
  },
  business: (call, comment) => (call.auth?.kind === 'page' ? { id: comment.authorId, type: 'pages' } : null),
  fields: (call, comment) => ({
    id: () => comment.id,
    message: () => comment.message,
    created_time: () => graphTime(comment.createdAt),
    from: () => ({ name: call.world.state.meta.pages[comment.authorId]?.name, id: comment.authorId }),
    like_count: () => 0,
  }),
  defaultFields: ['created_time', 'from', 'message', 'id'],
  edges: { '': {} },
};

function pageOfPost(call: Parameters<EdgeHandler<FacebookPostRecord>>[0], post: FacebookPostRecord): MetaPageRecord {
  const page = call.world.state.meta.pages[post.pageId];
  if (!page) throw invalidParameter('(#100) The Page of this post no longer exists');
  return page;
}

const listParams = { limit: { type: 'int', min: 1 }, after: { type: 'string' }, before: { type: 'string' }, order: { type: 'enum', values: ['chronological', 'reverse_chronological'] } } as const;

export const postComments: Partial<Record<'GET' | 'POST', EdgeHandler<FacebookPostRecord>>> = {
  POST: (call, post) => {
    const page = pageOfPost(call, post);
    requirePageToken(call, page, ['pages_manage_engagement', 'pages_read_engagement']);
    const p = readParams(call.params, { message: { type: 'string', required: true }, attachment_url: { type: 'string' } });
    // The reference does not give Graph's words for this; a scheduled or hidden post has no comments yet.
    if (!post.published) throw invalidParameter('(#100) This post is not published, so it cannot be commented on yet');
    return { id: addComment(call.world, { platform: 'facebook', parentId: post.id, authorId: page.id, message: p.message }).id };
  },
  GET: (call, post) => {
    requirePageToken(call, pageOfPost(call, post), ['pages_read_engagement']);
    const p = readParams(call.params, listParams);
    const selection = typeof call.params.fields === 'string' ? parseFields(call.params.fields) : null;
    const comments = commentsUnder(call.world, 'facebook', post.id);
    if (p.order === 'reverse_chronological') comments.reverse();
    return pageOf(call, comments, (comment) => renderNode(call, pageCommentNodeType, comment, selection), p.limit, p.after);
  },
};
