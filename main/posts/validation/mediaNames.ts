/**
 * Formats and codecs as the rules compare them and as the owner reads them. The probe names a
 * format or codec the way its tool does; aliases fold the usual spellings into one name.
 */

const FORMAT_ALIASES: Readonly<Record<string, string>> = { jpg: 'jpeg', tif: 'tiff', quicktime: 'mov', qt: 'mov' };

const CODEC_ALIASES: Readonly<Record<string, string>> = {
  avc: 'h264',
  avc1: 'h264',
  'h.264': 'h264',
  h265: 'hevc',
  'h.265': 'hevc',
  hvc1: 'hevc',
  hev1: 'hevc',
  vp09: 'vp9',
  mp4a: 'aac',
};

/** Display name and article ("a PNG", "an MP4"), by the way the name is said aloud. */
const FORMAT_WORDS: Readonly<Record<string, { name: string; article: 'a' | 'an' }>> = {
  jpeg: { name: 'JPEG', article: 'a' },
  png: { name: 'PNG', article: 'a' },
  webp: { name: 'WebP', article: 'a' },
  heic: { name: 'HEIC', article: 'a' },
  heif: { name: 'HEIF', article: 'a' },
  gif: { name: 'GIF', article: 'a' },
  tiff: { name: 'TIFF', article: 'a' },
  bmp: { name: 'BMP', article: 'a' },
  avif: { name: 'AVIF', article: 'an' },
  mp4: { name: 'MP4', article: 'an' },
  mov: { name: 'MOV', article: 'a' },
  webm: { name: 'WebM', article: 'a' },
};

const CODEC_NAMES: Readonly<Record<string, string>> = {
  h264: 'H.264',
  hevc: 'HEVC (H.265)',
  vp8: 'VP8',
  vp9: 'VP9',
  av1: 'AV1',
  prores: 'ProRes',
  aac: 'AAC',
  mp3: 'MP3',
  opus: 'Opus',
  vorbis: 'Vorbis',
  ac3: 'AC-3',
};

const fold = (name: string) => name.trim().toLowerCase();

export const normalizeFormat = (format: string) => FORMAT_ALIASES[fold(format)] ?? fold(format);
export const normalizeCodec = (codec: string) => CODEC_ALIASES[fold(codec)] ?? fold(codec);

export const formatName = (format: string) => FORMAT_WORDS[format]?.name ?? format.toUpperCase();
export const codecName = (codec: string) => CODEC_NAMES[codec] ?? codec.toUpperCase();

/** Letters whose name starts with a vowel sound when an unknown format is spelt out ("an AVI"). */
const SPELT_WITH_VOWEL_SOUND = /^[AEFHILMNORSX]/;

/** "a PNG", "an MP4", "an AVI file" for a format the table does not know. */
export function formatWithArticle(format: string): string {
  const words = FORMAT_WORDS[format];
  if (words) return `${words.article} ${words.name}`;
  const name = format.toUpperCase();
  return `${SPELT_WITH_VOWEL_SOUND.test(name) ? 'an' : 'a'} ${name} file`;
}
