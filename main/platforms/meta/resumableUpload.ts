import type { Readable } from 'node:stream';
import { z } from 'zod';
import { GRAPH_API_VERSION } from '../endpoints';
import { TransientError } from '../platformErrors';
import type { PlatformHttp } from '../platformHttp';
import { CreatedObject, formBody, graphPath, queryParameters } from './graphConventions';

/**
 * Instagram video from a local file, "Upload Video to Meta Servers" [S35]: create a container
 * with `upload_type=resumable` on graph.facebook.com (Facebook Login path only), send the bytes
 * to rupload.facebook.com, then poll `status_code` and publish as usual.
 */

export interface ResumableContainerRequest {
  igUserId: string;
  accessToken: string;
  /**
   * REELS per the doc; STORIES video is seen in code only (UNCONFIRMED in the doc) [S35]. VIDEO
   * with `isCarouselItem`: a carousel's video child from disk, the legacy type children keep
   * [S59]; resumable children are UNCONFIRMED (the doc shows reels only), and without them a
   * carousel video needs a public address.
   */
  mediaType: 'REELS' | 'STORIES' | 'VIDEO';
  isCarouselItem?: boolean;
  caption?: string;
  shareToFeed?: boolean;
  /** A reel's cover image, by public address (`cover_url` [S30]). */
  coverUrl?: string;
  thumbOffsetMs?: number;
}

/**
 * `POST /{ig-user-id}/media?media_type=REELS&upload_type=resumable` → the container id. The
 * answer may carry a `uri` to upload to [S64]; Outpost builds the same address from its upload
 * base URL instead, so an endpoint override (the sandbox) also covers the bytes.
 */
export async function createResumableVideoContainer(graph: PlatformHttp, request: ResumableContainerRequest): Promise<string> {
  const body = formBody({
    media_type: request.mediaType,
    upload_type: 'resumable',
    is_carousel_item: request.isCarouselItem,
    caption: request.caption,
    share_to_feed: request.shareToFeed,
    cover_url: request.coverUrl,
    thumb_offset: request.thumbOffsetMs,
    access_token: request.accessToken,
  });
  const response = await graph.request({ method: 'POST', url: graphPath(request.igUserId, 'media'), data: body }, CreatedObject);
  return response.id;
}

/** The bytes of the file from one offset to its end: a Buffer, or a stream for large files. */
export type VideoBytes = Buffer | Readable;

export interface VideoBytesUpload {
  containerId: string;
  accessToken: string;
  fileSize: number;
  /** Where these bytes start in the file; 0 for a fresh upload. */
  offset: number;
  bytes: VideoBytes;
}

const UploadAccepted = z.object({ success: z.literal(true), message: z.string().optional() });

/**
 * `POST {upload}/ig-api-upload/{ver}/{container-id}` with `Authorization: OAuth {token}`,
 * `offset` and `file_size` headers and the raw bytes [S35] [S64]. The `{ver}` segment comes from
 * code, not from Meta's page [S64].
 */
export async function uploadVideoBytes(upload: PlatformHttp, request: VideoBytesUpload): Promise<void> {
  await upload.request(
    {
      method: 'POST',
      url: `/ig-api-upload/${GRAPH_API_VERSION}/${encodeURIComponent(request.containerId)}`,
      headers: {
        Authorization: `OAuth ${request.accessToken}`,
        offset: String(request.offset),
        file_size: String(request.fileSize),
        'Content-Type': 'application/octet-stream',
        'Content-Length': String(request.fileSize - request.offset),
      },
      data: request.bytes,
    },
    UploadAccepted,
  );
}

const UploadProgress = z.object({
  video_status: z
    .object({ uploading_phase: z.object({ bytes_transferred: z.number().int().nonnegative() }).partial().optional() })
    .optional(),
});

/**
 * How many bytes Meta holds for this container, to resume from there.
 * UNCONFIRMED: the reference does not say where the upload host reports its offset. This reads
 * the container's `video_status.uploading_phase.bytes_transferred`, the field Meta's business
 * SDK declares on Instagram containers (IGResumableVideoUploadStatus); change it here if the
 * live API says otherwise.
 */
export async function fetchUploadedByteCount(
  graph: PlatformHttp,
  request: { containerId: string; accessToken: string },
): Promise<number> {
  const response = await graph.request(
    {
      method: 'GET',
      url: graphPath(request.containerId),
      params: queryParameters({ fields: 'video_status', access_token: request.accessToken }),
    },
    UploadProgress,
  );
  return response.video_status?.uploading_phase?.bytes_transferred ?? 0;
}

export interface ResumingUpload {
  containerId: string;
  accessToken: string;
  fileSize: number;
  /**
   * Where to start: 0 for a fresh upload; after a crash, `fetchUploadedByteCount`'s answer. The
   * server is asked on its own only after a failure, so the normal path never depends on the
   * UNCONFIRMED offset field.
   */
  fromOffset?: number;
  /** Opens the file from a byte offset (a fresh stream each time: a used stream cannot be re-sent). */
  openFrom(offset: number): VideoBytes;
  /** Transient failures to resume from before giving up; the scheduler's retries come after. */
  maxResumes?: number;
}

/**
 * Uploads the whole file, resuming after a transient failure from the offset Meta reports, so a
 * dropped connection costs only the bytes that did not arrive.
 */
export async function uploadVideoResumably(
  networks: { graph: PlatformHttp; upload: PlatformHttp },
  request: ResumingUpload,
): Promise<void> {
  const { containerId, accessToken, fileSize } = request;
  const maxResumes = request.maxResumes ?? 3;
  for (let resumes = 0; ; resumes++) {
    const offset =
      resumes === 0 ? (request.fromOffset ?? 0) : await fetchUploadedByteCount(networks.graph, { containerId, accessToken });
    if (offset >= fileSize) return;
    const bytes = request.openFrom(offset);
    try {
      await uploadVideoBytes(networks.upload, { containerId, accessToken, fileSize, offset, bytes });
      return;
    } catch (error) {
      // A stream the request did not finish reading would keep its file open.
      if (!Buffer.isBuffer(bytes)) bytes.destroy();
      if (!(error instanceof TransientError) || resumes >= maxResumes) throw error;
    }
  }
}
