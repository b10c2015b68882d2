import { z } from 'zod';
import type { PlatformHttp } from '../platformHttp';

/**
 * FILE_UPLOAD bytes to the `upload_url` video init returned, by the Media Transfer Guide's rules
 * [S82]: chunks of 5-64 MB, the last one absorbing the remainder (up to 128 MB), files under
 * 5 MB in one chunk, files over 64 MB chunked, 1-1000 chunks, sent in order.
 */

const MB = 1024 * 1024;
const MAX_CHUNK_BYTES = 64 * MB;
const MAX_CHUNK_COUNT = 1000;
/** Postiz's choice [S59]: small enough that a dropped connection costs little. */
const PREFERRED_CHUNK_BYTES = 10 * MB;

/** A byte range of the file, both ends included, as Content-Range counts them. */
export interface ChunkRange {
  first: number;
  last: number;
}

export interface ChunkPlan {
  videoSize: number;
  /** The `chunk_size` video init declares. */
  chunkSize: number;
  /** `total_chunk_count = floor(video_size / chunk_size)` [S82]. */
  totalChunkCount: number;
  chunks: ChunkRange[];
}

export function planTikTokChunks(videoSize: number): ChunkPlan {
  if (!Number.isSafeInteger(videoSize) || videoSize <= 0) {
    throw new RangeError(`A TikTok upload needs a positive whole number of bytes, not ${videoSize}.`);
  }
  // Up to 64 MB one chunk is allowed (and required under 5 MB).
  const chunkSize =
    videoSize <= MAX_CHUNK_BYTES ? videoSize : Math.max(PREFERRED_CHUNK_BYTES, Math.ceil(videoSize / MAX_CHUNK_COUNT));
  if (chunkSize > MAX_CHUNK_BYTES) {
    throw new RangeError(`A ${videoSize}-byte video needs more than ${MAX_CHUNK_COUNT} chunks of 64 MB.`);
  }
  const totalChunkCount = Math.floor(videoSize / chunkSize);
  const chunks = Array.from({ length: totalChunkCount }, (_, index) => ({
    first: index * chunkSize,
    last: index === totalChunkCount - 1 ? videoSize - 1 : (index + 1) * chunkSize - 1,
  }));
  return { videoSize, chunkSize, totalChunkCount, chunks };
}

/**
 * `PUT {upload_url}` with `Content-Type`, `Content-Length` and
 * `Content-Range: bytes {first}-{last}/{total}` [S82]. The body of the answer is not used:
 * postiz treats 200, 201 and 206 alike [S59].
 */
export async function uploadTikTokChunk(
  tiktokUpload: PlatformHttp,
  request: { uploadUrl: string; range: ChunkRange; videoSize: number; bytes: Buffer; contentType: string },
): Promise<void> {
  const { range } = request;
  if (request.bytes.length !== range.last - range.first + 1) {
    throw new RangeError(`Chunk ${range.first}-${range.last} has ${request.bytes.length} bytes.`);
  }
  await tiktokUpload.request(
    {
      method: 'PUT',
      url: request.uploadUrl,
      headers: {
        'Content-Type': request.contentType,
        'Content-Length': String(request.bytes.length),
        'Content-Range': `bytes ${range.first}-${range.last}/${request.videoSize}`,
      },
      data: request.bytes,
    },
    z.unknown(),
  );
}

/** Sends every chunk of the plan in order, reading each from the file only when it is due. */
export async function uploadTikTokVideo(
  tiktokUpload: PlatformHttp,
  request: {
    uploadUrl: string;
    plan: ChunkPlan;
    contentType: string;
    readChunk(range: ChunkRange): Promise<Buffer>;
  },
): Promise<void> {
  for (const range of request.plan.chunks) {
    const bytes = await request.readChunk(range);
    await uploadTikTokChunk(tiktokUpload, {
      uploadUrl: request.uploadUrl,
      range,
      videoSize: request.plan.videoSize,
      bytes,
      contentType: request.contentType,
    });
  }
}
