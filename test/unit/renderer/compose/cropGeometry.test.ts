import { describe, expect, it } from 'vitest';
import { cropFramesFor } from '../../../../renderer/src/features/compose/crop/cropFrames';
import { centeredCrop, cropToPixels } from '../../../../renderer/src/features/compose/crop/cropGeometry';

describe('crop geometry', () => {
  it('starts from the largest centred crop of the frame', () => {
    // A 3:1 panorama, 3000 × 1000, cropped to 4:5: the full height, 800 pixels wide, in the middle.
    const rect = centeredCrop(4 / 5, { width: 3000, height: 1000 });
    expect(rect.height).toBe(100);
    expect(rect.width).toBeCloseTo(26.667, 2);
    expect(rect.x).toBeCloseTo(36.667, 2);
    expect(rect.y).toBe(0);

    // A tall picture cropped to 1.91:1 keeps the full width.
    const wide = centeredCrop(1.91, { width: 1080, height: 1920 });
    expect(wide.width).toBe(100);
    expect(wide.height).toBeCloseTo((1080 / 1.91 / 1920) * 100, 5);
    expect(centeredCrop(null, { width: 10, height: 20 })).toEqual({ x: 0, y: 0, width: 100, height: 100 });
  });

  it('turns a crop drawn on the small preview into pixels of the full-size picture', () => {
    const full = { width: 3000, height: 1000 };
    expect(cropToPixels(centeredCrop(4 / 5, full), full, 4 / 5)).toEqual({ left: 1100, top: 0, width: 800, height: 1000 });
    expect(cropToPixels({ x: 10, y: 20, width: 50, height: 30 }, { width: 4032, height: 3024 }, null)).toEqual({
      left: 403,
      top: 605,
      width: 2016,
      height: 907,
    });
  });

  it('keeps the frame ratio and stays inside the picture when the crop touches an edge', () => {
    const size = { width: 1001, height: 1001 };
    const crop = cropToPixels({ x: 0.05, y: 20.03, width: 99.95, height: 79.97 }, size, 1.25);
    expect(crop.left + crop.width).toBeLessThanOrEqual(size.width);
    expect(crop.top + crop.height).toBeLessThanOrEqual(size.height);
    expect(crop.width / crop.height).toBeCloseTo(1.25, 2);

    const tiny = cropToPixels({ x: 99.99, y: 99.99, width: 0.001, height: 0.001 }, { width: 100, height: 100 }, null);
    expect(tiny).toEqual({ left: 99, top: 99, width: 1, height: 1 });
  });

  it("offers each target platform's frames, the suggested one first", () => {
    const frames = cropFramesFor(['tiktok', 'instagram', 'facebook'], 0.8);
    expect(frames.map((frame) => frame.label)).toEqual([
      'Instagram 4:5',
      'Instagram 1:1',
      'Instagram 1.91:1',
      'Facebook any shape',
      'TikTok 9:16',
    ]);
    expect(frames.find((frame) => frame.label === 'Facebook any shape')?.aspect).toBeNull();

    expect(cropFramesFor(['facebook'], 1.5).map((frame) => frame.label)).toEqual(['Suggested 3:2', 'Facebook any shape']);
  });
});
