import { MediaToolFailure, runMediaTool } from './mediaTools';

const FRAME_TIMEOUT_MS = 60_000;
/** A 1280-pixel PNG frame is a few MB; anything near this is not a frame. */
const FRAME_OUTPUT_CAP = 32 * 1024 * 1024;
/** No larger than the preview needs: decoding stays cheap and the PNG small. */
const FRAME_SCALE = "scale=w='min(1280,iw)':h='min(1280,ih)':force_original_aspect_ratio=decrease";

/**
 * A still of the video for its thumbnail and preview, as a PNG, upright (ffmpeg applies the
 * rotation). Taken a little way in, where there is usually a picture rather than a fade from
 * black: at 1 s, or at a tenth of a short video. When that yields nothing (a seek past the last
 * frame), the first frame. Decoding a frame is also the proof the video can be played at all.
 */
export async function extractPosterFrame(file: string, durationMs: number | null): Promise<Buffer> {
  const atMs = durationMs ? Math.min(1000, Math.floor(durationMs / 10)) : 0;
  if (atMs > 0) {
    try {
      const frame = await frameAt(file, atMs);
      if (frame.length > 0) return frame;
    } catch (error) {
      if (!(error instanceof MediaToolFailure)) throw error;
    }
  }
  const first = await frameAt(file, 0);
  if (first.length === 0) throw new MediaToolFailure('ffmpeg', 'no frame could be decoded', null);
  return first;
}

function frameAt(file: string, atMs: number): Promise<Buffer> {
  return runMediaTool('ffmpeg', {
    args: [
      '-v', 'error', '-nostdin',
      '-ss', (atMs / 1000).toFixed(3),
      '-i', file,
      '-frames:v', '1',
      '-vf', FRAME_SCALE,
      '-f', 'image2pipe', '-vcodec', 'png',
      'pipe:1',
    ],
    timeoutMs: FRAME_TIMEOUT_MS,
    maxOutputBytes: FRAME_OUTPUT_CAP,
  });
}
