import type { FetchOutcome } from '../media/mediaFetcher';
import { probeMedia, type ProbeResult } from '../media/mediaProbe';
import type { ContainerFailure, ContainerType } from '../world/sandboxState';
import { containerFailure } from './instagramErrors';

/**
 * Instagram's media rules (reference 2.4), applied to what the sandbox fetched or received:
 * images JPEG only, at most 8 MiB, aspect ratio 4:5 to 1.91:1 for feed and carousel images;
 * video MP4/MOV with `moov` first, reels 3 s-15 min and at most 1 GB, stories and carousel videos
 * 3-60 s and at most 100 MB.
 */
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
const MIN_ASPECT = 4 / 5;
const MAX_ASPECT = 1.91;
const GB = 1024 * 1024 * 1024;

export interface CheckedImage {
  width: number;
  height: number;
}

export function fetchFailure(outcome: Exclude<FetchOutcome, { ok: true }>): ContainerFailure {
  if (outcome.reason === 'timeout') return containerFailure(2207003);
  return containerFailure(2207052);
}

/** Image checks; `aspectRule` is false for stories, whose frame is free. */
export function checkImage(bytes: Buffer, totalBytes: number, aspectRule: boolean): CheckedImage | ContainerFailure {
  if (totalBytes > MAX_IMAGE_BYTES) return containerFailure(2207004, 'The image is too large to download. It should be less than 8 MiB.');
  const probe = probeMedia(bytes);
  if (probe.kind !== 'image') return containerFailure(2207052, 'Only photo or video can be accepted as media type.');
  if (probe.format !== 'jpeg' || probe.width === null || probe.height === null) {
    return containerFailure(2207005, `The image format (${probe.format}) is not supported. Supported format: JPEG.`);
  }
  const ratio = probe.width / probe.height;
  if (aspectRule && (ratio < MIN_ASPECT - 1e-9 || ratio > MAX_ASPECT + 1e-9)) {
    return containerFailure(
      2207009,
      `The submitted image with aspect ratio ('${probe.width}/${probe.height}',) cannot be published. Please submit an image with a valid aspect ratio.`,
    );
  }
  return { width: probe.width, height: probe.height };
}

export interface CheckedVideo {
  durationMs: number;
  width: number | null;
  height: number | null;
}

export function checkVideo(head: Buffer, totalBytes: number, type: ContainerType): CheckedVideo | ContainerFailure {
  const probe: ProbeResult = probeMedia(head);
  if (probe.kind !== 'video' || probe.format === 'webm') {
    return containerFailure(2207026, 'The video format is not supported. Use MOV or MP4 (MPEG-4 Part 14).');
  }
  if (!probe.moovFirst || probe.durationMs === null) {
    return containerFailure(2207026, 'The video format is not supported: the moov atom must be at the front of the file.');
  }
  const reels = type === 'REELS';
  const [minMs, maxMs] = reels ? [3_000, 15 * 60_000] : [3_000, 60_000];
  if (probe.durationMs < minMs || probe.durationMs > maxMs) {
    return containerFailure(2207026, `The video is ${(probe.durationMs / 1000).toFixed(1)} s long; ${reels ? 'reels' : 'this media type'} takes ${minMs / 1000} s to ${maxMs / 1000} s.`);
  }
  const maxBytes = reels ? GB : 100 * 1024 * 1024;
  if (totalBytes > maxBytes) return containerFailure(2207026, `The video is larger than ${reels ? '1 GB' : '100 MB'}.`);
  return { durationMs: probe.durationMs, width: probe.width, height: probe.height };
}

export function isFailure(value: unknown): value is ContainerFailure {
  return typeof value === 'object' && value !== null && 'subcode' in value;
}
