import { z } from 'zod';
import type { PlatformHttp } from '../platformHttp';
import { GraphId, graphPath, queryParameters } from './graphConventions';

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
