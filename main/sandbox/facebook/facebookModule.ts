import { parseFields } from '../meta/fieldsParam';
import { requireAuth } from '../meta/graphAuth';
import { unsupportedRequest } from '../meta/graphError';
import type { GraphCall, NodeType } from '../meta/graphNode';
import { readParams } from '../meta/graphParams';
import { managesPage } from '../meta/pageTokens';
import { pageOf, renderNode } from '../meta/renderFields';
import type { FacebookPostRecord, MetaPageRecord } from '../world/sandboxState';
import type { Settler } from '../world/settleWorld';
import { postToFeed } from './feedEdge';
import { requirePageToken } from './pageAccess';
import type { PageEdges } from './pageNode';
import { photoNodeType } from './photoNode';
import { postPhoto } from './photosEdge';
import { pageCommentNodeType, postComments } from './postComments';
import { createPostNodeType, type PostEdges } from './postNode';
import { settlePages } from './settlePages';
import { postVideo } from './videosEdge';
import { videoNodeType } from './videoNode';

/** Facebook Page publishing (reference 3): Page edges, posts and their comments, photos, videos, scheduling. */
export interface FacebookModule {
  pageEdges: PageEdges;
  nodeTypes: NodeType<unknown>[];
  settlers: Settler[];
}

const listParams = { limit: { type: 'int', min: 1 }, after: { type: 'string' }, before: { type: 'string' }, since: { type: 'int' }, until: { type: 'int' } } as const;

export function createFacebookModule(extra: { pageEdges: PageEdges; postEdges: PostEdges }): FacebookModule {
  const postNode = createPostNodeType({ comments: postComments, ...extra.postEdges });

  function listPosts(call: GraphCall, page: MetaPageRecord, keep: (post: FacebookPostRecord) => boolean) {
    if (!managesPage(call.world, call.auth, page.id)) throw unsupportedRequest('get', page.id);
    const p = readParams(call.params, listParams);
    const selection = typeof call.params.fields === 'string' ? parseFields(call.params.fields) : null;
    const posts = Object.values(call.world.state.facebook.posts)
      .filter((post) => post.pageId === page.id && keep(post))
      .filter((post) => {
        const time = post.publishedAt ?? post.scheduledPublishTime ?? post.createdAt;
        return (p.since === undefined || time >= p.since * 1000) && (p.until === undefined || time <= p.until * 1000);
      })
      .sort((a, b) => (b.publishedAt ?? b.scheduledPublishTime ?? b.createdAt) - (a.publishedAt ?? a.scheduledPublishTime ?? a.createdAt) || b.id.localeCompare(a.id));
    return pageOf(call, posts, (post) => renderNode(call, postNode, post, selection), p.limit, p.after);
  }

  const pageEdges: PageEdges = {
    feed: { POST: postToFeed, GET: (call, page) => listPosts(call, page, (post) => post.published) },
    published_posts: { GET: (call, page) => listPosts(call, page, (post) => post.published) },
    scheduled_posts: {
      GET: (call, page) => {
        requireAuth(call);
        requirePageToken(call, page, ['pages_read_engagement']);
        return listPosts(call, page, (post) => !post.published && post.scheduledPublishTime !== null);
      },
    },
    photos: {
      POST: postPhoto,
      GET: (call, page) => {
        if (!managesPage(call.world, call.auth, page.id)) throw unsupportedRequest('get', page.id);
        const p = readParams(call.params, { ...listParams, type: { type: 'enum', values: ['uploaded', 'tagged'] } });
        const selection = typeof call.params.fields === 'string' ? parseFields(call.params.fields) : null;
        const photos = p.type === 'tagged' ? [] : Object.values(call.world.state.facebook.photos).filter((photo) => photo.pageId === page.id && photo.published).sort((a, b) => b.createdAt - a.createdAt);
        return pageOf(call, photos, (photo) => renderNode(call, photoNodeType, photo, selection), p.limit, p.after);
      },
    },
    videos: {
      POST: postVideo,
      GET: (call, page) => {
        if (!managesPage(call.world, call.auth, page.id)) throw unsupportedRequest('get', page.id);
        const p = readParams(call.params, listParams);
        const selection = typeof call.params.fields === 'string' ? parseFields(call.params.fields) : null;
        const videos = Object.values(call.world.state.facebook.videos).filter((video) => video.pageId === page.id && video.published).sort((a, b) => b.createdAt - a.createdAt);
        return pageOf(call, videos, (video) => renderNode(call, videoNodeType, video, selection), p.limit, p.after);
      },
    },
    ...extra.pageEdges,
  };
  return {
    pageEdges,
    nodeTypes: [postNode, photoNodeType, videoNodeType, pageCommentNodeType] as NodeType<unknown>[],
    settlers: [settlePages],
  };
}
