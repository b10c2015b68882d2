import { z } from 'zod';
import type { PlatformHttp } from '../platformHttp';
import {
  CreatedObject,
  GraphId,
  GraphTime,
  SuccessFlag,
  formBody,
  graphPath,
  queryParameters,
  scheduledPublishing,
  unixSeconds,
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

/** `DELETE /{photo-id}`: an unpublished photo staged for Instagram or for a post that was not made. */
export async function deletePagePhoto(graph: PlatformHttp, request: { photoId: string; pageAccessToken: string }): Promise<boolean> {
  const response = await graph.request(
    { method: 'DELETE', url: graphPath(request.photoId), params: queryParameters({ access_token: request.pageAccessToken }) },
    SuccessFlag,
  );
  return response.success;
}

/** `POST /{post-id}` with a new `scheduled_publish_time`: moves a post Meta holds for its time [S25]. */
export async function reschedulePagePost(
  graph: PlatformHttp,
  request: { postId: string; pageAccessToken: string; scheduledPublishTime: Date },
): Promise<boolean> {
  const body = formBody({ scheduled_publish_time: unixSeconds(request.scheduledPublishTime), access_token: request.pageAccessToken });
  const response = await graph.request({ method: 'POST', url: graphPath(request.postId), data: body }, SuccessFlag);
  return response.success;
}

/** A Page post as publishing reads it back. */
export interface PagePost {
  id: string;
  /** Absent for a post without text (a photo without a caption). */
  message?: string;
  createdTime: Date;
  isPublished: boolean;
  /** Unix seconds; only on a post Meta still holds for its time. */
  scheduledPublishTime?: number;
  permalinkUrl: string;
}

const PAGE_POST_FIELDS = 'id,message,created_time,is_published,scheduled_publish_time,permalink_url';

const PagePostResponse = z
  .object({
    id: GraphId,
    message: z.string().optional(),
    created_time: GraphTime,
    is_published: z.boolean(),
    scheduled_publish_time: z.number().int().optional(),
    permalink_url: z.string(),
  })
  .transform(
    (post): PagePost => ({
      id: post.id,
      ...(post.message !== undefined && { message: post.message }),
      createdTime: post.created_time,
      isPublished: post.is_published,
      ...(post.scheduled_publish_time !== undefined && { scheduledPublishTime: post.scheduled_publish_time }),
      permalinkUrl: post.permalink_url,
    }),
  );

/** `GET /{post-id}?fields=…`: whether it is out yet, and its address. */
export function fetchPagePost(graph: PlatformHttp, request: { postId: string; pageAccessToken: string }): Promise<PagePost> {
  return graph.request(
    {
      method: 'GET',
      url: graphPath(request.postId),
      params: queryParameters({ fields: PAGE_POST_FIELDS, access_token: request.pageAccessToken }),
    },
    PagePostResponse,
  );
}

/**
 * The Page's newest posts on one edge, newest first: `feed` (published) or `scheduled_posts`
 * (held by Meta for their time). `since` (Unix seconds, [S25]) narrows `feed` to recent posts;
 * one page of `limit` posts is enough to find a post made minutes ago.
 */
export async function listPagePosts(
  graph: PlatformHttp,
  request: { pageId: string; pageAccessToken: string; edge: 'feed' | 'scheduled_posts'; since?: Date; limit: number },
): Promise<PagePost[]> {
  const response = await graph.request(
    {
      method: 'GET',
      url: graphPath(request.pageId, request.edge),
      params: queryParameters({
        fields: PAGE_POST_FIELDS,
        since: request.since && unixSeconds(request.since),
        limit: request.limit,
        access_token: request.pageAccessToken,
      }),
    },
    z.object({ data: z.array(PagePostResponse) }),
  );
  return response.data;
}

/**
 * The Page post an uploaded photo belongs to (`page_story_id`), or null while it is in none: an
 * unpublished photo that no post took up is safe to delete; one in a post is not.
 */
export async function fetchPhotoPostId(graph: PlatformHttp, request: { photoId: string; pageAccessToken: string }): Promise<string | null> {
  const response = await graph.request(
    {
      method: 'GET',
      url: graphPath(request.photoId),
      params: queryParameters({ fields: 'id,page_story_id', access_token: request.pageAccessToken }),
    },
    z.object({ id: GraphId, page_story_id: GraphId.optional() }),
  );
  return response.page_story_id ?? null;
}
