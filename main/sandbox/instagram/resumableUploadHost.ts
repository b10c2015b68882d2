import type { HostService } from '../core/hostService';
import { Router } from '../core/router';
import { headerValue, jsonResponse, type SandboxRequest, type SandboxResponse } from '../core/sandboxHttp';
import type { FaultPlan } from '../faults/faultPlan';
import type { MediaFetcher } from '../media/mediaFetcher';
import { PROBE_HEAD_BYTES } from '../media/mediaProbe';
import { managesPage } from '../meta/pageTokens';
import { checkToken, tokenFromAuthorization } from '../world/accessTokens';
import type { InstagramContainerRecord } from '../world/sandboxState';
import type { SandboxWorld } from '../world/sandboxWorld';
import { applyVideoOutcome } from './createContainer';
import { containerFailure, isInstagramSubcode } from './instagramErrors';
import { checkVideo, fetchFailure } from './mediaChecks';

/**
 * rupload.facebook.com/ig-api-upload/{ver}/{container-id} (reference 2.3): the bytes of a
 * container made with upload_type=resumable.
 *   POST with `Authorization: OAuth {token}`, `offset: N`, `file_size: total` and raw bytes; or
 *        with a `file_url` header instead of a body. Success: {"success":true,"message":"Upload successful."}
 *   Chunks: each POST must start at the bytes received so far, so an interrupted upload resumes
 *   at its received offset (bytes that arrived before a dropped connection are kept).
 *   GET  the same URL: {"id","offset","file_size","complete"}, the received offset to resume from.
 * Errors use the upload host's own shape: {"debug_info":{"retriable","type","message"}}.
 */
class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly retriable = false,
  ) {
    super(message);
  }
}

const uploadErrorBody = (type: string, message: string, retriable: boolean) => ({ debug_info: { retriable, type, message } });

