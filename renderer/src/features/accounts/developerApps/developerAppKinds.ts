import type { DeveloperAppKind } from '../../../../../preload/contract';

export interface DeveloperAppKindInfo {
  /** "Meta app": what the owner calls it in Outpost. */
  name: string;
  /** What it connects, in a few words. */
  purpose: string;
  /** The platform that checks the id and secret ("Meta accepted this app"). */
  platform: string;
  /** The two values' names on the platform's own pages. */
  idLabel: string;
  secretLabel: string;
  /** Where on the platform's pages the two values are. */
  whereToFind: string;
}

export const DEVELOPER_APP_KINDS: Record<DeveloperAppKind, DeveloperAppKindInfo> = {
  meta: {
    name: 'Meta app',
    purpose: 'For Facebook Pages and the Instagram accounts linked to them.',
    platform: 'Meta',
    idLabel: 'App ID',
    secretLabel: 'App secret',
    whereToFind: 'In your app: App settings → Basic.',
  },
  instagram: {
    name: 'Instagram app',
    purpose: 'Optional: for an Instagram professional account without a Facebook Page.',
    platform: 'Instagram',
    idLabel: 'Instagram app ID',
    secretLabel: 'Instagram app secret',
    whereToFind: 'In your Meta app: Instagram → API setup with Instagram login.',
  },
  tiktok: {
    name: 'TikTok app',
    purpose: 'For your TikTok account.',
    platform: 'TikTok',
    idLabel: 'Client key',
    secretLabel: 'Client secret',
    whereToFind: 'On your app’s page in TikTok for Developers, under Credentials.',
  },
};

/** The order the apps are listed in. */
export const DEVELOPER_APP_ORDER: readonly DeveloperAppKind[] = ['meta', 'instagram', 'tiktok'];
