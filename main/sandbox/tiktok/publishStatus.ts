import { z } from 'zod';
import type { SandboxRequest } from '../core/sandboxHttp';
import type { SandboxWorld } from '../world/sandboxWorld';
import { authenticateTikTok, requireScope } from './tiktokAccess';
import { Int64, TikTokApiError } from './tiktokErrors';
import { readJsonBody } from './tiktokJsonBody';
import { takeRateLimit } from './tiktokRateLimits';

/**
 * POST /v2/post/publish/status/fetch/ {"publish_id"} (reference 6.2), 30 per minute per token:
 * status PROCESSING_UPLOAD / PROCESSING_DOWNLOAD, then PUBLISH_COMPLETE (direct), SEND_TO_USER_INBOX
 * (inbox) or FAILED with fail_reason; public posts get `publicaly_available_post_id` (sic) once
 * moderation is over; uploaded_bytes / downloaded_bytes.
 */
export function publishStatus(world: SandboxWorld, request: SandboxRequest): Record<string, unknown> {
  const caller = authenticateTikTok(world, request);
  requireScope(caller, ['video.upload', 'video.publish']);
  takeRateLimit(world, 'statusFetch', caller.token);
  const { publish_id: publishId } = readJsonBody(request, z.strictObject({ publish_id: z.string().min(1) }));
  const publish = world.state.tiktok.publishes[publishId];
  if (!publish || publish.openId !== caller.user.openId) throw new TikTokApiError('invalid_params', 'Invalid request: publish_id does not exist.');
  const data: Record<string, unknown> = { status: publish.status };
  if (publish.status === 'FAILED') data.fail_reason = publish.failReason;
  if (publish.mode === 'direct') {
    const visible = publish.videoId !== null && publish.moderatedAt !== null && publish.moderatedAt <= world.clock.now();
    data.publicaly_available_post_id = visible && publish.videoId ? [new Int64(publish.videoId)] : [];
  }
  if (publish.source === 'FILE_UPLOAD') data.uploaded_bytes = publish.received;
  else data.downloaded_bytes = publish.received;
  return data;
}
