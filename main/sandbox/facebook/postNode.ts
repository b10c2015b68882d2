import { facebookPostTotals } from '../insights/facebookPostModel';
import { requireAuth } from '../meta/graphAuth';
import { invalidParameter } from '../meta/graphError';
import { ConnectionRef, type EdgeHandler, type NodeType } from '../meta/graphNode';
import { readParams } from '../meta/graphParams';
import { managesPage } from '../meta/pageTokens';
import type { FacebookPostRecord } from '../world/sandboxState';
import { POSTING_PERMISSIONS, requirePageToken } from './pageAccess';
import { graphTime, permalinkOf } from './pagePosts';
import { photoImages } from './photoNode';
import { checkSchedulingWindow, parseScheduledTime } from './scheduledPublishTime';

/**
 * A Page post: its fields (including the cheap engagement counters of reference 4.3:
 * shares.count, reactions.summary(total_count), comments.summary(true)), editing (POST with
 * message; on a scheduled post also scheduled_publish_time, or is_published=true to publish now)
 * and deletion (DELETE). Both need the Page token.
 */
export type PostEdges = Record<string, Partial<Record<'GET' | 'POST' | 'DELETE', EdgeHandler<FacebookPostRecord>>>>;

const statusTypes: Record<FacebookPostRecord['kind'], string> = {
  status: 'mobile_status_update',
  link: 'shared_story',
  photo: 'added_photos',
  album: 'added_photos',
  video: 'added_video',
};

function pageOf(call: Parameters<EdgeHandler<FacebookPostRecord>>[0], post: FacebookPostRecord) {
  const page = call.world.state.meta.pages[post.pageId];
  if (!page) throw invalidParameter('(#100) The Page of this post no longer exists');
  return page;
}

export function createPostNodeType(edges: PostEdges): NodeType<FacebookPostRecord> {
  return {
    typeName: 'Post',
    hosts: ['facebook'],
    find: (world, id) => world.state.facebook.posts[id],
    idOf: (post) => post.id,
    visible: (call, post) => managesPage(call.world, call.auth, post.pageId) || (post.published && call.auth?.platform === 'meta'),
    business: (call, post) => (call.auth?.kind === 'page' ? { id: post.pageId, type: 'pages' } : null),
    fields: (call, post) => {
      const { world } = call;
      const totals = () => facebookPostTotals(world, post);
      const page = world.state.meta.pages[post.pageId];
      const photos = post.attachedPhotoIds.map((id) => world.state.facebook.photos[id]).filter((photo) => photo !== undefined);
      const firstImage = photos[0] ? photoImages(world, photos[0])[0] : undefined;
      return {
        id: () => post.id,
        message: () => (post.message === '' ? undefined : post.message),
        created_time: () => graphTime(post.publishedAt ?? post.createdAt),
        updated_time: () => graphTime(post.updatedAt),
        permalink_url: () => permalinkOf(world, post),
        is_published: () => post.published,
        scheduled_publish_time: () => (post.scheduledPublishTime !== null && !post.published ? Math.floor(post.scheduledPublishTime / 1000) : undefined),
        status_type: () => statusTypes[post.kind],
        from: () => ({ name: page?.name, id: post.pageId }),
        full_picture: () => firstImage?.source,
        attachments: () => {
          if (post.kind === 'status') return undefined;
          if (post.kind === 'link') return { data: [{ media_type: 'link', type: 'share', url: post.link, target: { url: post.link } }] };
          if (post.kind === 'video') return { data: [{ media_type: 'video', type: 'video_inline', target: { id: post.videoId } }] };
          const items = photos.map((photo) => {
            const image = photoImages(world, photo)[0];
            return { media_type: 'photo', type: 'photo', target: { id: photo.id }, media: { image: { src: image?.source, width: image?.width, height: image?.height } } };
          });
          return post.kind === 'album' ? { data: [{ media_type: 'album', type: 'album', subattachments: { data: items } }] } : { data: items };
        },
        shares: () => (totals().shares > 0 ? { count: totals().shares } : undefined),
        reactions: () => new ConnectionRef([], { total_count: totals().reactionsTotal, viewer_reaction: 'NONE' }),
        likes: () => new ConnectionRef([], { total_count: totals().reactions.like, can_like: true, has_liked: false }),
        comments: () => new ConnectionRef([], { order: 'ranked', total_count: totals().comments, can_comment: true }),
      };
    },
    defaultFields: ['created_time', 'message', 'id'],
    edges: {
      '': {
        POST: (call, post) => {
          const page = pageOf(call, post);
          requirePageToken(call, page, POSTING_PERMISSIONS);
          const p = readParams(call.params, { message: { type: 'string' }, scheduled_publish_time: { type: 'string' }, is_published: { type: 'bool' } });
          const now = call.world.clock.now();
          if (p.message === undefined && p.scheduled_publish_time === undefined && p.is_published === undefined) {
            throw invalidParameter('(#100) Nothing to update: give message, scheduled_publish_time or is_published');
          }
          if (p.scheduled_publish_time !== undefined || p.is_published !== undefined) {
            if (post.published) throw invalidParameter('(#100) This post is already published; only its message can change');
          }
          if (p.scheduled_publish_time !== undefined) {
            const at = parseScheduledTime(p.scheduled_publish_time, now);
            checkSchedulingWindow(at, now);
            post.scheduledPublishTime = at;
          }
          if (p.is_published === true) {
            post.published = true;
            post.publishedAt = now;
            post.scheduledPublishTime = null;
          }
          if (p.message !== undefined) post.message = p.message;
          post.updatedAt = now;
          return { success: true };
        },
        DELETE: (call, post) => {
          requireAuth(call);
          requirePageToken(call, pageOf(call, post), POSTING_PERMISSIONS);
          readParams(call.params, {});
          const { facebook, blobs } = call.world.state;
          for (const id of post.attachedPhotoIds) {
            const photo = facebook.photos[id];
            if (photo) delete blobs[photo.blobId];
            delete facebook.photos[id];
          }
          if (post.videoId) delete facebook.videos[post.videoId];
          delete facebook.posts[post.id];
          return { success: true };
        },
      },
      ...edges,
    },
  };
}
