import { readParams } from '../meta/graphParams';
import type { NodeType } from '../meta/graphNode';
import { managesPage } from '../meta/pageTokens';
import { probeMedia } from '../media/mediaProbe';
import type { FacebookVideoRecord } from '../world/sandboxState';
import { requirePageToken } from './pageAccess';
import { graphTime } from './pagePosts';

/**
 * A Page video: `status.video_status` moves upload_complete/processing -> ready (or error), as
 * code reads it (reference 3, "Processing status"), with the phases Graph reports.
 */
function videoStatus(video: FacebookVideoRecord): Record<string, unknown> {
  const uploading = video.phase === 'uploading';
  return {
    video_status: uploading ? 'upload_incomplete' : video.phase === 'processing' ? 'processing' : video.phase,
    uploading_phase: { status: uploading ? 'in_progress' : 'complete', bytes_transferred: video.received },
    processing_phase: { status: uploading ? 'not_started' : video.phase === 'processing' ? 'in_progress' : video.phase === 'error' ? 'error' : 'complete' },
    publishing_phase: {
      status: video.published && video.phase === 'ready' ? 'complete' : 'not_started',
      publish_status: video.published ? 'published' : video.scheduledPublishTime !== null ? 'scheduled' : 'not_published',
      ...(video.scheduledPublishTime !== null ? { publish_time: graphTime(video.scheduledPublishTime) } : {}),
    },
  };
}

export const videoNodeType: NodeType<FacebookVideoRecord> = {
  typeName: 'Video',
  hosts: ['facebook'],
  find: (world, id) => world.state.facebook.videos[id],
  idOf: (video) => video.id,
  visible: (call, video) => managesPage(call.world, call.auth, video.pageId) || (video.published && call.auth?.platform === 'meta'),
  business: (call, video) => (call.auth?.kind === 'page' ? { id: video.pageId, type: 'pages' } : null),
  fields: (call, video) => {
    const page = call.world.state.meta.pages[video.pageId];
    const probe = probeMedia(Buffer.from(video.headBase64, 'base64'));
    return {
      id: () => video.id,
      title: () => (video.title === '' ? undefined : video.title),
      description: () => (video.description === '' ? undefined : video.description),
      created_time: () => graphTime(video.createdAt),
      updated_time: () => graphTime(video.readyAt ?? video.createdAt),
      length: () => (probe.kind === 'video' && probe.durationMs !== null ? probe.durationMs / 1000 : undefined),
      permalink_url: () => `/${page?.username ?? video.pageId}/videos/${video.id}/`,
      published: () => video.published,
      status: () => videoStatus(video),
      post_id: () => video.postId ?? undefined,
    };
  },
  defaultFields: ['updated_time', 'description', 'id'],
  edges: {
    '': {
      DELETE: (call, video) => {
        const page = call.world.state.meta.pages[video.pageId];
        if (page) requirePageToken(call, page, ['pages_manage_posts', 'pages_read_engagement']);
        readParams(call.params, {});
        delete call.world.state.facebook.videos[video.id];
        if (video.postId) delete call.world.state.facebook.posts[video.postId];
        return { success: true };
      },
    },
  },
};
