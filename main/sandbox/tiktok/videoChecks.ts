import type { FaultPlan } from '../faults/faultPlan';
import { probeMedia } from '../media/mediaProbe';
import type { TikTokPublishRecord } from '../world/sandboxState';
import type { SandboxWorld } from '../world/sandboxWorld';

/**
 * TikTok's checks on a received video (reference 6.2, video limits): MP4, WebM or MOV; at most
 * 10 minutes through the API and no longer than the creator's max_video_post_duration_sec.
 * Problems show up later as status FAILED with a fail_reason (duration_check_failed,
 * file_format_check_failed), as TikTok reports them.
 */
const API_MAX_SECONDS = 600;

export function decideOutcome(world: SandboxWorld, faults: FaultPlan, publish: TikTokPublishRecord, head: Buffer): void {
  const rejection = faults.takeMediaRejection('tiktok');
  if (rejection) {
    publish.failReason = typeof rejection.reason === 'string' ? rejection.reason : 'file_format_check_failed';
    return;
  }
  const probe = probeMedia(head);
  if (probe.kind !== 'video') {
    publish.failReason = 'file_format_check_failed';
    return;
  }
  const user = world.state.tiktok.users[publish.openId];
  const seconds = probe.durationMs === null ? null : probe.durationMs / 1000;
  if (seconds !== null && (seconds > API_MAX_SECONDS || seconds > (user?.maxVideoPostDurationSec ?? API_MAX_SECONDS))) {
    publish.failReason = 'duration_check_failed';
    return;
  }
  publish.durationSec = seconds === null ? null : Math.round(seconds);
  publish.width = probe.width;
  publish.height = probe.height;
}
