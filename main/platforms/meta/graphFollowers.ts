import { z } from 'zod';
import type { PlatformHttp } from '../platformHttp';
import { graphPath, queryParameters } from './graphConventions';

/**
 * `GET /{id}?fields=followers_count`: the follower total of a Facebook Page (4.3 [S60]) or of an
 * Instagram professional account (both hosts), as it stands now. Neither keeps a daily total.
 */
export async function fetchFollowersCount(graph: PlatformHttp, request: { objectId: string; accessToken: string }): Promise<number> {
  const response = await graph.request(
    {
      method: 'GET',
      url: graphPath(request.objectId),
      params: queryParameters({ fields: 'followers_count', access_token: request.accessToken }),
    },
    z.object({ followers_count: z.number().int().nonnegative() }),
  );
  return response.followers_count;
}
