import { GraphError, invalidParameter, missingParameter } from '../meta/graphError';
import type { GraphCall } from '../meta/graphNode';
import { readParams } from '../meta/graphParams';
import { PROBE_HEAD_BYTES, probeMedia } from '../media/mediaProbe';
import type { FacebookVideoRecord, MetaPageRecord } from '../world/sandboxState';
import { newId, type SandboxWorld } from '../world/sandboxWorld';
import { createPost } from './pagePosts';
import { requirePageToken } from './pageAccess';
import { readSchedule } from './scheduledPublishTime';

/**
 * POST /{page-id}/videos (reference 3), with publish_video:
 *  - by URL: `file_url`, `title`, `description`, `published`, `scheduled_publish_time` -> {id};
 *  - resumable (legacy flow): upload_phase=start&file_size=N -> {video_id, upload_session_id,
 *    start_offset, end_offset}; upload_phase=transfer&upload_session_id&start_offset + multipart
 *    `video_file_chunk` (exactly the bytes start_offset..end_offset) until start_offset ==
 *    end_offset; upload_phase=finish&upload_session_id (+ title, description, published,
 *    scheduled_publish_time) -> {success:true}.
 * Offsets travel as strings, as Graph sends them. The video then processes ('processing' ->
 * 'ready', or 'error' when the file is not a video) on the sandbox clock.
 */
export const VIDEO_CHUNK_BYTES = 1024 * 1024;
const MAX_VIDEO_BYTES = 10 * 1024 * 1024 * 1024;

const uploadProblem = (detail: string) =>
  new GraphError({ code: 6000, message: '(#6000) There was a problem uploading your video file. Please try again.', userTitle: 'Video upload failed', userMessage: detail });

const params = {
  upload_phase: { type: 'enum', values: ['start', 'transfer', 'finish', 'cancel'] },
  file_size: { type: 'int', min: 1 },
  upload_session_id: { type: 'string' },
  start_offset: { type: 'int', min: 0 },
  file_url: { type: 'string' },
  title: { type: 'string' },
  description: { type: 'string' },
  published: { type: 'bool' },
  scheduled_publish_time: { type: 'string' },
} as const;

function appendHead(video: FacebookVideoRecord, bytes: Buffer): void {
  const head = Buffer.from(video.headBase64, 'base64');
  if (head.length < PROBE_HEAD_BYTES) video.headBase64 = Buffer.concat([head, bytes.subarray(0, PROBE_HEAD_BYTES - head.length)]).toString('base64');
}

/** The upload is complete: the post exists (published, scheduled or hidden), processing starts. */
function finishVideo(world: SandboxWorld, page: MetaPageRecord, video: FacebookVideoRecord, options: { published?: boolean; scheduledAt: number | null }): void {
  const probe = probeMedia(Buffer.from(video.headBase64, 'base64'));
  video.phase = probe.kind === 'video' ? 'processing' : 'error';
  video.readyAt = world.clock.now() + world.settings.timing.facebookVideoProcessingMs;
  video.published = options.published !== false;
  video.scheduledPublishTime = options.scheduledAt;
  const post = createPost(world, page, { message: video.description, link: null, kind: 'video', videoId: video.id, published: video.published, scheduledAt: options.scheduledAt });
  video.postId = post.id;
}

function newVideo(world: SandboxWorld, page: MetaPageRecord, fileSize: number, title: string, description: string): FacebookVideoRecord {
  const video: FacebookVideoRecord = {
    id: newId(world, 'fbVideo'),
    pageId: page.id,
    title,
    description,
    fileSize,
    received: 0,
    headBase64: '',
    phase: 'uploading',
    readyAt: null,
    published: false,
    scheduledPublishTime: null,
    postId: null,
    createdAt: world.clock.now(),
    uploadSessionId: null,
  };
  world.state.facebook.videos[video.id] = video;
  return video;
}

function sessionVideo(call: GraphCall, page: MetaPageRecord, sessionId: string | undefined): FacebookVideoRecord {
  if (sessionId === undefined) throw missingParameter('upload_session_id');
  const video = Object.values(call.world.state.facebook.videos).find((item) => item.uploadSessionId === sessionId && item.pageId === page.id);
  if (!video) throw invalidParameter('(#100) Invalid upload_session_id');
  return video;
}

