import type { ValidationIssue } from '../../../preload/contract';
import { codecName, normalizeCodec } from './mediaNames';
import type { VideoRules } from './ruleTypes';
import { postKind, targetIssue, type TargetScope } from './targetScope';
import type { MediaInScope } from './validationContext';
import { beside, exactDuration, formatDuration, formatElapsed, listWords } from './wording';

type VideoCheck = (scope: TargetScope, item: MediaInScope, rules: VideoRules) => ValidationIssue[];

const twoDecimals = (n: number) => String(Math.round(n * 100) / 100);

/** An error about the video item, with its code and message. */
const videoError = (scope: TargetScope, item: MediaInScope, code: string, message: string) => [
  targetIssue(scope, { subject: 'media', mediaId: item.id, severity: 'error', code: `video.${code}`, message }),
];

const checkVideoCodec: VideoCheck = (scope, item, rules) => {
  const codec = item.probe.videoCodec === null ? null : normalizeCodec(item.probe.videoCodec);
  if (codec === null || rules.videoCodecs === null || rules.videoCodecs.includes(codec)) return [];
  const accepted = rules.videoCodecs.map(codecName);
  return videoError(scope, item, 'video_codec', `${item.label} uses ${codecName(codec)} video; ${scope.rules.name} takes ${listWords(accepted)}. Export it as ${accepted[0]}.`);
};

const checkAudioCodec: VideoCheck = (scope, item, rules) => {
  const codec = item.probe.audioCodec === null ? null : normalizeCodec(item.probe.audioCodec);
  if (codec === null || rules.audioCodecs === null || rules.audioCodecs.includes(codec)) return [];
  const accepted = rules.audioCodecs.map(codecName);
  return videoError(scope, item, 'audio_codec', `${item.label} has ${codecName(codec)} sound; ${scope.rules.name} takes only ${listWords(accepted)} sound. Export it with ${accepted[0]} sound.`);
};

const kHz = (hz: number) => `${twoDecimals(hz / 1000)} kHz`;

const checkAudioSampleRate: VideoCheck = (scope, item, rules) => {
  const rate = item.probe.audioSampleRateHz;
  const max = rules.maxAudioSampleRateHz;
  if (rate === null || max === null || rate <= max) return [];
  return videoError(scope, item, 'audio_sample_rate', `${item.label} has sound sampled at ${kHz(rate)}; ${scope.rules.name} takes up to ${kHz(max)}. Export it at ${kHz(max)}.`);
};

const checkFrameRate: VideoCheck = (scope, item, rules) => {
  const fps = item.probe.frameRate;
  const range = rules.frameRate;
  if (fps === null || range === null || (fps >= range.min && fps <= range.max)) return [];
  return videoError(
    scope,
    item,
    'frame_rate',
    `${item.label} runs at ${twoDecimals(fps)} frames a second; ${scope.rules.name} takes ${range.min} to ${range.max}. Export it at a frame rate in that range.`,
  );
};

const checkDuration: VideoCheck = (scope, item, rules) => {
  const duration = item.probe.durationMs;
  const { min, max } = rules.durationMs;
  const under = duration !== null && min !== null && duration < min;
  const over = duration !== null && max !== null && duration > max;
  if (duration === null || (!under && !over)) return [];
  const range =
    min !== null && max !== null ? `of ${formatDuration(min)} to ${formatDuration(max)}` : max !== null ? `up to ${formatDuration(max)}` : `from ${formatDuration(min ?? 0)}`;
  const limit = (under ? min : max) ?? duration;
  return videoError(
    scope,
    item,
    'duration',
    `${item.label} is ${beside(duration, limit, formatElapsed, exactDuration)} long; ${postKind(scope)} takes videos ${range}. ${under ? 'Use a longer video.' : 'Trim it.'}`,
  );
};

const checkBitrate: VideoCheck = (scope, item, rules) => {
  const { durationMs, byteSize } = item.probe;
  const max = rules.maxBitsPerSecond;
  if (max === null || durationMs === null || durationMs === 0) return [];
  const bitsPerSecond = (byteSize * 8) / (durationMs / 1000);
  if (bitsPerSecond <= max) return [];
  const mbps = (bps: number) => `${twoDecimals(bps / 1_000_000)} Mbit/s`;
  return videoError(scope, item, 'bitrate', `${item.label} averages ${mbps(bitsPerSecond)}; ${scope.rules.name} takes up to ${mbps(max)}. Export it at a lower bitrate.`);
};

const checkMoovAtom: VideoCheck = (scope, item, rules) => {
  if (!rules.requiresMoovAtFront || item.probe.moovAtFront !== false) return [];
  return videoError(
    scope,
    item,
    'moov_atom',
    `${item.label} keeps its index (the “moov atom”) at the end of the file; ${scope.rules.name} needs it at the start. Export it again with “fast start” or “optimise for web” turned on.`,
  );
};

/** What only a video has: codecs, sound, frame rate, length, bitrate and index. */
export const checkVideoStream: VideoCheck = (scope, item, rules) =>
  [checkVideoCodec, checkAudioCodec, checkAudioSampleRate, checkFrameRate, checkDuration, checkBitrate, checkMoovAtom].flatMap((check) =>
    check(scope, item, rules),
  );
