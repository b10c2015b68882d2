import { z } from 'zod';
import type { SandboxRequest } from '../core/sandboxHttp';
import type { FaultPlan } from '../faults/faultPlan';
import type { MediaFetcher } from '../media/mediaFetcher';
import { PROBE_HEAD_BYTES } from '../media/mediaProbe';
import type { TikTokPublishRecord } from '../world/sandboxState';
import { newNumericString, newSecret, type SandboxWorld } from '../world/sandboxWorld';
import { checkChunkPlan } from './chunkRules';
import { checkDailyCaps, checkPostChoices, checkVerifiedUrl } from './directPostRules';
import { authenticateTikTok, requireScope } from './tiktokAccess';
import { TikTokApiError } from './tiktokErrors';
import { readJsonBody } from './tiktokJsonBody';
import { takeRateLimit } from './tiktokRateLimits';
import { decideOutcome } from './videoChecks';

/**
 * Video init (reference 6.2), 6 per minute per token:
 *  - direct post: POST /v2/post/publish/video/init/ (video.publish) with post_info and source_info;
 *  - inbox upload: POST /v2/post/publish/inbox/video/init/ (video.upload) with source_info only.
 * FILE_UPLOAD must follow the chunk rules and gets an upload_url (valid one hour); PULL_FROM_URL
 * needs a verified URL prefix (else url_ownership_unverified) and the sandbox downloads it.
 * The post's choices and the creator's daily caps: directPostRules.ts.
 */
export const UPLOAD_URL_LIFETIME_MS = 60 * 60 * 1000;

const sourceInfo = z.discriminatedUnion('source', [
  z.strictObject({ source: z.literal('FILE_UPLOAD'), video_size: z.number().int(), chunk_size: z.number().int(), total_chunk_count: z.number().int() }),
  z.strictObject({ source: z.literal('PULL_FROM_URL'), video_url: z.string().min(1) }),
]);

const postInfo = z.strictObject({
  title: z.string().optional(),
  privacy_level: z.string(),
  disable_duet: z.boolean().optional(),
  disable_comment: z.boolean().optional(),
  disable_stitch: z.boolean().optional(),
  video_cover_timestamp_ms: z.number().int().nonnegative().optional(),
  brand_content_toggle: z.boolean().optional(),
  brand_organic_toggle: z.boolean().optional(),
  is_aigc: z.boolean().optional(),
});

const directBody = z.strictObject({ post_info: postInfo, source_info: sourceInfo });
const inboxBody = z.strictObject({ source_info: sourceInfo });

function utf16Length(text: string): number {
  return text.length;
}

export async function initVideo(world: SandboxWorld, faults: FaultPlan, fetcher: MediaFetcher, request: SandboxRequest, mode: 'direct' | 'inbox'): Promise<Record<string, string>> {
  const caller = authenticateTikTok(world, request);
  requireScope(caller, [mode === 'direct' ? 'video.publish' : 'video.upload']);
  takeRateLimit(world, 'videoInit', caller.token);
  const body = mode === 'direct' ? readJsonBody(request, directBody) : { ...readJsonBody(request, inboxBody), post_info: null };
  const { user } = caller;
  const now = world.clock.now();

  if (body.post_info) {
    const info = body.post_info;
    if (info.title !== undefined && utf16Length(info.title) > 2200) throw new TikTokApiError('invalid_params', 'Invalid request: post_info.title is longer than 2200 UTF-16 characters.');
    checkPostChoices(world, user, info);
  }
  checkDailyCaps(world, user, mode);

  const source = body.source_info;
  const prefix = source.source === 'FILE_UPLOAD' ? (mode === 'inbox' ? 'v_inbox_file~v2.' : 'v_pub_file~v2-1.') : mode === 'inbox' ? 'v_inbox_url~v2.' : 'v_pub_url~v2-1.';
  const publish: TikTokPublishRecord = {
    id: `${prefix}${newNumericString(world, 19, 'publish-id')}`,
    openId: user.openId,
    mode,
    source: source.source,
    title: body.post_info?.title ?? '',
    privacyLevel: body.post_info?.privacy_level ?? null,
    videoSize: 0,
    chunkSize: 0,
    totalChunkCount: 0,
    received: 0,
    headBase64: '',
    uploadToken: null,
    uploadExpiresAt: now + UPLOAD_URL_LIFETIME_MS,
    createdAt: now,
    status: source.source === 'FILE_UPLOAD' ? 'PROCESSING_UPLOAD' : 'PROCESSING_DOWNLOAD',
    readyAt: null,
    failReason: null,
    moderatedAt: null,
    videoId: null,
    durationSec: null,
    width: null,
    height: null,
  };

  if (source.source === 'FILE_UPLOAD') {
    checkChunkPlan({ videoSize: source.video_size, chunkSize: source.chunk_size, totalChunkCount: source.total_chunk_count });
    publish.videoSize = source.video_size;
    publish.chunkSize = source.chunk_size;
    publish.totalChunkCount = source.total_chunk_count;
    publish.uploadToken = newSecret(world, 'uploadToken');
    world.state.tiktok.publishes[publish.id] = publish;
    const uploadUrl = `${world.urls.tiktokUpload}/video/?upload_id=${encodeURIComponent(publish.id)}&upload_token=${publish.uploadToken}`;
    return { publish_id: publish.id, upload_url: uploadUrl };
  }

  checkVerifiedUrl(world, source.video_url, 'video_url');
  const fetched = await fetcher.fetch(source.video_url, PROBE_HEAD_BYTES);
  if (fetched.ok) {
    publish.videoSize = fetched.totalBytes;
    publish.received = fetched.totalBytes;
    decideOutcome(world, faults, publish, fetched.bytes);
  } else {
    publish.failReason = 'video_pull_failed';
  }
  publish.readyAt = now + world.settings.timing.tiktokProcessingMs;
  world.state.tiktok.publishes[publish.id] = publish;
  return { publish_id: publish.id };
}
