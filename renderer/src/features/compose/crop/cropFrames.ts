import type { Platform } from '../../../../../preload/contract';
import { aspectRatio } from '../../../lib/mediaFacts';
import { PLATFORM_ORDER, PLATFORMS } from '../../accounts/platforms';

/** A shape the crop tool offers: a platform's frame, or any shape (aspect null). */
export interface CropFrame {
  id: string;
  label: string;
  /** Width / height; null lets the owner draw any shape. */
  aspect: number | null;
}

/**
 * The frames each platform shows pictures in (platform-apis.md 2.4, 3, 6.2): Instagram's feed
 * takes 4:5 to 1.91:1, TikTok fills a 9:16 screen, a Facebook Page photo can be any shape.
 */
const PLATFORM_FRAMES: Record<Platform, readonly { ratio: string; aspect: number | null }[]> = {
  instagram: [
    { ratio: '4:5', aspect: 4 / 5 },
    { ratio: '1:1', aspect: 1 },
    { ratio: '1.91:1', aspect: 1.91 },
  ],
  tiktok: [{ ratio: '9:16', aspect: 9 / 16 }],
  facebook: [{ ratio: 'any shape', aspect: null }],
};

/**
 * The frames for the post's platforms, in the usual platform order. The suggested ratio comes
 * first: as the platform's own frame when it is one, else as a frame of its own.
 */
export function cropFramesFor(platforms: readonly Platform[], suggested: number): CropFrame[] {
  const frames = PLATFORM_ORDER.filter((platform) => platforms.includes(platform)).flatMap((platform) =>
    PLATFORM_FRAMES[platform].map((frame) => ({
      id: `${platform}:${frame.ratio}`,
      label: `${PLATFORMS[platform].name} ${frame.ratio}`,
      aspect: frame.aspect,
    })),
  );
  const index = frames.findIndex((frame) => frame.aspect !== null && Math.abs(frame.aspect - suggested) < 0.005);
  if (index >= 0) return [frames[index]!, ...frames.filter((_, other) => other !== index)];
  return [{ id: 'suggested', label: `Suggested ${aspectRatio(suggested, 1)}`, aspect: suggested }, ...frames];
}
