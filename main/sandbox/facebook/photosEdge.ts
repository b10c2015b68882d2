import { GraphError, invalidParameter } from '../meta/graphError';
import type { GraphCall } from '../meta/graphNode';
import { readParams } from '../meta/graphParams';
import { probeMedia } from '../media/mediaProbe';
import type { FacebookPhotoRecord, MetaPageRecord } from '../world/sandboxState';
import { newId } from '../world/sandboxWorld';
import { facebookPhotoRejection } from '../faults/facebookPhotoRejection';
import { createPost } from './pagePosts';
import { POSTING_PERMISSIONS, requirePageToken } from './pageAccess';
import { readSchedule } from './scheduledPublishTime';

/**
 * POST /{page-id}/photos (reference 3): `url` (fetched by the sandbox) or a multipart `source`
 * file, plus caption/message, `published`, `scheduled_publish_time`, `temporary`. JPEG, BMP, PNG,
 * GIF, TIFF; photos over 4 MB and PNGs over 1 MB are refused with 1366046 (reference 3, 5.2).
 * published=false gives an unpublished photo (for attached_media, or as an image host whose
 * CDN URL Instagram can fetch, reference 2.3); otherwise a photo post is created too. An injected
 * Facebook media rejection refuses the next photo with its subcode (faults/facebookPhotoRejection.ts).
 */
const MAX_PHOTO_BYTES = 4 * 1024 * 1024;
const MAX_PNG_BYTES = 1024 * 1024;
const ACCEPTED = new Set(['jpeg', 'png', 'gif', 'bmp', 'tiff']);

const tooBig = () =>
  invalidParameter('(#100) Your photo couldn\'t be uploaded.', {
    subcode: 1366046,
    userTitle: 'Photo upload failed',
    userMessage: 'Photos should be less than 4 MB and saved as JPG, PNG, GIF, TIFF, HEIF or WebP files.',
  });

const invalidImage = (detail: string) => new GraphError({ code: 324, message: '(#324) Missing or invalid image file', userMessage: detail });

export async function postPhoto(call: GraphCall, page: MetaPageRecord): Promise<{ id: string; post_id?: string }> {
  requirePageToken(call, page, POSTING_PERMISSIONS);
  const p = readParams(call.params, {
    url: { type: 'string' },
    caption: { type: 'string' },
    message: { type: 'string' },
    published: { type: 'bool' },
    temporary: { type: 'bool' },
    scheduled_publish_time: { type: 'string' },
    no_story: { type: 'bool' },
    alt_text_custom: { type: 'string' },
  });
  const source = call.files.find((file) => file.field === 'source');
  const otherFile = call.files.find((file) => file.field !== 'source');
  if (otherFile) throw invalidParameter(`(#100) Param ${otherFile.field} is not a valid parameter for this endpoint`);
  if ((source === undefined) === (p.url === undefined)) throw new GraphError({ code: 324, message: '(#324) Requires upload file', userMessage: 'Give exactly one of url and a multipart source file.' });
  if (p.caption !== undefined && p.message !== undefined) throw invalidParameter('(#100) Give caption or message, not both');
  const { world } = call;
  const now = world.clock.now();
  const published = p.temporary === true ? false : p.published;
  const scheduledAt = readSchedule(p.scheduled_publish_time, published, now);
  const rejection = call.faults.takeMediaRejection('facebook');
  if (rejection) throw facebookPhotoRejection(rejection.reason);

  let bytes: Buffer;
  if (source) {
    bytes = source.bytes;
    if (bytes.length > MAX_PHOTO_BYTES) throw tooBig();
  } else {
    const fetched = await call.fetcher.fetch(p.url ?? '', MAX_PHOTO_BYTES);
    if (!fetched.ok) throw invalidImage('The photo could not be downloaded from url.');
    if (fetched.truncated) throw tooBig();
    bytes = fetched.bytes;
  }
  const probe = probeMedia(bytes);
  if (probe.kind !== 'image' || !ACCEPTED.has(probe.format)) throw invalidImage('The file is not a JPEG, PNG, GIF, BMP or TIFF image.');
  if (probe.format === 'png' && bytes.length > MAX_PNG_BYTES) throw tooBig();

  const photo: FacebookPhotoRecord = {
    id: newId(world, 'fbPhoto'),
    pageId: page.id,
    caption: p.caption ?? p.message ?? '',
    published: published !== false,
    width: probe.width ?? 1080,
    height: probe.height ?? 1080,
    blobId: '',
    postId: null,
    createdAt: now,
  };
  photo.blobId = `fb-photo-${photo.id}`;
  world.state.blobs[photo.blobId] = { contentType: `image/${probe.format}`, base64: bytes.toString('base64') };
  world.state.facebook.photos[photo.id] = photo;

  if (published === false && scheduledAt === null) return { id: photo.id };
  const post = createPost(world, page, { message: photo.caption, link: null, kind: 'photo', attachedPhotoIds: [photo.id], published: published !== false, scheduledAt });
  photo.postId = post.id;
  return { id: photo.id, post_id: post.id };
}