export async function postVideo(call: GraphCall, page: MetaPageRecord): Promise<Record<string, unknown>> {
  requirePageToken(call, page, ['pages_manage_posts', 'pages_read_engagement', 'publish_video']);
  const p = readParams(call.params, params);
  const { world } = call;
  const now = world.clock.now();
  const chunk = call.files.find((file) => file.field === 'video_file_chunk');
  const strayFile = call.files.find((file) => file.field !== 'video_file_chunk');
  if (strayFile) throw invalidParameter(`(#100) Param ${strayFile.field} is not a valid parameter for this endpoint`);
  const only = (allowed: string[]) => {
    for (const name of Object.keys(p)) if (!allowed.includes(name)) throw invalidParameter(`(#100) Param ${name} is not allowed with upload_phase=${p.upload_phase ?? 'none'}`);
  };

  switch (p.upload_phase) {
    case 'start': {
      only(['upload_phase', 'file_size']);
      if (p.file_size === undefined) throw missingParameter('file_size');
      if (p.file_size > MAX_VIDEO_BYTES) throw uploadProblem('The file is larger than 10 GB.');
      const video = newVideo(world, page, p.file_size, '', '');
      video.uploadSessionId = newId(world, 'fbUploadSession');
      return { video_id: video.id, upload_session_id: video.uploadSessionId, start_offset: '0', end_offset: String(Math.min(VIDEO_CHUNK_BYTES, p.file_size)) };
    }
    case 'transfer': {
      only(['upload_phase', 'upload_session_id', 'start_offset']);
      const video = sessionVideo(call, page, p.upload_session_id);
      if (p.start_offset === undefined) throw missingParameter('start_offset');
      if (!chunk) throw invalidParameter('(#100) The video_file_chunk file is required with upload_phase=transfer');
      if (video.phase !== 'uploading') throw uploadProblem('This upload session is already finished.');
      if (p.start_offset !== video.received) throw uploadProblem(`start_offset ${p.start_offset} does not match the ${video.received} bytes received; continue from ${video.received}.`);
      const expected = Math.min(VIDEO_CHUNK_BYTES, video.fileSize - video.received);
      if (chunk.bytes.length !== expected) throw uploadProblem(`The chunk must hold bytes ${video.received} to ${video.received + expected} (${expected} bytes); it holds ${chunk.bytes.length}.`);
      appendHead(video, chunk.bytes);
      video.received += chunk.bytes.length;
      return { start_offset: String(video.received), end_offset: String(Math.min(video.received + VIDEO_CHUNK_BYTES, video.fileSize)) };
    }
    case 'finish': {
      only(['upload_phase', 'upload_session_id', 'title', 'description', 'published', 'scheduled_publish_time']);
      const video = sessionVideo(call, page, p.upload_session_id);
      if (video.phase !== 'uploading') throw uploadProblem('This upload session is already finished.');
      if (video.received < video.fileSize) throw uploadProblem(`Only ${video.received} of ${video.fileSize} bytes arrived; transfer the rest before finishing.`);
      const scheduledAt = readSchedule(p.scheduled_publish_time, p.published, now);
      video.title = p.title ?? '';
      video.description = p.description ?? '';
      finishVideo(world, page, video, { published: p.published, scheduledAt });
      return { success: true };
    }
    case 'cancel': {
      only(['upload_phase', 'upload_session_id']);
      const video = sessionVideo(call, page, p.upload_session_id);
      delete world.state.facebook.videos[video.id];
      return { success: true };
    }
    default: {
      if (p.file_url === undefined) throw missingParameter('file_url');
      if (chunk) throw invalidParameter('(#100) video_file_chunk needs upload_phase=transfer');
      for (const name of ['file_size', 'upload_session_id', 'start_offset'] as const) {
        if (p[name] !== undefined) throw invalidParameter(`(#100) Param ${name} needs upload_phase`);
      }
      const scheduledAt = readSchedule(p.scheduled_publish_time, p.published, now);
      const fetched = await call.fetcher.fetch(p.file_url, PROBE_HEAD_BYTES);
      if (!fetched.ok) throw uploadProblem('The video could not be downloaded from file_url.');
      const video = newVideo(world, page, fetched.totalBytes, p.title ?? '', p.description ?? '');
      video.received = fetched.totalBytes;
      appendHead(video, fetched.bytes);
      finishVideo(world, page, video, { published: p.published, scheduledAt });
      return { id: video.id };
    }
  }
}
