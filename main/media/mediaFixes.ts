import { extname } from 'node:path';
import type { Sharp } from 'sharp';
import type { MediaFixRequest, MediaProbe } from '../../preload/contract';
import { openImage } from './imageSource';
import { MediaFixRefusedError } from './mediaErrors';
import { IMAGE_FORMATS, type ImageFormat } from './mediaFormats';

/** What a fix produces: the new picture's bytes (streamed out of sharp) and its display name. */
export interface FixedPicture {
  output: Sharp;
  originalName: string;
}

/** Formats a fixed copy keeps; the rest (HEIC, GIF's first frame, TIFF, AVIF) become JPEG. */
type OutputFormat = 'jpeg' | 'png' | 'webp';
const KEPT_FORMATS: ReadonlySet<string> = new Set<OutputFormat>(['jpeg', 'png', 'webp']);

/** sRGB JPEG at this quality is visually lossless for posting, and Instagram re-encodes anyway. */
const JPEG_QUALITY = 90;

/**
 * The one-click fixes. Each works on the picture as the owner sees it (EXIF orientation applied
 * first, so a crop rectangle means what the crop tool showed) and keeps what the fix is not about:
 * only `strip_metadata` drops EXIF and XMP, and every fix but the conversion keeps the ICC profile
 * and with it the colours. A fix that has nothing to do is refused rather than making a copy.
 */
export async function planFix(file: string, probe: MediaProbe, originalName: string, fix: MediaFixRequest): Promise<FixedPicture> {
  if (probe.kind !== 'image') {
    throw new MediaFixRefusedError('Fixes work on photos only; this is a video.', 'Edit the video in a video editor, then import it again.');
  }
  checkApplicable(probe, fix);
  const upright = (await openImage(file, probe.format as ImageFormat)).pipeline().autoOrient();
  const keptFormat: OutputFormat = KEPT_FORMATS.has(probe.format) ? (probe.format as OutputFormat) : 'jpeg';
  const named = (format: OutputFormat, suffix: string) => ({ originalName: renamed(originalName, suffix, format) });

  switch (fix.kind) {
    case 'convert_to_jpeg':
      // Converted to sRGB (Instagram's colour space, platform-apis.md 2.4) and tagged as such.
      return { output: encode(upright.keepExif().withIccProfile('srgb'), 'jpeg'), ...named('jpeg', '') };
    case 'apply_orientation':
      return { output: encode(upright.keepExif().keepIccProfile(), keptFormat), ...named(keptFormat, ' (upright)') };
    case 'strip_metadata':
      return { output: encode(upright.keepIccProfile(), keptFormat), ...named(keptFormat, ' (no location)') };
    case 'downscale': {
      const resized = upright.resize({ width: fix.maxLongEdge, height: fix.maxLongEdge, fit: 'inside', withoutEnlargement: true });
      return { output: encode(resized.keepExif().keepIccProfile(), keptFormat), ...named(keptFormat, ` (${fix.maxLongEdge} px)`) };
    }
    case 'crop': {
      const cropped = upright.extract({ left: fix.left, top: fix.top, width: fix.width, height: fix.height });
      return { output: encode(cropped.keepExif().keepIccProfile(), keptFormat), ...named(keptFormat, ' (cropped)') };
    }
  }
}

/** The refusals that need only the probe, made before any pixel is read. */
function checkApplicable(probe: MediaProbe, fix: MediaFixRequest): void {
  if (fix.kind === 'apply_orientation' && probe.orientation === null) {
    throw new MediaFixRefusedError('This photo is already upright: it has no rotation to apply.');
  }
  const longEdge = Math.max(probe.width, probe.height);
  if (fix.kind === 'downscale' && longEdge <= fix.maxLongEdge) {
    throw new MediaFixRefusedError(`This photo is ${longEdge} px on its long side already, no more than ${fix.maxLongEdge} px: there is nothing to shrink.`);
  }
  if (fix.kind === 'crop' && (fix.left + fix.width > probe.width || fix.top + fix.height > probe.height)) {
    throw new MediaFixRefusedError(
      `The crop (${fix.width}×${fix.height} at ${fix.left},${fix.top}) goes outside the photo, which is ${probe.width}×${probe.height} px.`,
      'Draw the crop frame inside the photo and try again.',
    );
  }
}

function encode(image: Sharp, format: OutputFormat): Sharp {
  switch (format) {
    case 'jpeg':
      // JPEG has no transparency: transparent parts become white, not black.
      return image.flatten({ background: '#ffffff' }).jpeg({ quality: JPEG_QUALITY });
    case 'png':
      return image.png();
    case 'webp':
      return image.webp({ quality: JPEG_QUALITY });
  }
}

/** "beach.heic" → "beach (cropped).jpg": the owner's name, what was done, the real extension. */
function renamed(originalName: string, suffix: string, format: OutputFormat): string {
  const stem = originalName.slice(0, originalName.length - extname(originalName).length) || originalName;
  return `${stem}${suffix}.${IMAGE_FORMATS[format].extension}`;
}
