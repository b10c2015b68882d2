import { seededString } from '../core/seededRandom';
import type { InstagramMediaRecord } from '../world/sandboxState';

/** Shortcodes and permalinks in Instagram's URL shapes (posts /p/, reels /reel/, stories). */
export function shortcodeFor(seed: string, mediaId: string): string {
  return seededString('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 11, seed, 'shortcode', mediaId);
}

export function permalinkFor(media: InstagramMediaRecord, username: string): string {
  if (media.productType === 'REELS') return `https://www.instagram.com/reel/${media.shortcode}/`;
  if (media.productType === 'STORY') return `https://www.instagram.com/stories/${username}/${media.id}/`;
  return `https://www.instagram.com/p/${media.shortcode}/`;
}

/** Instagram timestamps: ISO 8601 with +0000. */
export function instagramTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+0000');
}
