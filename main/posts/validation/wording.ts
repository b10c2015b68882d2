import { MiB, GiB, MINUTE_MS, SECOND_MS } from './units';

/** 2201 → "2,201". */
export const formatCount = (n: number) => n.toLocaleString('en-US');

/** "3 items", "1 item". */
export const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** "JPEG", "H.264 or HEVC", "JPEG, BMP, PNG, GIF or TIFF". */
export function listWords(words: readonly string[], conjunction = 'or'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
}

/** "a TikTok", "an Instagram". */
export const withArticle = (word: string) => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;

const oneDecimal = (n: number) => String(Math.round(n * 10) / 10);

/** From this share of a unit on, a size reads in that unit ("under 1 MB" is stored as 1 MiB − 1). */
const ROUNDS_UP_TO_UNIT = 0.95;

/** Sizes in the binary units the limits use, labelled as the platforms label them: "8 MB", "1.5 GB". */
export function formatBytes(bytes: number): string {
  if (bytes >= GiB * ROUNDS_UP_TO_UNIT) return `${oneDecimal(bytes / GiB)} GB`;
  if (bytes >= MiB * ROUNDS_UP_TO_UNIT) return `${oneDecimal(bytes / MiB)} MB`;
  return `${formatCount(Math.ceil(bytes / 1024))} KB`;
}

const floorToTenth = (n: number) => Math.floor(n * 10) / 10;

/**
 * How long a clip is: "2.9 s" under a minute, "15:01" from a minute on. Cut, never rounded up,
 * so 2.99 s does not read as the 3 s minimum.
 */
export function formatElapsed(ms: number): string {
  if (ms < MINUTE_MS) return `${floorToTenth(ms / SECOND_MS)} s`;
  const seconds = Math.floor((ms % MINUTE_MS) / SECOND_MS);
  return `${Math.floor(ms / MINUTE_MS)}:${String(seconds).padStart(2, '0')}`;
}

/** A limit on length: "3 s", "15 min", or as a clip's length when not a whole minute. */
export const formatDuration = (ms: number) => (ms >= MINUTE_MS && ms % MINUTE_MS === 0 ? `${ms / MINUTE_MS} min` : formatElapsed(ms));

/**
 * A value shown next to the limit it breaks, precise enough not to look the same as the limit
 * ("8,388,609 bytes" rather than "8 MB" beside "up to 8 MB").
 */
export function beside(value: number, limit: number, format: (n: number) => string, precise: (n: number) => string): string {
  const shown = format(value);
  return shown === format(limit) ? precise(value) : shown;
}

export const exactBytes = (bytes: number) => `${formatCount(bytes)} bytes`;
export const exactDuration = (ms: number) => `${formatCount(ms / SECOND_MS)} s`;
