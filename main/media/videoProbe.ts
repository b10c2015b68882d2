import { z } from 'zod';
import type { MediaProbe } from '../../preload/contract';
import { readIsoBaseMediaLayout } from './isoBaseMediaLayout';
import type { VideoFormat } from './mediaFormats';
import { MediaDamagedError, MediaUnsupportedError } from './mediaErrors';
import { runMediaTool } from './mediaTools';

/** The part of `ffprobe -print_format json -show_format -show_streams` the probe reads. */
const Tags = z.record(z.string(), z.string()).optional();
const FfprobeStream = z.object({
  codec_type: z.string().optional(),
  codec_name: z.string().optional(),
  width: z.number().optional(),
  height: z.number().optional(),
  r_frame_rate: z.string().optional(),
  avg_frame_rate: z.string().optional(),
  sample_rate: z.string().optional(),
  duration: z.string().optional(),
  color_primaries: z.string().optional(),
  tags: Tags,
  side_data_list: z.array(z.object({ rotation: z.union([z.number(), z.string()]).optional() })).optional(),
  disposition: z.object({ attached_pic: z.number().optional() }).optional(),
});
const FfprobeOutput = z.object({
  streams: z.array(FfprobeStream).default([]),
  format: z.object({ duration: z.string().optional(), tags: Tags }).default({}),
});
type FfprobeStream = z.infer<typeof FfprobeStream>;

const PROBE_TIMEOUT_MS = 30_000;
const PROBE_OUTPUT_CAP = 4 * 1024 * 1024;

/** Primaries as ffprobe names them, in the words of the contract's colour space. */
const PRIMARIES: Readonly<Record<string, string>> = {
  bt709: 'BT.709',
  bt2020: 'BT.2020',
  smpte432: 'Display P3',
  smpte170m: 'BT.601',
  bt470bg: 'BT.601',
};

const LOCATION_TAGS = ['location', 'location-eng', 'com.apple.quicktime.location.ISO6709'];
const CAMERA_TAGS = ['make', 'model', 'com.apple.quicktime.make', 'com.apple.quicktime.model', 'com.android.manufacturer', 'com.android.model'];

/**
 * What a video is: ffprobe for streams, codecs, timing and rotation; our own read of the box
 * layout for MP4/MOV (index position, and whether the file was cut short, which ffprobe does not
 * notice when the index comes first).
 */
export async function probeVideo(file: string, format: VideoFormat, byteSize: number, fileName: string): Promise<MediaProbe> {
  const layout = format === 'webm' ? null : await readIsoBaseMediaLayout(file);
  if (layout?.truncated) throw new MediaDamagedError(fileName, format);

  const output = await runMediaTool('ffprobe', {
    args: ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file],
    timeoutMs: PROBE_TIMEOUT_MS,
    maxOutputBytes: PROBE_OUTPUT_CAP,
  });
  const parsed = FfprobeOutput.safeParse(parseJson(output.toString('utf8')));
  if (!parsed.success) throw new MediaDamagedError(fileName, format);
  const { streams, format: container } = parsed.data;

  // A cover picture in the file is a still "video" stream; it is not the video.
  const video = streams.find((stream) => stream.codec_type === 'video' && stream.disposition?.attached_pic !== 1);
  const audio = streams.find((stream) => stream.codec_type === 'audio');
  if (!video) {
    throw new MediaUnsupportedError(
      `"${fileName}" has no picture: it holds only ${audio ? 'sound' : 'data Outpost cannot show'}.`,
      'Posts need a photo or a video with pictures; export it from your editor as an MP4 video.',
    );
  }
  if (!video.width || !video.height) throw new MediaDamagedError(fileName, format);

  const quarterTurn = Math.abs(rotationOf(video)) % 180 === 90;
  const tags = { ...container.tags, ...video.tags };
  const seconds = Number.parseFloat(container.duration ?? video.duration ?? '');
  const sampleRate = audio?.sample_rate ? Number.parseInt(audio.sample_rate, 10) : Number.NaN;
  return {
    kind: 'video',
    format,
    byteSize,
    width: quarterTurn ? video.height : video.width,
    height: quarterTurn ? video.width : video.height,
    orientation: null,
    colorSpace: video.color_primaries ? (PRIMARIES[video.color_primaries] ?? (video.color_primaries === 'unknown' ? null : video.color_primaries)) : null,
    hasLocation: LOCATION_TAGS.some((tag) => Boolean(tags[tag]?.trim())),
    hasCameraDetails: CAMERA_TAGS.some((tag) => Boolean(tags[tag]?.trim())),
    durationMs: Number.isFinite(seconds) ? Math.round(seconds * 1000) : null,
    videoCodec: video.codec_name ?? null,
    audioCodec: audio?.codec_name ?? null,
    audioSampleRateHz: Number.isFinite(sampleRate) && sampleRate > 0 ? sampleRate : null,
    frameRate: parseRate(video.avg_frame_rate) ?? parseRate(video.r_frame_rate),
    moovAtFront: layout ? layout.moovAtFront : null,
  };
}

/** "30000/1001" → 29.97; "0/0" (unknown) → null. */
export function parseRate(rate: string | undefined): number | null {
  if (!rate) return null;
  const [numerator, denominator = '1'] = rate.split('/');
  const value = Number(numerator) / Number(denominator);
  return Number.isFinite(value) && value > 0 ? Math.round(value * 1000) / 1000 : null;
}

/** Degrees the player turns the picture: the display matrix (current ffprobe) or the `rotate` tag (older files). */
function rotationOf(stream: FfprobeStream): number {
  const fromMatrix = stream.side_data_list?.find((side) => side.rotation !== undefined)?.rotation;
  const degrees = Number(fromMatrix ?? stream.tags?.rotate ?? 0);
  return Number.isFinite(degrees) ? degrees : 0;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
