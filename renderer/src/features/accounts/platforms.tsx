import type { ComponentType } from 'react';
import type { Platform } from '../../../../preload/contract';
import { FacebookIcon, InstagramIcon, TikTokIcon } from '../../ui/icons';

export interface PlatformInfo {
  /** The platform's name: "Instagram". */
  name: string;
  /** What one account there is called: "Facebook Page". */
  accountNoun: string;
  /** The heading of its group in the account list. */
  groupTitle: string;
  Icon: ComponentType<{ size?: number; strokeWidth?: number }>;
}

export const PLATFORMS: Record<Platform, PlatformInfo> = {
  instagram: { name: 'Instagram', accountNoun: 'Instagram account', groupTitle: 'Instagram', Icon: InstagramIcon },
  facebook: { name: 'Facebook', accountNoun: 'Facebook Page', groupTitle: 'Facebook Pages', Icon: FacebookIcon },
  tiktok: { name: 'TikTok', accountNoun: 'TikTok account', groupTitle: 'TikTok', Icon: TikTokIcon },
};

/** The order platforms are listed in, everywhere. */
export const PLATFORM_ORDER: readonly Platform[] = ['instagram', 'facebook', 'tiktok'];

/** The platform's mark on a small tile in its colour; decorative, the text beside it names the account. */
export function PlatformIcon({ platform, size = 'md' }: { platform: Platform; size?: 'sm' | 'md' }) {
  const { Icon } = PLATFORMS[platform];
  return (
    <span className={`platform-icon platform-icon--${platform} platform-icon--${size}`} aria-hidden="true">
      <Icon size={size === 'sm' ? 14 : 20} strokeWidth={size === 'sm' ? 2.25 : 2} />
    </span>
  );
}
