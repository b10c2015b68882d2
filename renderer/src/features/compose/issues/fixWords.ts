/**
 * What each one-click fix sends to main, and what the toast says it changed. A fix never happens
 * silently: its button names it, and the toast confirms it and says the original stays.
 */
import type { MediaFixKind, MediaFixRequest, MediaFixSuggestion, MediaItem } from '../../../../../preload/contract';
import { aspectRatio, pixelSize } from '../../../lib/mediaFacts';

/** The request for a fix that needs no more choices; null for a crop (the crop tool makes it). */
export function fixRequestOf(fix: MediaFixSuggestion): MediaFixRequest | null {
  switch (fix.kind) {
    case 'convert_to_jpeg':
    case 'apply_orientation':
    case 'strip_metadata':
      return { kind: fix.kind };
    case 'downscale':
      return fix.maxLongEdge ? { kind: 'downscale', maxLongEdge: fix.maxLongEdge } : null;
    case 'crop':
      return null;
  }
}

const DONE: Record<MediaFixKind, (name: string) => string> = {
  convert_to_jpeg: (name) => `${name} converted to JPEG`,
  apply_orientation: (name) => `${name} turned upright`,
  strip_metadata: (name) => `Location and camera details removed from ${name}`,
  downscale: (name) => `${name} made smaller`,
  crop: (name) => `${name} cropped`,
};

/** The toast after a fix: what changed, the new size where that is the point, and that the original stays. */
export function fixedMessage(kind: MediaFixKind, original: MediaItem | null, fixed: MediaItem | null): { title: string; body: string } {
  const name = original?.originalName ?? 'The picture';
  const shape = kind === 'crop' && fixed ? `${aspectRatio(fixed.probe.width, fixed.probe.height)}, ` : '';
  const size = fixed && (kind === 'crop' || kind === 'downscale') ? `It is now ${shape}${pixelSize(fixed.probe.width, fixed.probe.height)}. ` : '';
  return { title: DONE[kind](name), body: `${size}This post uses the new copy; the original stays in your media library.` };
}
