import type { SandboxWorld } from '../world/sandboxWorld';
import { newId } from '../world/sandboxWorld';

/**
 * TikTok processing on the sandbox clock (reference 6.2): when processing ends a direct post is
 * PUBLISH_COMPLETE and its video exists; a public one becomes visible (its id is given out) after
 * moderation. Inbox uploads end in SEND_TO_USER_INBOX. Failures end in FAILED. A photo post
 * becomes a post like a video, listed with the creator's videos (a sandbox choice, README).
 */
export function settleTikTok(world: SandboxWorld): void {
  const now = world.clock.now();
  for (const publish of Object.values(world.state.tiktok.publishes)) {
    if (publish.readyAt === null || publish.readyAt > now) continue;
    if (publish.status !== 'PROCESSING_UPLOAD' && publish.status !== 'PROCESSING_DOWNLOAD') continue;
    if (publish.failReason) {
      publish.status = 'FAILED';
      continue;
    }
    if (publish.mode === 'inbox') {
      publish.status = 'SEND_TO_USER_INBOX';
      continue;
    }
    publish.status = 'PUBLISH_COMPLETE';
    const videoId = newId(world, 'tiktokVideo');
    publish.videoId = videoId;
    publish.moderatedAt = publish.privacyLevel === 'PUBLIC_TO_EVERYONE' ? publish.readyAt + world.settings.timing.tiktokModerationMs : null;
    world.state.tiktok.videos[videoId] = {
      id: videoId,
      openId: publish.openId,
      title: publish.title,
      createTime: publish.readyAt,
      durationSec: publish.durationSec ?? 0,
      width: publish.width ?? 1080,
      height: publish.height ?? 1920,
      privacyLevel: publish.privacyLevel ?? 'SELF_ONLY',
      ...(publish.photo && { photo: publish.photo }),
    };
  }
}
