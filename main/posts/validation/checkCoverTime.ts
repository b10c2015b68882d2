import type { ValidationIssue } from '../../../preload/contract';
import { targetIssue, type TargetScope } from './targetScope';
import type { MediaInScope } from './validationContext';
import { formatElapsed } from './wording';

/**
 * A cover frame chosen past the end of the video: Instagram refuses it (5.2 [S49], subcode
 * 2207057 "thumb_offset outside video duration"); TikTok's video_cover_timestamp_ms is read the
 * same way (UNCONFIRMED in the reference).
 */
export function checkCoverTime(scope: TargetScope, video: MediaInScope | undefined, offsetMs: number | null): ValidationIssue[] {
  const duration = video?.probe.durationMs ?? null;
  if (!video || offsetMs === null || duration === null || offsetMs <= duration) return [];
  return [
    targetIssue(scope, {
      subject: 'options',
      mediaId: video.id,
      severity: 'error',
      code: 'options.cover_time',
      message: `The cover frame is at ${formatElapsed(offsetMs)}, but the video is ${formatElapsed(duration)} long. Choose a frame within the video.`,
    }),
  ];
}
