import { describe, expect, it } from 'vitest';
import {
  boundsToSave,
  DEFAULT_WINDOW_SIZE,
  fitWindowBounds,
  MIN_WINDOW_SIZE,
  type Rect,
} from '../../../../main/electron/windowBounds';
import { WindowBounds } from '../../../../main/store/preferences';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 870 };
const externalRight: Rect = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('fitWindowBounds', () => {
  it('uses the default size, centred by Electron, when nothing was saved', () => {
    expect(fitWindowBounds(undefined, [laptop], laptop)).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
  });

  it('shrinks the default size to a small screen', () => {
    const small: Rect = { x: 0, y: 0, width: 1024, height: 700 };
    expect(fitWindowBounds(undefined, [small], small)).toEqual({ width: 1024, height: 700, maximized: false });
  });

  it('restores saved bounds that still fit', () => {
    const saved = { x: 100, y: 50, width: 1000, height: 700, maximized: false };
    expect(fitWindowBounds(saved, [laptop, externalRight], laptop)).toEqual(saved);
  });

  it('restores bounds on a second display and keeps the maximised flag', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1000, maximized: true };
    expect(fitWindowBounds(saved, [laptop, externalRight], laptop)).toEqual(saved);
  });

  it('centres on the primary display when the saved display is gone', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1000, maximized: false };
    expect(fitWindowBounds(saved, [laptop], laptop)).toEqual({ width: 1440, height: 870, maximized: false });
  });

  it('pulls a window hanging off the edge fully onto its display, shrinking it to fit', () => {
    const saved = { x: 600, y: 300, width: 1200, height: 900, maximized: false };
    expect(fitWindowBounds(saved, [laptop], laptop)).toEqual({ x: 240, y: 0, width: 1200, height: 870, maximized: false });
  });

  it('treats a window barely visible on a display as lost', () => {
    const saved = { x: 1400, y: 800, width: 1000, height: 700, maximized: false };
    const fitted = fitWindowBounds(saved, [laptop], laptop);
    expect(fitted.x).toBeUndefined();
    expect(fitted.y).toBeUndefined();
  });

  it('raises a tiny saved size to the minimum the layout needs', () => {
    const saved = { x: 10, y: 10, width: 400, height: 300, maximized: false };
    expect(fitWindowBounds(saved, [laptop], laptop)).toMatchObject({ width: MIN_WINDOW_SIZE.width, height: MIN_WINDOW_SIZE.height });
  });
});

describe('boundsToSave', () => {
  it('rounds and floors what the window reports so the preference schema accepts it', () => {
    const saved = boundsToSave({ x: 10.4, y: -3.6, width: 200.2, height: 100 }, true);
    expect(saved).toEqual({ x: 10, y: -4, width: MIN_WINDOW_SIZE.width, height: MIN_WINDOW_SIZE.height, maximized: true });
    expect(WindowBounds.safeParse(saved).success).toBe(true);
  });
});
