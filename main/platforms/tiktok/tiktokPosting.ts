import { z } from 'zod';
import { jsonKeepingIntegersExact } from '../exactIntegers';
import type { PlatformHttp } from '../platformHttp';
import { bearerJsonHeaders, tiktokData, tiktokPath } from './tiktokConventions';

/** TikTok Content Posting API, direct post of a video or photos [S78] [S79] [S80] [S83] [S84]. */

/** What the creator allows; the post form must be built from it before every post [S78]. */
export interface CreatorInfo {
  avatarUrl: string;
  username: string;
  nickname: string;
  privacyLevelOptions: string[];
  commentDisabled: boolean;
  duetDisabled: boolean;
  stitchDisabled: boolean;
  maxVideoPostDurationSeconds: number;
}

const CreatorInfoResponse = tiktokData(
  z.object({
    creator_avatar_url: z.string(),
    creator_username: z.string(),
    creator_nickname: z.string(),
    privacy_level_options: z.array(z.string()),
    comment_disabled: z.boolean(),
    duet_disabled: z.boolean(),
    stitch_disabled: z.boolean(),
    max_video_post_duration_sec: z.number(),
  }),
).transform(
  (data): CreatorInfo => ({
    avatarUrl: data.creator_avatar_url,
    username: data.creator_username,
    nickname: data.creator_nickname,
    privacyLevelOptions: data.privacy_level_options,
    commentDisabled: data.comment_disabled,
    duetDisabled: data.duet_disabled,
    stitchDisabled: data.stitch_disabled,
    maxVideoPostDurationSeconds: data.max_video_post_duration_sec,
  }),
);

/** `POST /v2/post/publish/creator_info/query/`, no body, 20 per minute per token [S78]. */
export function queryCreatorInfo(tiktokApi: PlatformHttp, request: { accessToken: string }): Promise<CreatorInfo> {
  return tiktokApi.request(
    {
      method: 'POST',
      url: tiktokPath('post/publish/creator_info/query/'),
      headers: bearerJsonHeaders(request.accessToken),
    },
    CreatorInfoResponse,
  );
}

/** `post_info` of a direct post [S79] [S59]. `privacyLevel` must be one of the creator's options. */
export interface TikTokPostInfo {
  title?: string;
  privacyLevel: string;
  disableDuet?: boolean;
  disableComment?: boolean;
  disableStitch?: boolean;
  videoCoverTimestampMs?: number;
  brandContentToggle?: boolean;
  brandOrganicToggle?: boolean;
  isAigc?: boolean;
}

/** `source_info`: bytes from disk in chunks, or a URL on a verified domain [S80]. */
export type TikTokVideoSource =
  | { source: 'FILE_UPLOAD'; videoSize: number; chunkSize: number; totalChunkCount: number }
  | { source: 'PULL_FROM_URL'; videoUrl: string };

export interface VideoPostInit {
  publishId: string;
  /** For FILE_UPLOAD: where the chunks go. */
  uploadUrl?: string;
}

const InitResponse = tiktokData(
  z.object({ publish_id: z.string().min(1), upload_url: z.string().optional() }),
).transform(
  (data): VideoPostInit => ({ publishId: data.publish_id, ...(data.upload_url !== undefined && { uploadUrl: data.upload_url }) }),
);

function sourceInfo(source: TikTokVideoSource) {
  return source.source === 'FILE_UPLOAD'
    ? {
        source: source.source,
        video_size: source.videoSize,
        chunk_size: source.chunkSize,
        total_chunk_count: source.totalChunkCount,
      }
    : { source: source.source, video_url: source.videoUrl };
}

/**
 * `POST /v2/post/publish/video/init/` (JSON) → `publish_id` and, for FILE_UPLOAD, `upload_url`
 * [S79] [S80]. Not repeatable: never run it twice for the same upload [S84] [S59].
 */
export function initVideoPost(
  tiktokApi: PlatformHttp,
  request: { accessToken: string; postInfo: TikTokPostInfo; source: TikTokVideoSource },
): Promise<VideoPostInit> {
  const { postInfo } = request;
  // Undefined fields drop out of the JSON, so optional settings stay TikTok's defaults.
  const body = {
    post_info: {
      title: postInfo.title,
      privacy_level: postInfo.privacyLevel,
      disable_duet: postInfo.disableDuet,
      disable_comment: postInfo.disableComment,
      disable_stitch: postInfo.disableStitch,
      video_cover_timestamp_ms: postInfo.videoCoverTimestampMs,
      brand_content_toggle: postInfo.brandContentToggle,
      brand_organic_toggle: postInfo.brandOrganicToggle,
      is_aigc: postInfo.isAigc,
    },
    source_info: sourceInfo(request.source),
  };
  return tiktokApi.request(
    {
      method: 'POST',
      url: tiktokPath('post/publish/video/init/'),
      headers: bearerJsonHeaders(request.accessToken),
      data: body,
    },
    InitResponse,
  );
}

