import type { DeveloperAppKind } from '../../preload/contract';
import type { DemoSandbox } from '../demo/demoSandbox';
import type { PlatformEndpoints } from '../platforms/endpoints';
import type { PlatformNetworks } from '../platforms/platformNetworks';
import type { DeveloperAppSecrets, PlatformAccess, PlatformAccessFor } from './platformAccess';

export interface PlatformAccessProviderDeps {
  demo: DemoSandbox;
  /** The real platforms (or whatever the `OUTPOST_*_URL` variables point at). */
  liveEndpoints: PlatformEndpoints;
  createNetworks(endpoints: PlatformEndpoints): PlatformNetworks;
  /** The owner's developer apps; throws DeveloperAppMissingError for one not set up. */
  developerApp(kind: DeveloperAppKind): Promise<DeveloperAppSecrets>;
}

/**
 * Demo accounts talk to the in-process sandbox with its own apps; real accounts to the platforms
 * with the owner's developer apps. Networks are built once per environment and shared, so the
 * usage ledger sees every call.
 */
export function createPlatformAccessProvider(deps: PlatformAccessProviderDeps): PlatformAccessFor {
  let live: PlatformAccess | undefined;
  let demo: { endpoints: PlatformEndpoints; access: PlatformAccess } | undefined;
  return async (isDemo) => {
    if (!isDemo) {
      live ??= {
        isDemo: false,
        endpoints: deps.liveEndpoints,
        networks: deps.createNetworks(deps.liveEndpoints),
        app: deps.developerApp,
        registerRedirectUri: () => {},
      };
      return live;
    }
    const environment = await deps.demo.environment();
    // The demo sandbox starts on a new port after it was removed and started again.
    if (demo?.endpoints.metaGraph !== environment.endpoints.metaGraph) {
      demo = {
        endpoints: environment.endpoints,
        access: {
          isDemo: true,
          endpoints: environment.endpoints,
          networks: deps.createNetworks(environment.endpoints),
          app: async (kind) => environment.apps[kind],
          registerRedirectUri: environment.registerRedirectUri,
        },
      };
    }
    return demo.access;
  };
}
