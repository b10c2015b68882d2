import { z } from 'zod';
import type { PlatformHttp } from '../platformHttp';
import { REQUEST_TIMEOUTS } from '../endpoints';
import { GraphId, SuccessFlag, formBody, graphPath, queryParameters, scheduledPublishing } from './graphConventions';

/**
 * Page video from disk with the `upload_phase` session on `POST /{page-id}/videos` (start,
 * transfer chunks, finish), as mixpost does on versions up to v25.0 [S60]. Meta's newer flow
 * (`/{app-id}/uploads`, then graph-video.facebook.com) needs the app id on every upload [S44]
 * [S27]; the session flow needs only the Page token.
 */

/** Where the session stands: the server names the next byte range to send. */
export interface PageVideoSession {
  pageId: string;
  uploadSessionId: string;
  videoId: string;
  /** The next chunk is bytes [startOffset, endOffset); equal offsets mean every byte arrived. */
  startOffset: number;
  endOffset: number;
}

const Offset = z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]).transform(Number);

const StartResponse = z.object({
  upload_session_id: GraphId,
  video_id: GraphId,
  start_offset: Offset,
  end_offset: Offset,
});

const TransferResponse = z.object({ start_offset: Offset, end_offset: Offset });

/** `upload_phase=start&file_size=N` → the session and the first byte range. */
export async function startPageVideoUpload(
  graph: PlatformHttp,
  request: { pageId: string; pageAccessToken: string; fileSize: number },
): Promise<PageVideoSession> {
  const body = formBody({ upload_phase: 'start', file_size: request.fileSize, access_token: request.pageAccessToken });
  const response = await graph.request({ method: 'POST', url: graphPath(request.pageId, 'videos'), data: body }, StartResponse);
  return {
    pageId: request.pageId,
    uploadSessionId: response.upload_session_id,
    videoId: response.video_id,
    startOffset: response.start_offset,
    endOffset: response.end_offset,
  };
}

/**
 * `upload_phase=transfer&upload_session_id&start_offset` with the bytes as multipart
 * `video_file_chunk` → the session with the next range the server wants.
 */
export async function transferPageVideoChunk(
  graph: PlatformHttp,
  request: { pageAccessToken: string; session: PageVideoSession; chunk: Buffer },
): Promise<PageVideoSession> {
  const { session } = request;
  const form = new FormData();
  form.set('upload_phase', 'transfer');
  form.set('upload_session_id', session.uploadSessionId);
  form.set('start_offset', String(session.startOffset));
  form.set('access_token', request.pageAccessToken);
  form.set('video_file_chunk', new Blob([request.chunk], { type: 'application/octet-stream' }), 'chunk');
  const response = await graph.request(
    { method: 'POST', url: graphPath(session.pageId, 'videos'), data: form, timeout: REQUEST_TIMEOUTS.uploadMs },
    TransferResponse,
  );
  return { ...session, startOffset: response.start_offset, endOffset: response.end_offset };
}

/**
 * Sends chunks until the server's offsets meet. `readChunk` reads the file's bytes in a range;
 * `onProgress` gets each new session so the caller can persist it and resume after a crash.
 */
export async function transferPageVideo(
  graph: PlatformHttp,
  request: {
    pageAccessToken: string;
    session: PageVideoSession;
    readChunk(start: number, end: number): Promise<Buffer>;
    onProgress?(session: PageVideoSession): void;
  },
): Promise<PageVideoSession> {
  let session = request.session;
  while (session.startOffset < session.endOffset) {
    const chunk = await request.readChunk(session.startOffset, session.endOffset);
    session = await transferPageVideoChunk(graph, { pageAccessToken: request.pageAccessToken, session, chunk });
    request.onProgress?.(session);
  }
  return session;
}

/** `upload_phase=finish&upload_session_id` with `title`/`description`, optionally scheduled [S25] [S60]. */
export async function finishPageVideoUpload(
  graph: PlatformHttp,
  request: {
    pageAccessToken: string;
    session: PageVideoSession;
    title?: string;
    description?: string;
    scheduledPublishTime?: Date;
  },
): Promise<boolean> {
  const body = formBody({
    upload_phase: 'finish',
    upload_session_id: request.session.uploadSessionId,
    title: request.title,
    description: request.description,
    ...scheduledPublishing(request.scheduledPublishTime),
    access_token: request.pageAccessToken,
  });
  const response = await graph.request(
    { method: 'POST', url: graphPath(request.session.pageId, 'videos'), data: body },
    SuccessFlag,
  );
  return response.success;
}

/** Where a Page video stands: the `status` phases code reads [S59], and the post it made. */
export interface PageVideoState {
  /** `upload_incomplete`, `processing`, `ready`, `error`, … (kept as text: the full list is not in the reference). */
  videoStatus: string;
  /** Bytes the server holds, to resume a transfer from. */
  bytesTransferred: number;
  /** `not_started` until `upload_phase=finish` was accepted. */
  processingPhase: string;
  /** The Page post of the video, once finished (UNCONFIRMED on live Graph; the sandbox serves it). */
  postId?: string;
  /** Graph gives a video's `permalink_url` as a path on www.facebook.com. */
  permalinkUrl?: string;
}

const PageVideoResponse = z.object({
  status: z.object({
    video_status: z.string(),
    uploading_phase: z.object({ bytes_transferred: z.number().int().nonnegative().optional() }).optional(),
    processing_phase: z.object({ status: z.string() }).optional(),
  }),
  post_id: GraphId.optional(),
  permalink_url: z.string().optional(),
});

/** `GET /{video-id}?fields=status,post_id,permalink_url`. */
export async function fetchPageVideo(graph: PlatformHttp, request: { videoId: string; pageAccessToken: string }): Promise<PageVideoState> {
  const response = await graph.request(
    {
      method: 'GET',
      url: graphPath(request.videoId),
      params: queryParameters({ fields: 'status,post_id,permalink_url', access_token: request.pageAccessToken }),
    },
    PageVideoResponse,
  );
  return {
    videoStatus: response.status.video_status,
    bytesTransferred: response.status.uploading_phase?.bytes_transferred ?? 0,
    processingPhase: response.status.processing_phase?.status ?? 'not_started',
    ...(response.post_id !== undefined && { postId: response.post_id }),
    ...(response.permalink_url !== undefined && { permalinkUrl: response.permalink_url }),
  };
}

/** `DELETE /{video-id}`: a video handed to Meta's schedule that must not go out after all. */
export async function deletePageVideo(graph: PlatformHttp, request: { videoId: string; pageAccessToken: string }): Promise<boolean> {
  const response = await graph.request(
    { method: 'DELETE', url: graphPath(request.videoId), params: queryParameters({ access_token: request.pageAccessToken }) },
    SuccessFlag,
  );
  return response.success;
}
