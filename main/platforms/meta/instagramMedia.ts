import { z } from 'zod';
import type { PlatformHttp } from '../platformHttp';
import { GraphId, GraphTime, graphPath, queryParameters, unixSeconds } from './graphConventions';

/** A published Instagram media object, as Outpost shows and links it. */
export interface InstagramMedia {
  id: string;
  permalink: string;
  mediaType: string;
  /** `FEED`, `STORY`, `REELS` or `AD`: decides which insight metrics exist [S40] [S48]. */
  mediaProductType: string;
  timestamp: string;
}

const MediaResponse = z.object({
  id: GraphId,
  permalink: z.string(),
  media_type: z.string(),
  media_product_type: z.string(),
  timestamp: z.string(),
});

/** `GET /{ig-media-id}?fields=permalink,media_type,media_product_type,timestamp` [S59] [S62]. */
export async function fetchInstagramMedia(
  graph: PlatformHttp,
  request: { mediaId: string; accessToken: string },
): Promise<InstagramMedia> {
  const response = await graph.request(
    {
      method: 'GET',
      url: graphPath(request.mediaId),
      params: queryParameters({
        fields: 'id,permalink,media_type,media_product_type,timestamp',
        access_token: request.accessToken,
      }),
    },
    MediaResponse,
  );
  return {
    id: response.id,
    permalink: response.permalink,
    mediaType: response.media_type,
    mediaProductType: response.media_product_type,
    timestamp: response.timestamp,
  };
}

/** A recent Instagram media as the account lists it. */
export interface RecentInstagramMedia {
  id: string;
  /** Absent when the media has no caption (every story). */
  caption?: string;
  timestamp: Date;
}

const RecentMediaList = z.object({
  data: z.array(
    z
      .object({ id: GraphId, caption: z.string().optional(), timestamp: GraphTime })
      .transform(
        (media): RecentInstagramMedia => ({
          id: media.id,
          ...(media.caption !== undefined && { caption: media.caption }),
          timestamp: media.timestamp,
        }),
      ),
  ),
});

/**
 * The account's newest media, newest first: `media` (feed posts, carousels and reels since a
 * time) or `stories` (those of the last 24 hours; the edge takes no time filter). One page is
 * enough to find a post made minutes ago, or the posts of the publishing limit's window.
 */
export async function listRecentInstagramMedia(
  graph: PlatformHttp,
  request: { igUserId: string; accessToken: string } & ({ edge: 'media'; since: Date } | { edge: 'stories'; since?: never }),
): Promise<RecentInstagramMedia[]> {
  const response = await graph.request(
    {
      method: 'GET',
      url: graphPath(request.igUserId, request.edge),
      params: queryParameters({
        fields: 'id,caption,timestamp',
        since: request.since && unixSeconds(request.since),
        access_token: request.accessToken,
      }),
    },
    RecentMediaList,
  );
  return response.data;
}
