import type { Platform } from '../../preload/contract';

/** Each platform as the owner reads it in messages, notifications and the tray. */
export const PLATFORM_NAMES: Readonly<Record<Platform, string>> = { facebook: 'Facebook', instagram: 'Instagram', tiktok: 'TikTok' };
