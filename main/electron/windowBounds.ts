import type { WindowBounds } from '../store/preferences';

/** A rectangle in screen coordinates, the shape of Electron's `Rectangle`. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the window is created with: a position only when we know a good one (else Electron centres it). */
export interface InitialBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1200, height: 800 } as const;
/** The smallest window the layout (sidebar + content) works in; also the floor the preference schema accepts. */
export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;
/** How much of the window must still be on a display for the saved position to be reused. */
const MIN_VISIBLE_FRACTION = 0.25;

/**
 * Turns the saved bounds into bounds that are usable on today's displays. A monitor may have been
 * unplugged or a resolution lowered since the bounds were saved: the window is then shrunk to fit
 * the display it mostly sat on and moved fully onto it, or, when it no longer overlaps any
 * display enough to be found, centred on the primary display.
 */
export function fitWindowBounds(
  saved: WindowBounds | undefined,
  workAreas: readonly Rect[],
  primaryWorkArea: Rect,
): InitialBounds {
  if (!saved) {
    return { ...fitSize(DEFAULT_WINDOW_SIZE, primaryWorkArea), maximized: false };
  }
  const best = largestOverlap(saved, workAreas);
  if (!best || best.area < MIN_VISIBLE_FRACTION * saved.width * saved.height) {
    return { ...fitSize(saved, primaryWorkArea), maximized: saved.maximized };
  }
  const area = best.workArea;
  const { width, height } = fitSize(saved, area);
  const x = clamp(saved.x, area.x, area.x + area.width - width);
  const y = clamp(saved.y, area.y, area.y + area.height - height);
  return { x, y, width, height, maximized: saved.maximized };
}

function fitSize(size: { width: number; height: number }, area: Rect): { width: number; height: number } {
  return {
    width: clamp(size.width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width),
    height: clamp(size.height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height),
  };
}

function largestOverlap(rect: Rect, workAreas: readonly Rect[]): { workArea: Rect; area: number } | undefined {
  let best: { workArea: Rect; area: number } | undefined;
  for (const workArea of workAreas) {
    const area = overlapArea(rect, workArea);
    if (area > 0 && (!best || area > best.area)) best = { workArea, area };
  }
  return best;
}

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/** Rounds and floors what the window reports so it always satisfies the preference schema. */
export function boundsToSave(normal: Rect, maximized: boolean): WindowBounds {
  return {
    x: Math.round(normal.x),
    y: Math.round(normal.y),
    width: Math.max(MIN_WINDOW_SIZE.width, Math.round(normal.width)),
    height: Math.max(MIN_WINDOW_SIZE.height, Math.round(normal.height)),
    maximized,
  };
}
