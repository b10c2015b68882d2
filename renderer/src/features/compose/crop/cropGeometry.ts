/**
 * The crop tool's arithmetic. The owner draws the crop on the preview picture, a smaller copy of
 * the original, so the tool works in percentages of the picture; main crops the full-size file,
 * so the fix is sent in its pixels (`probe.width` × `probe.height`, as the picture is seen).
 */

/** A rectangle in percent (0–100) of the picture's width and height. */
export interface PercentRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PixelSize {
  width: number;
  height: number;
}

export interface PixelCrop {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The largest rectangle of `aspect` (width / height) centred on the picture; null: all of it. */
export function centeredCrop(aspect: number | null, size: PixelSize): PercentRect {
  if (aspect === null) return { x: 0, y: 0, width: 100, height: 100 };
  const pictureAspect = size.width / size.height;
  const width = aspect < pictureAspect ? (aspect / pictureAspect) * 100 : 100;
  const height = aspect < pictureAspect ? 100 : (pictureAspect / aspect) * 100;
  return { x: (100 - width) / 2, y: (100 - height) / 2, width, height };
}

/**
 * The crop in whole pixels of the full-size picture, inside its bounds. With an aspect the height
 * follows the rounded width, so the result keeps the frame's ratio as closely as pixels allow.
 */
export function cropToPixels(rect: PercentRect, size: PixelSize, aspect: number | null): PixelCrop {
  const left = clamp(Math.round((rect.x / 100) * size.width), 0, size.width - 1);
  const top = clamp(Math.round((rect.y / 100) * size.height), 0, size.height - 1);
  let width = clamp(Math.round((rect.width / 100) * size.width), 1, size.width - left);
  let height = clamp(Math.round((rect.height / 100) * size.height), 1, size.height - top);
  if (aspect !== null) {
    height = Math.round(width / aspect);
    if (height > size.height - top) {
      height = size.height - top;
      width = clamp(Math.round(height * aspect), 1, size.width - left);
    }
    height = Math.max(1, height);
  }
  return { left, top, width, height };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
