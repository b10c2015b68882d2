import { GraphError, invalidParameter } from '../meta/graphError';
import type { GraphCall } from '../meta/graphNode';
import { readParams } from '../meta/graphParams';
import type { MetaPageRecord } from '../world/sandboxState';
import { createPost } from './pagePosts';
import { POSTING_PERMISSIONS, requirePageToken } from './pageAccess';
import { readSchedule } from './scheduledPublishTime';

/**
 * POST /{page-id}/feed (reference 3): `message`, `link`, `published`, `scheduled_publish_time`,
 * and `attached_media` = [{"media_fbid": id}, …] of unpublished photos of this Page (as a JSON
 * array, or Graph's form style attached_media[0]={"media_fbid":…}). Links to facebook.com are
 * refused (1609008, reference 5.2). The same message twice within a minute is a duplicate (506).
 */
const DUPLICATE_WINDOW_MS = 60_000;

/** Folds attached_media[0], attached_media[1], … into one attached_media array. */
function foldIndexedParams(params: Record<string, unknown>): Record<string, unknown> {
  const indexed = Object.keys(params).filter((key) => /^attached_media\[\d+\]$/.test(key));
  if (indexed.length === 0) return params;
  const folded: Record<string, unknown> = { ...params };
  const items: unknown[] = [];
  for (const key of indexed.sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]))) {
    const raw = folded[key];
    delete folded[key];
    try {
      items.push(typeof raw === 'string' ? JSON.parse(raw) : raw);
    } catch {
      throw invalidParameter(`(#100) param ${key} must be a JSON object like {"media_fbid":"…"}`);
    }
  }
  folded.attached_media = JSON.stringify(items);
  return folded;
}

function attachedPhotoIds(call: GraphCall, page: MetaPageRecord, raw: unknown): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw invalidParameter('(#100) param attached_media must be an array');
  return raw.map((item, index) => {
    const id = typeof item === 'object' && item !== null ? (item as { media_fbid?: unknown }).media_fbid : undefined;
    const photo = typeof id === 'string' || typeof id === 'number' ? call.world.state.facebook.photos[String(id)] : undefined;
    if (!photo || photo.pageId !== page.id || photo.published || photo.postId !== null) {
      throw invalidParameter(`(#100) param attached_media[${index}] must be the id of an unpublished photo of this Page`);
    }
    return photo.id;
  });
}

export function postToFeed(call: GraphCall, page: MetaPageRecord): { id: string } {
  requirePageToken(call, page, POSTING_PERMISSIONS);
  const p = readParams(foldIndexedParams(call.params), {
    message: { type: 'string' },
    link: { type: 'string' },
    published: { type: 'bool' },
    scheduled_publish_time: { type: 'string' },
    attached_media: { type: 'json' },
  });
  const { world } = call;
  const now = world.clock.now();
  const photos = attachedPhotoIds(call, page, p.attached_media);
  if (p.message === undefined && p.link === undefined && photos.length === 0) {
    throw invalidParameter('(#100) Missing message or attachment', { userMessage: 'Give a message, a link or attached_media.' });
  }
  if (p.link !== undefined) {
    let url: URL;
    try {
      url = new URL(p.link);
    } catch {
      throw invalidParameter('(#100) Param link must be a valid URL', { subcode: 2061006 });
    }
    if (!['http:', 'https:'].includes(url.protocol)) throw invalidParameter('(#100) Param link must be a valid URL', { subcode: 2061006 });
    if (/(^|\.)facebook\.com$/.test(url.hostname)) {
      throw invalidParameter('(#100) Links to facebook.com cannot be shared as a link post', { subcode: 1609008 });
    }
  }
  if (photos.length > 0 && p.link !== undefined) throw invalidParameter('(#100) A post takes either a link or attached_media, not both');
  const scheduledAt = readSchedule(p.scheduled_publish_time, p.published, now);
  const message = p.message ?? '';
  const duplicate = message !== '' && Object.values(world.state.facebook.posts).some(
    (post) => post.pageId === page.id && post.message === message && post.createdAt > now - DUPLICATE_WINDOW_MS,
  );
  if (duplicate) throw new GraphError({ code: 506, message: '(#506) Duplicate status message' });

  const post = createPost(world, page, {
    message,
    link: p.link ?? null,
    kind: photos.length > 1 ? 'album' : photos.length === 1 ? 'photo' : p.link !== undefined ? 'link' : 'status',
    attachedPhotoIds: photos,
    published: p.published !== false,
    scheduledAt,
  });
  for (const id of photos) {
    const photo = world.state.facebook.photos[id];
    if (photo) photo.postId = post.id;
  }
  return { id: post.id };
}
