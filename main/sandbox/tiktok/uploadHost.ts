import type { HostService } from '../core/hostService';
import { headerValue, type SandboxRequest, type SandboxResponse } from '../core/sandboxHttp';
import type { FaultPlan } from '../faults/faultPlan';
import { PROBE_HEAD_BYTES } from '../media/mediaProbe';
import type { SandboxWorld } from '../world/sandboxWorld';
import { chunkRange } from './chunkRules';
import { apiFailure, TikTokApiError } from './tiktokErrors';
import { decideOutcome } from './videoChecks';

/**
 * The upload_url of a FILE_UPLOAD init (open-upload.tiktokapis.com): PUT each chunk in order with
 * Content-Type (video/mp4, video/quicktime or video/webm), Content-Length and
 * Content-Range: bytes {first}-{last}/{total} (reference 6.2). Every chunk but the last is
 * exactly chunk_size; the last takes the remainder. Answers 206 for a chunk, 201 for the last.
 * The URL works for one hour. A chunk cut off by a dropped connection is discarded whole.
 */
const VIDEO_TYPES = ['video/mp4', 'video/quicktime', 'video/webm'];

const invalidUpload = (message: string, status = 400) => new TikTokApiError('invalid_file_upload', message, status);

export function createTikTokUploadHost(world: SandboxWorld, faults: FaultPlan): HostService {
  function put(request: SandboxRequest): SandboxResponse {
    if (request.path !== '/video/') throw invalidUpload(`Nothing at ${request.path}.`, 404);
    if (request.method !== 'PUT') throw invalidUpload('Upload chunks with PUT.', 405);
    const publish = world.state.tiktok.publishes[request.query.get('upload_id') ?? ''];
    if (!publish || publish.uploadToken === null || publish.uploadToken !== request.query.get('upload_token')) throw invalidUpload('Unknown upload URL.', 404);
    if (publish.uploadExpiresAt <= world.clock.now()) throw invalidUpload('The upload URL has expired (it is valid for one hour after init).', 403);
    if (publish.received >= publish.videoSize) throw invalidUpload('This upload is already complete.');
    const contentType = (headerValue(request, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!VIDEO_TYPES.includes(contentType)) throw invalidUpload(`Content-Type must be one of ${VIDEO_TYPES.join(', ')}.`);
    const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(headerValue(request, 'content-range') ?? '');
    if (!range) throw invalidUpload('Content-Range: bytes {first}-{last}/{total} is required.');
    const [first, last, total] = [Number(range[1]), Number(range[2]), Number(range[3])];
    if (total !== publish.videoSize) throw invalidUpload(`The total in Content-Range must be video_size (${publish.videoSize}).`);
    if (first !== publish.received) throw invalidUpload(`Chunks are uploaded in order: the next chunk starts at byte ${publish.received}.`, 416);
    const index = Math.floor(first / publish.chunkSize);
    const expected = chunkRange(publish, index);
    if (first !== expected.first || last !== expected.last) {
      throw invalidUpload(`Chunk ${index + 1} of ${publish.totalChunkCount} must be bytes ${expected.first}-${expected.last}/${total}.`, 416);
    }
    const length = last - first + 1;
    if (Number(headerValue(request, 'content-length') ?? -1) !== length || request.bytes.length !== length) {
      throw invalidUpload(`Content-Length and the body must be ${length} bytes for this range.`);
    }
    const head = Buffer.from(publish.headBase64, 'base64');
    if (head.length < PROBE_HEAD_BYTES) publish.headBase64 = Buffer.concat([head, request.bytes.subarray(0, PROBE_HEAD_BYTES - head.length)]).toString('base64');
    publish.received += length;
    if (publish.received < publish.videoSize) return { status: 206, body: '', headers: {} };
    decideOutcome(world, faults, publish, Buffer.from(publish.headBase64, 'base64'));
    publish.readyAt = world.clock.now() + world.settings.timing.tiktokProcessingMs;
    return { status: 201, body: '', headers: {} };
  }

  return {
    async handle(request) {
      try {
        return put(request);
      } catch (error) {
        if (error instanceof TikTokApiError) return apiFailure(world, error);
        throw error;
      }
    },
    faultResponse(fault) {
      if (fault.kind === 'throttle') return apiFailure(world, new TikTokApiError('rate_limit_exceeded', 'The API rate limit was exceeded. Please try again later.'));
      return apiFailure(world, new TikTokApiError('internal_error', 'Something went wrong. Please retry.', fault.status));
    },
  };
}