/** `post_info` of a photo post [S83]: the title (≤ 90 UTF-16 units) and the caption as its description (≤ 4000). */
export interface TikTokPhotoPostInfo {
  title?: string;
  description?: string;
  privacyLevel: string;
  disableComment?: boolean;
  brandContentToggle?: boolean;
  brandOrganicToggle?: boolean;
}

const PhotoInitResponse = tiktokData(z.object({ publish_id: z.string().min(1) })).transform((data) => ({ publishId: data.publish_id }));

/**
 * `POST /v2/post/publish/content/init/` with `media_type: PHOTO`, `post_mode: DIRECT_POST` and
 * `source_info.source: PULL_FROM_URL`, the only source photo posts take: TikTok pulls each address,
 * which must be on a domain or URL prefix verified for the app (else `url_ownership_unverified`),
 * 6 per minute per token [S83]. Not repeatable: TikTok may post it as soon as it has the addresses.
 */
export function initPhotoPost(
  tiktokApi: PlatformHttp,
  request: { accessToken: string; postInfo: TikTokPhotoPostInfo; photoUrls: readonly string[]; coverIndex: number },
): Promise<{ publishId: string }> {
  const { postInfo } = request;
  const body = {
    media_type: 'PHOTO',
    post_mode: 'DIRECT_POST',
    post_info: {
      title: postInfo.title,
      description: postInfo.description,
      privacy_level: postInfo.privacyLevel,
      disable_comment: postInfo.disableComment,
      brand_content_toggle: postInfo.brandContentToggle,
      brand_organic_toggle: postInfo.brandOrganicToggle,
    },
    source_info: { source: 'PULL_FROM_URL', photo_images: request.photoUrls, photo_cover_index: request.coverIndex },
  };
  return tiktokApi.request(
    {
      method: 'POST',
      url: tiktokPath('post/publish/content/init/'),
      headers: bearerJsonHeaders(request.accessToken),
      data: body,
    },
    PhotoInitResponse,
  );
}

export interface PublishStatus {
  /**
   * `PUBLISH_COMPLETE`, `SEND_TO_USER_INBOX`, `FAILED`, and in-progress values such as
   * `PROCESSING_UPLOAD` / `PROCESSING_DOWNLOAD` (the full list is UNCONFIRMED [S84]): kept as text.
   */
  status: string;
  /** On FAILED, a name the error table knows (e.g. `picture_size_check_failed`). */
  failReason?: string;
  /** Public post ids, after moderation; the field is spelled `publicaly_available_post_id` [S84]. */
  publicPostIds: string[];
  uploadedBytes?: number;
}

/** Post ids are 19-digit numbers in the JSON: read them as text to keep every digit. */
const StatusResponse = jsonKeepingIntegersExact(['publicaly_available_post_id'])
  .pipe(
    tiktokData(
      z.object({
        status: z.string(),
        fail_reason: z.string().optional(),
        publicaly_available_post_id: z.array(z.string()).optional(),
        uploaded_bytes: z.number().optional(),
      }),
    ),
  )
  .transform(
    (data): PublishStatus => ({
      status: data.status,
      ...(data.fail_reason && { failReason: data.fail_reason }),
      publicPostIds: data.publicaly_available_post_id ?? [],
      ...(data.uploaded_bytes !== undefined && { uploadedBytes: data.uploaded_bytes }),
    }),
  );

/** `POST /v2/post/publish/status/fetch/` `{publish_id}`, 30 per minute per token [S84]. */
export function fetchPublishStatus(
  tiktokApi: PlatformHttp,
  request: { accessToken: string; publishId: string },
): Promise<PublishStatus> {
  return tiktokApi.request(
    {
      method: 'POST',
      url: tiktokPath('post/publish/status/fetch/'),
      headers: bearerJsonHeaders(request.accessToken),
      data: { publish_id: request.publishId },
      responseType: 'text',
    },
    StatusResponse,
  );
}
