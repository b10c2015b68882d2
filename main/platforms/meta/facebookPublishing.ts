import { z } from 'zod';
import type { PlatformHttp } from '../platformHttp';
import {
  CreatedObject,
  GraphId,
  SuccessFlag,
  formBody,
  graphPath,
  queryParameters,
  scheduledPublishing,
} from './graphConventions';

/**
 * Facebook Page posts with the Page token [S25] [S43]: text and link posts, photos by URL or
 * from disk, multi-photo posts, Meta-side scheduling, edits and deletion.
 */

export interface PagePostRequest {
  pageId: string;
  pageAccessToken: string;
  message?: string;
  link?: string;
  /** Ids of photos uploaded with `published=false`, for a multi-photo post [S43] [S59] [S60]. */
  attachedPhotoIds?: readonly string[];
  scheduledPublishTime?: Date;
}

/** `POST /{page-id}/feed` → the post id. */
export async function publishPagePost(graph: PlatformHttp, request: PagePostRequest): Promise<string> {
  const attachedMedia = request.attachedPhotoIds?.map((id) => ({ media_fbid: id }));
  const body = formBody({
    message: request.message,
    link: request.link,
    attached_media: attachedMedia && JSON.stringify(attachedMedia),
    ...scheduledPublishing(request.scheduledPublishTime),
    access_token: request.pageAccessToken,
  });
  const response = await graph.request({ method: 'POST', url: graphPath(request.pageId, 'feed'), data: body }, CreatedObject);
  return response.id;
}

export interface PagePhotoOptions {
  pageId: string;
  pageAccessToken: string;
  caption?: string;
  /** false: an unpublished photo, for a multi-photo post or as an image host for Instagram. */
  published?: boolean;
  scheduledPublishTime?: Date;
}

/** A photo's id, and the id of the feed post it made when it was published. */
export interface UploadedPhoto {
  id: string;
  postId?: string;
}

const PhotoResponse = z
  .object({ id: GraphId, post_id: GraphId.optional() })
  .transform((body): UploadedPhoto => ({ id: body.id, ...(body.post_id !== undefined && { postId: body.post_id }) }));

function photoParameters(options: PagePhotoOptions) {
  return {
    caption: options.caption,
    published: options.published,
    ...scheduledPublishing(options.scheduledPublishTime),
    access_token: options.pageAccessToken,
  };
}

/** `POST /{page-id}/photos` with `url` [S43]. */
export function uploadPagePhotoFromUrl(
  graph: PlatformHttp,
  request: PagePhotoOptions & { imageUrl: string },
): Promise<UploadedPhoto> {
  const body = formBody({ url: request.imageUrl, ...photoParameters(request) });
  return graph.request({ method: 'POST', url: graphPath(request.pageId, 'photos'), data: body }, PhotoResponse);
}

/** `POST /{page-id}/photos` with the file as multipart `source`: no public URL needed [S43] [S60]. */
export function uploadPagePhotoFile(
  graph: PlatformHttp,
  request: PagePhotoOptions & { bytes: Buffer; fileName: string; contentType: string },
): Promise<UploadedPhoto> {
  const form = new FormData();
  for (const [name, value] of formBody(photoParameters(request))) form.set(name, value);
  form.set('source', new Blob([request.bytes], { type: request.contentType }), request.fileName);
  return graph.request({ method: 'POST', url: graphPath(request.pageId, 'photos'), data: form }, PhotoResponse);
}

const PhotoImagesResponse = z.object({
  images: z.array(z.object({ source: z.string(), width: z.number(), height: z.number() })).min(1),
});

/**
 * The largest rendition of an uploaded photo, `GET /{photo-id}?fields=images` [S66]: the public
 * address Instagram can fetch when the linked Page hosts an image (unofficial; fbcdn URLs expire).
 */
export async function fetchLargestPhotoUrl(
  graph: PlatformHttp,
  request: { photoId: string; pageAccessToken: string },
): Promise<string> {
  const response = await graph.request(
    {
      method: 'GET',
      url: graphPath(request.photoId),
      params: queryParameters({ fields: 'images', access_token: request.pageAccessToken }),
    },
    PhotoImagesResponse,
  );
  const largest = response.images.reduce((best, image) =>
    image.width * image.height > best.width * best.height ? image : best,
  );
  return largest.source;
}

/** `POST /{post-id}` with a new `message`. */
export async function editPagePost(
  graph: PlatformHttp,
  request: { postId: string; pageAccessToken: string; message: string },
): Promise<boolean> {
  const body = formBody({ message: request.message, access_token: request.pageAccessToken });
  const response = await graph.request({ method: 'POST', url: graphPath(request.postId), data: body }, SuccessFlag);
  return response.success;
}

/** `DELETE /{post-id}` (also removes a post Meta still holds for its scheduled time). */
export async function deletePagePost(graph: PlatformHttp, request: { postId: string; pageAccessToken: string }): Promise<boolean> {
  const response = await graph.request(
    { method: 'DELETE', url: graphPath(request.postId), params: queryParameters({ access_token: request.pageAccessToken }) },
    SuccessFlag,
  );
  return response.success;
}
