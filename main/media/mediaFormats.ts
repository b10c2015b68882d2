/**
 * The formats the library takes in: what at least one platform accepts, directly or after a fix
 * (platform-apis.md 2.4, 3 and 6.2). Each has the extension its stored file gets and the words the
 * owner reads in messages ("an MP4 video").
 */
export const IMAGE_FORMATS = {
  jpeg: { extension: 'jpg', label: 'a JPEG photo' },
  png: { extension: 'png', label: 'a PNG picture' },
  webp: { extension: 'webp', label: 'a WebP picture' },
  gif: { extension: 'gif', label: 'a GIF picture' },
  heic: { extension: 'heic', label: 'a HEIC photo' },
  avif: { extension: 'avif', label: 'an AVIF picture' },
  tiff: { extension: 'tif', label: 'a TIFF picture' },
} as const;

export const VIDEO_FORMATS = {
  mp4: { extension: 'mp4', label: 'an MP4 video' },
  mov: { extension: 'mov', label: 'a MOV video' },
  webm: { extension: 'webm', label: 'a WebM video' },
} as const;

export type ImageFormat = keyof typeof IMAGE_FORMATS;
export type VideoFormat = keyof typeof VIDEO_FORMATS;
export type MediaFormat = ImageFormat | VideoFormat;

const ALL_FORMATS: Record<MediaFormat, { extension: string; label: string }> = { ...IMAGE_FORMATS, ...VIDEO_FORMATS };

export function extensionFor(format: MediaFormat): string {
  return ALL_FORMATS[format].extension;
}

/** The format in the owner's words, with its article: "a JPEG photo", "an MP4 video". */
export function describeFormat(format: MediaFormat): string {
  return ALL_FORMATS[format].label;
}
