import type { DeveloperAppKind } from '../../preload/contract';
import type { PlatformEndpoints } from '../platforms/endpoints';
import type { PlatformNetworks } from '../platforms/platformNetworks';

/** A developer app's id and secret, as the token exchanges need them. Lives only in main. */
export interface DeveloperAppSecrets {
  appId: string;
  appSecret: string;
}

/**
 * Everything a sign-in or token upkeep needs to talk to the platforms for one environment: the
 * demo sandbox (its own apps) or the real platforms (the owner's developer apps).
 */
export interface PlatformAccess {
  isDemo: boolean;
  endpoints: PlatformEndpoints;
  networks: PlatformNetworks;
  /** The developer app's id and secret; throws DeveloperAppMissingError when it is not set up. */
  app(kind: DeveloperAppKind): Promise<DeveloperAppSecrets>;
  /**
   * Meta and Instagram match redirect URIs exactly. The owner registers Outpost's URI in their
   * app; the demo sandbox is told it here instead. A no-op for live apps.
   */
  registerRedirectUri(kind: 'meta' | 'instagram', uri: string): void;
}

export type PlatformAccessFor = (isDemo: boolean) => Promise<PlatformAccess>;
