import { z } from 'zod';
import type { PlatformHttp } from '../platformHttp';
import { CreatedObject, formBody, graphPath, queryParameters, unixSeconds, type GraphParameters } from './graphConventions';

/**
 * Instagram's container flow [S28] [S30] [S34]: create a container, wait for FINISHED, publish.
 * The same endpoints serve both hosts, so every function takes the Graph http of the account's
 * login path (graph.facebook.com or graph.instagram.com).
 */

/** What a container holds, with the parameters each kind takes [S30] [S59]. */
export type ContainerContent =
  | { kind: 'image'; imageUrl: string; caption?: string; altText?: string }
  | { kind: 'carouselImage'; imageUrl: string; altText?: string }
  | { kind: 'carouselVideo'; videoUrl: string }
  | { kind: 'carousel'; childContainerIds: readonly string[]; caption?: string }
  | { kind: 'reel'; videoUrl: string; caption?: string; shareToFeed?: boolean; coverUrl?: string; thumbOffsetMs?: number }
  | { kind: 'imageStory'; imageUrl: string }
  | { kind: 'videoStory'; videoUrl: string };

/** The container parameters for one kind of content, exactly as the reference names them. */
export function containerParameters(content: ContainerContent): GraphParameters {
  switch (content.kind) {
    // No media_type for a single feed image; alt_text is for images only (since 2025-03-24) [S28].
    case 'image':
      return { image_url: content.imageUrl, caption: content.caption, alt_text: content.altText };
    case 'carouselImage':
      return { image_url: content.imageUrl, is_carousel_item: true, alt_text: content.altText };
    // Video carousel children keep the legacy VIDEO type [S28] [S59].
    case 'carouselVideo':
      return { media_type: 'VIDEO', video_url: content.videoUrl, is_carousel_item: true };
    case 'carousel':
      return { media_type: 'CAROUSEL', children: content.childContainerIds.join(','), caption: content.caption };
    case 'reel':
      return {
        media_type: 'REELS',
        video_url: content.videoUrl,
        caption: content.caption,
        share_to_feed: content.shareToFeed,
        cover_url: content.coverUrl,
        thumb_offset: content.thumbOffsetMs,
      };
    case 'imageStory':
      return { media_type: 'STORIES', image_url: content.imageUrl };
    case 'videoStory':
      return { media_type: 'STORIES', video_url: content.videoUrl };
  }
}

/** `POST /{ig-user-id}/media` → the container id. Containers expire after 24 hours [S30]. */
export async function createMediaContainer(
  graph: PlatformHttp,
  request: { igUserId: string; accessToken: string; content: ContainerContent },
): Promise<string> {
  const body = formBody({ ...containerParameters(request.content), access_token: request.accessToken });
  const response = await graph.request({ method: 'POST', url: graphPath(request.igUserId, 'media'), data: body }, CreatedObject);
  return response.id;
}

export const ContainerStatusCode = z.enum(['EXPIRED', 'ERROR', 'FINISHED', 'IN_PROGRESS', 'PUBLISHED']);
export type ContainerStatusCode = z.infer<typeof ContainerStatusCode>;

export interface ContainerStatus {
  statusCode: ContainerStatusCode;
  /** Meta's text; on ERROR it names an error subcode [S29]. */
  status?: string;
  /** That subcode, read from `status`, for the error table (e.g. 2207026). */
  errorSubcode?: number;
}

const ContainerStatusResponse = z.object({ status_code: ContainerStatusCode, status: z.string().optional() });

/** `GET /{container-id}?fields=status_code,status` [S29]. PUBLISHED means never publish again [S59]. */
export async function fetchContainerStatus(
  graph: PlatformHttp,
  request: { containerId: string; accessToken: string },
): Promise<ContainerStatus> {
  const response = await graph.request(
    {
      method: 'GET',
      url: graphPath(request.containerId),
      params: queryParameters({ fields: 'status_code,status', access_token: request.accessToken }),
    },
    ContainerStatusResponse,
  );
  const subcode = response.status?.match(/\b\d{4,}\b/)?.[0];
  return {
    statusCode: response.status_code,
    ...(response.status !== undefined && { status: response.status }),
    ...(subcode !== undefined && { errorSubcode: Number(subcode) }),
  };
}

/** `POST /{ig-user-id}/media_publish?creation_id=` → the Instagram media id [S34]. Not repeatable. */
export async function publishMediaContainer(
  graph: PlatformHttp,
  request: { igUserId: string; accessToken: string; containerId: string },
): Promise<string> {
  const body = formBody({ creation_id: request.containerId, access_token: request.accessToken });
  const response = await graph.request(
    { method: 'POST', url: graphPath(request.igUserId, 'media_publish'), data: body },
    CreatedObject,
  );
  return response.id;
}

export interface PublishingLimit {
  quotaUsage: number;
  /** 50 posts per 24 hours at the time of the reference [S34]; read, never assumed. */
  quotaTotal: number;
  quotaDurationSeconds: number;
}

const PublishingLimitEntry = z.object({
  quota_usage: z.number(),
  config: z.object({ quota_total: z.number(), quota_duration: z.number() }),
});
const PublishingLimitResponse = z.object({ data: z.tuple([PublishingLimitEntry], PublishingLimitEntry) });

/** `GET /{ig-user-id}/content_publishing_limit?fields=quota_usage,config&since=` [S39]. */
export async function fetchPublishingLimit(
  graph: PlatformHttp,
  request: { igUserId: string; accessToken: string; since?: Date },
): Promise<PublishingLimit> {
  const response = await graph.request(
    {
      method: 'GET',
      url: graphPath(request.igUserId, 'content_publishing_limit'),
      params: queryParameters({
        fields: 'quota_usage,config',
        since: request.since && unixSeconds(request.since),
        access_token: request.accessToken,
      }),
    },
    PublishingLimitResponse,
  );
  const [usage] = response.data;
  return {
    quotaUsage: usage.quota_usage,
    quotaTotal: usage.config.quota_total,
    quotaDurationSeconds: usage.config.quota_duration,
  };
}