export function createResumableUploadHost(world: SandboxWorld, faults: FaultPlan, fetcher: MediaFetcher): HostService {
  const router = new Router<(request: SandboxRequest, container: InstagramContainerRecord) => Promise<unknown> | unknown>();

  function authorise(request: SandboxRequest): InstagramContainerRecord {
    const token = tokenFromAuthorization(headerValue(request, 'authorization'));
    if (!token) throw new UploadError(401, 'AuthorizationError', 'Missing Authorization: OAuth {access-token} header.');
    const check = checkToken(world, token);
    if (!check.ok || check.record.platform !== 'meta') throw new UploadError(401, 'AuthorizationError', 'Invalid OAuth access token.');
    const container = world.state.instagram.containers[request.routeParams.containerId ?? ''];
    const account = container ? world.state.instagram.accounts[container.igUserId] : undefined;
    if (!container || !account?.pageId || !managesPage(world, check.record, account.pageId)) {
      throw new UploadError(404, 'NotFoundError', 'No upload session for this id.');
    }
    if (!container.upload) throw new UploadError(400, 'ProcessingFailedError', 'This container was not created with upload_type=resumable.');
    return container;
  }

  function numberHeader(request: SandboxRequest, name: string): number | null {
    const raw = headerValue(request, name);
    if (raw === undefined) return null;
    if (!/^\d+$/.test(raw.trim())) throw new UploadError(400, 'BadRequestError', `The ${name} header must be a whole number of bytes.`);
    return Number(raw);
  }

  function finishUpload(container: InstagramContainerRecord, head: Buffer, totalBytes: number): void {
    const upload = container.upload;
    if (!upload) return;
    upload.complete = true;
    const rejection = faults.takeMediaRejection('instagram');
    const injected = rejection ? containerFailure(typeof rejection.reason === 'number' && isInstagramSubcode(rejection.reason) ? rejection.reason : 2207026) : null;
    applyVideoOutcome(container, checkVideo(head, totalBytes, container.type), injected);
    container.readyAt = world.clock.now() + world.settings.timing.videoProcessingMs;
  }

  function append(container: InstagramContainerRecord, request: SandboxRequest, bytes: Buffer): { offset: number; fileSize: number } {
    const upload = container.upload;
    if (!upload) throw new UploadError(400, 'ProcessingFailedError', 'Not a resumable container.');
    if (upload.complete) throw new UploadError(400, 'ProcessingFailedError', 'The upload for this container is already complete.');
    if (container.status !== 'IN_PROGRESS') throw new UploadError(400, 'ProcessingFailedError', `The container is ${container.status}.`);
    const offset = numberHeader(request, 'offset');
    const fileSize = numberHeader(request, 'file_size');
    if (offset === null || fileSize === null) throw new UploadError(400, 'BadRequestError', 'The offset and file_size headers are required.');
    if (upload.fileSize !== null && upload.fileSize !== fileSize) {
      throw new UploadError(400, 'BadRequestError', `file_size changed from ${upload.fileSize} to ${fileSize} during the upload.`);
    }
    if (offset !== upload.received) {
      throw new UploadError(400, 'OffsetInvalidError', `The offset ${offset} does not match the ${upload.received} bytes received so far; resume from ${upload.received}.`);
    }
    if (offset + bytes.length > fileSize) throw new UploadError(400, 'BadRequestError', `The body goes past file_size (${fileSize} bytes).`);
    upload.fileSize = fileSize;
    const head = Buffer.from(upload.headBase64, 'base64');
    if (head.length < PROBE_HEAD_BYTES) {
      upload.headBase64 = Buffer.concat([head, bytes.subarray(0, PROBE_HEAD_BYTES - head.length)]).toString('base64');
    }
    upload.received += bytes.length;
    return { offset, fileSize };
  }

  router.add('POST', '/ig-api-upload/:version/:containerId', async (request, container) => {
    const fileUrl = headerValue(request, 'file_url');
    if (fileUrl !== undefined) {
      if (!container.upload || container.upload.complete) throw new UploadError(400, 'ProcessingFailedError', 'The upload for this container is already complete.');
      const fetched = await fetcher.fetch(fileUrl, PROBE_HEAD_BYTES);
      if (!fetched.ok) {
        container.upload.complete = true;
        container.failure = fetchFailure(fetched);
        container.readyAt = world.clock.now() + world.settings.timing.videoProcessingMs;
      } else {
        container.upload.fileSize = fetched.totalBytes;
        container.upload.received = fetched.totalBytes;
        finishUpload(container, fetched.bytes, fetched.totalBytes);
      }
      return { success: true, message: 'Upload successful.' };
    }
    const { fileSize } = append(container, request, request.bytes);
    if (container.upload && container.upload.received === fileSize) {
      finishUpload(container, Buffer.from(container.upload.headBase64, 'base64'), fileSize);
    }
    return { success: true, message: 'Upload successful.' };
  });
  router.add('GET', '/ig-api-upload/:version/:containerId', (_request, container) => ({
    id: container.id,
    offset: container.upload?.received ?? 0,
    file_size: container.upload?.fileSize ?? null,
    complete: container.upload?.complete ?? false,
  }));

  function route(request: SandboxRequest) {
    const match = router.match(request.method, request.path);
    if (match.kind === 'not-found') throw new UploadError(404, 'NotFoundError', `Nothing at ${request.path}.`);
    if (match.kind === 'method-not-allowed') throw new UploadError(405, 'MethodNotAllowedError', `Use ${match.allowed.join(' or ')}.`);
    const routed = { ...request, routeParams: match.params };
    return { routed, handler: match.handler, container: authorise(routed) };
  }

  return {
    async handle(request): Promise<SandboxResponse> {
      try {
        const { routed, handler, container } = route(request);
        return jsonResponse(200, await handler(routed, container));
      } catch (error) {
        if (error instanceof UploadError) return jsonResponse(error.status, uploadErrorBody(error.type, error.message, error.retriable));
        throw error;
      }
    },
    async receivePartial(request) {
      // A connection dropped mid-body: keep what arrived, as the real upload host does.
      try {
        const { routed, container } = route(request);
        if (routed.method === 'POST' && headerValue(routed, 'file_url') === undefined) append(container, routed, routed.bytes);
      } catch (error) {
        if (!(error instanceof UploadError)) throw error;
      }
    },
    faultResponse(fault) {
      if (fault.kind === 'throttle') return jsonResponse(429, uploadErrorBody('RateLimitError', 'Too many requests. Try again later.', true));
      if (fault.kind === 'tokenExpired') return jsonResponse(401, uploadErrorBody('AuthorizationError', 'Invalid OAuth access token.', false));
      return jsonResponse(fault.status, uploadErrorBody('ServerError', 'The upload service is temporarily unavailable.', true));
    },
  };
}
