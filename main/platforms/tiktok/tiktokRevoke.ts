import { z } from 'zod';
import type { PlatformHttp } from '../platformHttp';
import { tiktokPath } from './tiktokConventions';

/**
 * `POST /v2/oauth/revoke/` (form: client_key, client_secret, token) [S76]: ends the app's access
 * for the user, which is what "disconnect" means on TikTok. A success answers with an empty body.
 */
export async function revokeTikTokToken(
  tiktokApi: PlatformHttp,
  request: { clientKey: string; clientSecret: string; token: string },
): Promise<void> {
  const body = new URLSearchParams({ client_key: request.clientKey, client_secret: request.clientSecret, token: request.token });
  await tiktokApi.request({ method: 'POST', url: tiktokPath('oauth/revoke/'), data: body }, z.unknown());
}
