import type { MediaFixSuggestion, MediaId, MediaProbe } from '../../../preload/contract';
import { ratioValue, type Ratio } from './ratio';

/**
 * The one-click fixes offered next to an issue. The library makes a new item from the old one;
 * nothing changes until the owner presses the button.
 */

/** Image formats the library's convert_to_jpeg reads (issue 5: PNG, WebP and HEIC, and the usual others). */
export const CONVERTIBLE_TO_JPEG: ReadonlySet<string> = new Set(['png', 'webp', 'heic', 'heif', 'gif', 'tiff', 'avif']);

/** The smallest long edge a downscale request may ask for (MediaFixRequest). */
const MIN_LONG_EDGE = 16;

export const convertToJpegFix = (mediaId: MediaId): MediaFixSuggestion => ({ kind: 'convert_to_jpeg', mediaId, label: 'Convert to JPEG' });

export const applyOrientationFix = (mediaId: MediaId): MediaFixSuggestion => ({ kind: 'apply_orientation', mediaId, label: 'Turn it upright' });

export const stripMetadataFix = (mediaId: MediaId): MediaFixSuggestion => ({ kind: 'strip_metadata', mediaId, label: 'Remove now' });

/** Downscale to `maxLongEdge`, or null when that would not make the picture smaller. */
export function downscaleFix(mediaId: MediaId, probe: MediaProbe, maxLongEdge: number): MediaFixSuggestion | null {
  const edge = Math.max(MIN_LONG_EDGE, Math.floor(maxLongEdge));
  if (edge >= Math.max(probe.width, probe.height)) return null;
  return { kind: 'downscale', mediaId, label: `Downscale to ${edge} px`, maxLongEdge: edge };
}

/**
 * Downscale until the file fits in `maxBytes`. A compressed picture's size grows roughly with its
 * pixel count, so the long edge shrinks with the square root of the excess; 10% spare covers the
 * estimate.
 */
export function downscaleToFitBytes(mediaId: MediaId, probe: MediaProbe, maxBytes: number): MediaFixSuggestion | null {
  const longEdge = Math.max(probe.width, probe.height);
  return downscaleFix(mediaId, probe, longEdge * Math.sqrt(maxBytes / probe.byteSize) * 0.9);
}

/** Open the crop tool on the allowed range, starting from `suggested`. */
export function cropFix(mediaId: MediaId, range: { min: Ratio; max: Ratio }, suggested: Ratio): MediaFixSuggestion {
  return {
    kind: 'crop',
    mediaId,
    label: `Crop to ${suggested.label}`,
    aspect: { min: ratioValue(range.min), max: ratioValue(range.max), suggested: ratioValue(suggested) },
  };
}
