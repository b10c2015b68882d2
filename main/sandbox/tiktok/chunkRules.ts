import { TikTokApiError } from './tiktokErrors';

/**
 * FILE_UPLOAD chunk rules (reference 6.2, Media Transfer Guide): total_chunk_count =
 * floor(video_size / chunk_size); chunks of 5-64 MB, the last one absorbing the remainder (up to
 * 128 MB); a file under 5 MB goes whole (chunk_size = video_size); 1 to 1000 chunks.
 */
export const MB = 1024 * 1024;
export const MIN_CHUNK = 5 * MB;
export const MAX_CHUNK = 64 * MB;
export const MAX_FINAL_CHUNK = 128 * MB;
export const MAX_VIDEO_SIZE = 4 * 1024 * MB;

export interface ChunkPlan {
  videoSize: number;
  chunkSize: number;
  totalChunkCount: number;
}

const invalid = (message: string) => new TikTokApiError('invalid_params', message);

export function checkChunkPlan(plan: ChunkPlan): void {
  const { videoSize, chunkSize, totalChunkCount } = plan;
  if (videoSize <= 0 || videoSize > MAX_VIDEO_SIZE) throw invalid('video_size must be between 1 byte and 4 GB.');
  if (videoSize < MIN_CHUNK) {
    if (chunkSize !== videoSize || totalChunkCount !== 1) {
      throw invalid('A video under 5 MB is uploaded whole: chunk_size must equal video_size and total_chunk_count must be 1.');
    }
    return;
  }
  if (chunkSize < MIN_CHUNK || chunkSize > MAX_CHUNK) throw invalid('chunk_size must be between 5 MB and 64 MB.');
  if (chunkSize > videoSize) throw invalid('chunk_size cannot be larger than video_size.');
  const expected = Math.floor(videoSize / chunkSize);
  if (totalChunkCount !== expected) throw invalid(`total_chunk_count must be floor(video_size / chunk_size) = ${expected}.`);
  if (totalChunkCount < 1 || totalChunkCount > 1000) throw invalid('total_chunk_count must be between 1 and 1000.');
  const last = videoSize - chunkSize * (totalChunkCount - 1);
  if (last > MAX_FINAL_CHUNK) throw invalid('The final chunk would be larger than 128 MB.');
}

/** The byte range the chunk with this index must cover. */
export function chunkRange(plan: ChunkPlan, index: number): { first: number; last: number } {
  const first = index * plan.chunkSize;
  const last = index === plan.totalChunkCount - 1 ? plan.videoSize - 1 : first + plan.chunkSize - 1;
  return { first, last };
}
