import { z } from 'zod';
import type { SandboxRequest } from '../core/sandboxHttp';
import { tiktokVideoCounts } from '../insights/tiktokVideoModel';
import type { TikTokVideoRecord } from '../world/sandboxState';
import type { SandboxWorld } from '../world/sandboxWorld';
import { authenticateTikTok, requireScope } from './tiktokAccess';
import { readJsonBody } from './tiktokJsonBody';
import { readFields } from './tiktokQueryFields';
import { takeRateLimit } from './tiktokRateLimits';

/**
 * POST /v2/video/query/?fields=… {"filters":{"video_ids":[≤20]}} and
 * POST /v2/video/list/?fields=… {"max_count":≤20,"cursor"} (reference 6.3), scope video.list.
 * A public video appears once moderation is over; the creator's own private videos at once.
 */
const VIDEO_FIELDS = [
  'id',
  'create_time',
  'cover_image_url',
  'share_url',
  'video_description',
  'duration',
  'height',
  'width',
  'title',
  'embed_html',
  'embed_link',
  'like_count',
  'comment_count',
  'share_count',
  'view_count',
] as const;

function visible(world: SandboxWorld, video: TikTokVideoRecord): boolean {
  const publish = Object.values(world.state.tiktok.publishes).find((item) => item.videoId === video.id);
  return video.privacyLevel !== 'PUBLIC_TO_EVERYONE' || (publish?.moderatedAt ?? 0) <= world.clock.now();
}

function render(world: SandboxWorld, video: TikTokVideoRecord, fields: string[]): Record<string, unknown> {
  const user = world.state.tiktok.users[video.openId];
  // Photo posts live at /photo/ on tiktok.com, videos at /video/.
  const shareUrl = `https://www.tiktok.com/@${user?.username ?? 'user'}/${video.photo ? 'photo' : 'video'}/${video.id}`;
  const values: Record<string, unknown> = {
    id: video.id,
    create_time: Math.floor(video.createTime / 1000),
    cover_image_url: `${world.urls.cdn}/ig/${video.id}-thumb.jpg?x-expires=${Math.floor((world.clock.now() + 6 * 3600 * 1000) / 1000)}`,
    share_url: shareUrl,
    video_description: video.photo ? video.photo.description : video.title,
    duration: video.durationSec,
    height: video.height,
    width: video.width,
    title: video.title,
    embed_html: `<blockquote class="tiktok-embed" cite="${shareUrl}" data-video-id="${video.id}"></blockquote>`,
    embed_link: `https://www.tiktok.com/player/v1/${video.id}`,
    ...tiktokVideoCounts(world, video),
  };
  return Object.fromEntries(fields.map((field) => [field, values[field]]));
}

export function queryVideos(world: SandboxWorld, request: SandboxRequest): Record<string, unknown> {
  const caller = authenticateTikTok(world, request);
  requireScope(caller, ['video.list']);
  takeRateLimit(world, 'videoQuery', caller.token);
  const fields = readFields(request, VIDEO_FIELDS);
  const body = readJsonBody(request, z.strictObject({ filters: z.strictObject({ video_ids: z.array(z.string()).min(1).max(20) }) }));
  const videos = body.filters.video_ids
    .map((id) => world.state.tiktok.videos[id])
    .filter((video): video is TikTokVideoRecord => video !== undefined && video.openId === caller.user.openId && visible(world, video));
  return { videos: videos.map((video) => render(world, video, fields)), cursor: 0, has_more: false };
}

export function listVideos(world: SandboxWorld, request: SandboxRequest): Record<string, unknown> {
  const caller = authenticateTikTok(world, request);
  requireScope(caller, ['video.list']);
  takeRateLimit(world, 'videoList', caller.token);
  const fields = readFields(request, VIDEO_FIELDS);
  const body = readJsonBody(request, z.strictObject({ max_count: z.number().int().min(1).max(20).optional(), cursor: z.number().int().nonnegative().optional() }), { allowEmpty: true });
  const all = Object.values(world.state.tiktok.videos)
    .filter((video) => video.openId === caller.user.openId && visible(world, video))
    .filter((video) => body.cursor === undefined || body.cursor === 0 || video.createTime < body.cursor)
    .sort((a, b) => b.createTime - a.createTime);
  const page = all.slice(0, body.max_count ?? 20);
  const last = page.at(-1);
  return { videos: page.map((video) => render(world, video, fields)), cursor: last ? last.createTime : 0, has_more: all.length > page.length };
}
