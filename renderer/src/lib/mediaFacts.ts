/**
 * What the media probe found, in the owner's words: sizes, durations, shapes, formats and codecs.
 * Pure functions, shared by the library and the composer.
 */
import type { MediaFixKind, MediaKind } from '../../../preload/contract';

const KIB = 1024;
const MIB = 1024 * 1024;

/**
 * "2.3 MB", "640 KB", "812 bytes". Megabytes are 1024 × 1024 bytes, the unit the platforms'
 * limits are counted in (Instagram's "8 MB" is 8 MiB), so a file shown under a limit is under it.
 */
export function fileSize(bytes: number): string {
  if (bytes >= MIB) return `${trimmed(bytes / MIB, 1)} MB`;
  if (bytes >= KIB) return `${Math.round(bytes / KIB)} KB`;
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}

/** "0:32", "12:05", "1:02:03": a video's length as players show it. */
export function clockDuration(milliseconds: number): string {
  const totalSeconds = Math.round(milliseconds / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** The ratios the platforms' rules and cameras use, so "1080 × 566" reads as 1.91:1, not 540:283. */
const NAMED_RATIOS: readonly (readonly [width: number, height: number])[] = [
  [1, 1],
  [4, 5],
  [5, 4],
  [3, 4],
  [4, 3],
  [2, 3],
  [3, 2],
  [9, 16],
  [16, 9],
  [1.91, 1],
  [2, 1],
  [1, 2],
  [3, 1],
  [21, 9],
];

/** Within half a percent counts as the same ratio: a pixel or two off on a phone photo. */
const RATIO_TOLERANCE = 0.005;

const isClose = (a: number, b: number) => Math.abs(a / b - 1) <= RATIO_TOLERANCE;

/** "4:5", "16:9"; "about 4:5" when a pixel or two off; else "2.35:1" or "1:2.35". */
export function aspectRatio(width: number, height: number): string {
  const ratio = width / height;
  const named = NAMED_RATIOS.find(([w, h]) => isClose(ratio, w / h));
  if (named) {
    const [w, h] = named;
    return width * h === height * w ? `${w}:${h}` : `about ${w}:${h}`;
  }
  return ratio >= 1 ? `${trimmed(ratio, 2)}:1` : `1:${trimmed(1 / ratio, 2)}`;
}

/** "portrait", "landscape" or "square". */
export function shape(width: number, height: number): 'portrait' | 'landscape' | 'square' {
  if (isClose(width / height, 1)) return 'square';
  return width > height ? 'landscape' : 'portrait';
}

/** "1080 × 1350 pixels". */
export function pixelSize(width: number, height: number): string {
  return `${width} × ${height} pixels`;
}

/** What each EXIF orientation tag (2 to 8) does to the stored picture to show it upright. */
const ORIENTATION_WORDS: Record<number, string> = {
  2: 'Mirrored left to right',
  3: 'Turned 180°',
  4: 'Mirrored top to bottom',
  5: 'Mirrored and turned 90° anticlockwise',
  6: 'Turned 90° clockwise',
  7: 'Mirrored and turned 90° clockwise',
  8: 'Turned 90° anticlockwise',
};

/** "Upright", or how a tag in the file turns the stored picture (which some platforms ignore). */
export function orientation(exifOrientation: number | null): string {
  if (exifOrientation === null) return 'Upright';
  const words = ORIENTATION_WORDS[exifOrientation];
  return words ? `${words} by a tag in the file` : 'Upright';
}

const FORMAT_NAMES: Record<string, string> = {
  jpeg: 'JPEG',
  jpg: 'JPEG',
  png: 'PNG',
  webp: 'WebP',
  heic: 'HEIC',
  heif: 'HEIF',
  gif: 'GIF',
  tiff: 'TIFF',
  bmp: 'BMP',
  mp4: 'MP4',
  mov: 'QuickTime (MOV)',
  webm: 'WebM',
  mkv: 'Matroska (MKV)',
  avi: 'AVI',
};

/** "JPEG", "QuickTime (MOV)"; an unknown format in capitals. */
export function formatName(format: string): string {
  return FORMAT_NAMES[format.toLowerCase()] ?? format.toUpperCase();
}

const CODEC_NAMES: Record<string, string> = {
  h264: 'H.264',
  avc1: 'H.264',
  hevc: 'HEVC (H.265)',
  h265: 'HEVC (H.265)',
  hvc1: 'HEVC (H.265)',
  vp8: 'VP8',
  vp9: 'VP9',
  av1: 'AV1',
  prores: 'ProRes',
  mpeg4: 'MPEG-4 Part 2',
  aac: 'AAC',
  mp3: 'MP3',
  opus: 'Opus',
  vorbis: 'Vorbis',
  ac3: 'Dolby Digital (AC-3)',
  eac3: 'Dolby Digital Plus (E-AC-3)',
  flac: 'FLAC',
  alac: 'Apple Lossless',
};

/** "H.264", "AAC"; an unknown codec in capitals. */
export function codecName(codec: string): string {
  return CODEC_NAMES[codec.toLowerCase()] ?? codec.toUpperCase();
}

/** "30 frames a second", "29.97 frames a second". */
export function frameRate(framesPerSecond: number): string {
  return `${trimmed(framesPerSecond, 2)} frames a second`;
}

/** "48 kHz", "44.1 kHz". */
export function sampleRate(hertz: number): string {
  return `${trimmed(hertz / 1000, 1)} kHz`;
}

export const KIND_NAMES: Record<MediaKind, string> = { image: 'Photo', video: 'Video' };

/** The one-click fixes by name, as their buttons say them. */
export const FIX_NAMES: Record<MediaFixKind, string> = {
  convert_to_jpeg: 'Convert to JPEG',
  apply_orientation: 'Turn upright',
  strip_metadata: 'Remove location and camera details',
  downscale: 'Make smaller',
  crop: 'Crop',
};

/** "Has location data and camera details", "Has location data", "No location data or camera details". */
export function privateDetails(hasLocation: boolean, hasCameraDetails: boolean): string {
  if (hasLocation && hasCameraDetails) return 'Has location data and camera details';
  if (hasLocation) return 'Has location data';
  if (hasCameraDetails) return 'Has camera details';
  return 'No location data or camera details';
}

/** At most `digits` decimals, without trailing zeros: 2.30 → "2.3", 30.00 → "30". */
function trimmed(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}
