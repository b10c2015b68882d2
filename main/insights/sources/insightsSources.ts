import type { Platform } from '../../../preload/contract';
import type { InsightsSource } from '../insightsSource';
import { createFacebookSource } from './facebookSource';
import { createInstagramSource } from './instagramSource';
import { createTikTokSource } from './tiktokSource';

/** One insights source per platform: what the collection measures with unless a test gives its own. */
export function createInsightsSources(): Record<Platform, InsightsSource> {
  return { instagram: createInstagramSource(), facebook: createFacebookSource(), tiktok: createTikTokSource() };
}
