import { z } from 'zod';
import type { PlatformHttp } from '../platformHttp';
import { tiktokData, tiktokPath } from './tiktokConventions';

/** What Outpost shows for a connected creator; the fields need `user.info.basic` only [S88]. */
export interface TikTokUser {
  openId: string;
  displayName: string;
  avatarUrl?: string;
}

const USER_FIELDS = 'open_id,avatar_url,display_name';

const UserResponse = tiktokData(
  z.object({
    user: z.object({ open_id: z.string(), display_name: z.string(), avatar_url: z.string().optional() }),
  }),
);

/** `GET /v2/user/info/?fields=...` with `Authorization: Bearer` [S88]. */
export async function fetchTikTokUser(tiktokApi: PlatformHttp, request: { accessToken: string }): Promise<TikTokUser> {
  const { user } = await tiktokApi.request(
    {
      method: 'GET',
      url: tiktokPath('user/info/'),
      params: { fields: USER_FIELDS },
      headers: { Authorization: `Bearer ${request.accessToken}` },
    },
    UserResponse,
  );
  return {
    openId: user.open_id,
    displayName: user.display_name,
    ...(user.avatar_url !== undefined && { avatarUrl: user.avatar_url }),
  };
}
