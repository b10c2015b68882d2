import { z } from 'zod';
import type { PlatformHttp } from '../platformHttp';
import { GraphId, GraphTime, graphPath, queryParameters } from './graphConventions';

/** An Instagram media as the account lists it, with what tells its kind apart. */
export interface ListedInstagramMedia {
  id: string;
  /** Absent when the media has no caption (every story). */
  caption?: string;
  /** `IMAGE`, `VIDEO` or `CAROUSEL_ALBUM`. */
  mediaType: string;
  /** `FEED`, `REELS`, `STORY` or `AD` [S40] [S48]. */
  mediaProductType: string;
  timestamp: Date;
  permalink?: string;
}

const MEDIA_FIELDS = 'id,caption,media_type,media_product_type,timestamp,permalink';

/** The most `media` gives in one page; the collection asks one page (recent posts only). */
const MEDIA_PAGE_SIZE = 50;

const MediaList = z.object({
  data: z.array(
    z
      .object({
        id: GraphId,
        caption: z.string().optional(),
        media_type: z.string(),
        media_product_type: z.string(),
        timestamp: GraphTime,
        permalink: z.string().optional(),
      })
      .transform(
        (media): ListedInstagramMedia => ({
          id: media.id,
          ...(media.caption !== undefined && { caption: media.caption }),
          mediaType: media.media_type,
          mediaProductType: media.media_product_type,
          timestamp: media.timestamp,
          ...(media.permalink !== undefined && { permalink: media.permalink }),
        }),
      ),
  ),
});

/**
 * The account's newest media on either host: `media` (feed posts, carousels, reels; one page of
 * 50, newest first) or `stories` (those live now: the edge takes no limit or time filter).
 */
export async function listInstagramMediaWithKinds(
  graph: PlatformHttp,
  request: { igUserId: string; accessToken: string; edge: 'media' | 'stories' },
): Promise<ListedInstagramMedia[]> {
  const response = await graph.request(
    {
      method: 'GET',
      url: graphPath(request.igUserId, request.edge),
      params: queryParameters({
        fields: MEDIA_FIELDS,
        limit: request.edge === 'media' ? MEDIA_PAGE_SIZE : undefined,
        access_token: request.accessToken,
      }),
    },
    MediaList,
  );
  return response.data;
}
