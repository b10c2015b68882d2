import type { SandboxWorld } from '../world/sandboxWorld';

/**
 * Facebook's side of scheduling (reference 3, DESIGN 4): a scheduled post goes live when the
 * sandbox clock passes its scheduled_publish_time, with its photos and video; videos finish
 * processing when their time has come.
 */
export function settlePages(world: SandboxWorld): void {
  const now = world.clock.now();
  const { posts, photos, videos } = world.state.facebook;
  for (const post of Object.values(posts)) {
    if (post.published || post.scheduledPublishTime === null || post.scheduledPublishTime > now) continue;
    post.published = true;
    post.publishedAt = post.scheduledPublishTime;
    for (const id of post.attachedPhotoIds) {
      const photo = photos[id];
      if (photo) photo.published = true;
    }
    const video = post.videoId ? videos[post.videoId] : undefined;
    if (video) video.published = true;
  }
  for (const video of Object.values(videos)) {
    if (video.phase === 'processing' && video.readyAt !== null && video.readyAt <= now) video.phase = 'ready';
  }
}
