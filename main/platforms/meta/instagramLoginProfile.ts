import { z } from 'zod';
import { jsonKeepingIntegersExact } from '../exactIntegers';
import type { PlatformHttp } from '../platformHttp';
import { GraphId, graphPath, queryParameters } from './graphConventions';

/** The Instagram professional account an Instagram Login token belongs to. */
export interface InstagramLoginProfile {
  userId: string;
  username: string;
  name: string | null;
  profilePictureUrl: string | null;
}

const ProfileResponse = jsonKeepingIntegersExact(['user_id', 'id']).pipe(
  z.object({
    user_id: GraphId,
    username: z.string(),
    name: z.string().optional(),
    profile_picture_url: z.string().optional(),
  }),
);

/** `GET graph.instagram.com/{ver}/me?fields=user_id,username,name,profile_picture_url` [S31]. */
export async function fetchInstagramLoginProfile(instagramGraph: PlatformHttp, { accessToken }: { accessToken: string }): Promise<InstagramLoginProfile> {
  const me = await instagramGraph.request(
    {
      method: 'GET',
      url: graphPath('me'),
      params: queryParameters({ fields: 'user_id,username,name,profile_picture_url', access_token: accessToken }),
      responseType: 'text',
    },
    ProfileResponse,
  );
  return { userId: me.user_id, username: me.username, name: me.name ?? null, profilePictureUrl: me.profile_picture_url ?? null };
}
