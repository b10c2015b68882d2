import type { FacebookPostRecord, MetaPageRecord } from '../world/sandboxState';
import { newId, type SandboxWorld } from '../world/sandboxWorld';

/** Creating Page posts, shared by /feed, /photos and /videos. Post ids are {page-id}_{post-id}. */
export interface NewPost {
  message: string;
  link: string | null;
  kind: FacebookPostRecord['kind'];
  attachedPhotoIds?: string[];
  videoId?: string | null;
  /** false with scheduledAt: scheduled; false without: an unpublished (hidden) post. */
  published: boolean;
  scheduledAt: number | null;
}

export function createPost(world: SandboxWorld, page: MetaPageRecord, input: NewPost): FacebookPostRecord {
  const now = world.clock.now();
  const post: FacebookPostRecord = {
    id: `${page.id}_${newId(world, 'fbPost')}`,
    pageId: page.id,
    message: input.message,
    link: input.link,
    kind: input.kind,
    attachedPhotoIds: input.attachedPhotoIds ?? [],
    videoId: input.videoId ?? null,
    createdAt: now,
    updatedAt: now,
    published: input.published,
    publishedAt: input.published ? now : null,
    scheduledPublishTime: input.scheduledAt,
  };
  world.state.facebook.posts[post.id] = post;
  return post;
}

export function permalinkOf(world: SandboxWorld, post: FacebookPostRecord): string {
  const page = world.state.meta.pages[post.pageId];
  return `https://www.facebook.com/${page?.username ?? post.pageId}/posts/${post.id.split('_')[1] ?? post.id}`;
}

/** Graph's date format: 2026-01-15T09:00:00+0000. */
export function graphTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+0000');
}
