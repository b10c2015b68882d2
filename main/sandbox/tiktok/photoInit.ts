import { z } from 'zod';
import type { SandboxRequest } from '../core/sandboxHttp';
import type { FaultPlan } from '../faults/faultPlan';
import type { MediaFetcher } from '../media/mediaFetcher';
import { probeMedia } from '../media/mediaProbe';
import type { TikTokPublishRecord } from '../world/sandboxState';
import { newNumericString, type SandboxWorld } from '../world/sandboxWorld';
import { checkDailyCaps, checkPostChoices, checkVerifiedUrl } from './directPostRules';
import { authenticateTikTok, requireScope } from './tiktokAccess';
import { TikTokApiError } from './tiktokErrors';
import { readJsonBody } from './tiktokJsonBody';
import { takeRateLimit } from './tiktokRateLimits';

/**
 * Photo posts (reference 6.2 [S83]): POST /v2/post/publish/content/init/, 6 per minute per token,
 * with `media_type: PHOTO`, `post_mode` DIRECT_POST (scope video.publish) or MEDIA_UPLOAD (scope
 * video.upload, to the creator's inbox), `post_info` {title ≤ 90 UTF-16 units, description ≤ 4000,
 * privacy_level (required to post directly), disable_comment, auto_add_music, brand toggles} and
 * `source_info` {source: PULL_FROM_URL (the only one), photo_images: 1 to 35 addresses,
 * photo_cover_index}. Every address must start with a verified URL prefix
 * (url_ownership_unverified, at once). The sandbox then pulls each photo; what goes wrong shows
 * later as status FAILED: photo_pull_failed (an address it cannot fetch), picture_size_check_failed
 * (more than 1080p or 20 MB, reference 6.2 photo limits), file_format_check_failed (neither JPEG
 * nor WebP; the reference names no photo format code, a sandbox choice).
 */
const MAX_TITLE_UTF16 = 90;
const MAX_DESCRIPTION_UTF16 = 4000;
const MAX_PHOTOS = 35;
const MAX_PHOTO_BYTES = 20 * 1024 * 1024;
/** "≤ 1080p", read as the validation reads it (main/posts/validation/unconfirmed.ts): 1080 short side, 1920 long side. */
const MAX_SHORT_SIDE = 1080;
const MAX_LONG_SIDE = 1920;

const postInfo = z.strictObject({
  title: z.string().optional(),
  description: z.string().optional(),
  privacy_level: z.string().optional(),
  disable_comment: z.boolean().optional(),
  auto_add_music: z.boolean().optional(),
  brand_content_toggle: z.boolean().optional(),
  brand_organic_toggle: z.boolean().optional(),
});

const photoBody = z.strictObject({
  media_type: z.literal('PHOTO'),
  post_mode: z.enum(['DIRECT_POST', 'MEDIA_UPLOAD']),
  post_info: postInfo,
  source_info: z.strictObject({
    source: z.literal('PULL_FROM_URL'),
    photo_images: z.array(z.string().min(1)).min(1).max(MAX_PHOTOS),
    photo_cover_index: z.number().int().nonnegative(),
  }),
});

export async function initPhotoPost(world: SandboxWorld, faults: FaultPlan, fetcher: MediaFetcher, request: SandboxRequest): Promise<Record<string, string>> {
  const caller = authenticateTikTok(world, request);
  const body = readJsonBody(request, photoBody);
  const direct = body.post_mode === 'DIRECT_POST';
  requireScope(caller, [direct ? 'video.publish' : 'video.upload']);
  takeRateLimit(world, 'contentInit', caller.token);
  const { user } = caller;
  const info = body.post_info;
  const images = body.source_info.photo_images;

  if ((info.title ?? '').length > MAX_TITLE_UTF16) throw invalid(`post_info.title is longer than ${MAX_TITLE_UTF16} UTF-16 characters`);
  if ((info.description ?? '').length > MAX_DESCRIPTION_UTF16) throw invalid(`post_info.description is longer than ${MAX_DESCRIPTION_UTF16} UTF-16 characters`);
  if (body.source_info.photo_cover_index >= images.length) throw invalid('source_info.photo_cover_index is not the index of one of photo_images');
  if (direct) {
    if (info.privacy_level === undefined) throw invalid('post_info.privacy_level is required to post directly');
    checkPostChoices(world, user, { privacy_level: info.privacy_level, brand_content_toggle: info.brand_content_toggle });
  }
  const mode = direct ? 'direct' : 'inbox';
  checkDailyCaps(world, user, mode);
  images.forEach((url, index) => checkVerifiedUrl(world, url, `photo_images[${index}]`));

  const now = world.clock.now();
  const publish: TikTokPublishRecord = {
    id: `${direct ? 'p_pub_url~v2-1.' : 'p_inbox_url~v2.'}${newNumericString(world, 19, 'publish-id')}`,
    openId: user.openId,
    mode,
    source: 'PULL_FROM_URL',
    title: info.title ?? '',
    privacyLevel: direct ? (info.privacy_level ?? null) : null,
    videoSize: 0,
    chunkSize: 0,
    totalChunkCount: 0,
    received: 0,
    headBase64: '',
    uploadToken: null,
    uploadExpiresAt: now,
    createdAt: now,
    status: 'PROCESSING_DOWNLOAD',
    readyAt: now + world.settings.timing.tiktokProcessingMs,
    failReason: null,
    moderatedAt: null,
    videoId: null,
    durationSec: 0,
    width: null,
    height: null,
    photo: { description: info.description ?? '', imageCount: images.length, coverIndex: body.source_info.photo_cover_index },
  };
  await pullPhotos(publish, images, faults, fetcher);
  world.state.tiktok.publishes[publish.id] = publish;
  return { publish_id: publish.id };
}

const invalid = (problem: string) => new TikTokApiError('invalid_params', `Invalid request: ${problem}.`);

/** Pulls every photo as TikTok would, keeping the first problem as the post's fail_reason. */
async function pullPhotos(publish: TikTokPublishRecord, images: readonly string[], faults: FaultPlan, fetcher: MediaFetcher): Promise<void> {
  const rejection = faults.takeMediaRejection('tiktok');
  if (rejection) {
    publish.failReason = typeof rejection.reason === 'string' ? rejection.reason : 'picture_size_check_failed';
    return;
  }
  for (const [index, url] of images.entries()) {
    const fetched = await fetcher.fetch(url, MAX_PHOTO_BYTES + 1);
    if (!fetched.ok) {
      publish.failReason = 'photo_pull_failed';
      return;
    }
    publish.received += fetched.totalBytes;
    const probe = probeMedia(fetched.bytes);
    if (probe.kind !== 'image' || (probe.format !== 'jpeg' && probe.format !== 'webp')) {
      publish.failReason = 'file_format_check_failed';
      return;
    }
    if (fetched.truncated || fetched.totalBytes > MAX_PHOTO_BYTES || beyond1080p(probe.width, probe.height)) {
      publish.failReason = 'picture_size_check_failed';
      return;
    }
    if (index === publish.photo?.coverIndex) {
      publish.width = probe.width;
      publish.height = probe.height;
    }
  }
}

/** A size the probe could not read is left to pass, as TikTok's own reading is unknown. */
function beyond1080p(width: number | null, height: number | null): boolean {
  if (width === null || height === null) return false;
  return Math.min(width, height) > MAX_SHORT_SIDE || Math.max(width, height) > MAX_LONG_SIDE;
}
