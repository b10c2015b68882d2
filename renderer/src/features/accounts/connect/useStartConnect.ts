import { useKeyringGuard } from '../../keyring/useKeyringGuard';
import { appOf } from '../developerApps/developerAppsStore';
import { useDeveloperApps } from '../developerApps/useDeveloperApps';
import { useAccounts } from '../useAccounts';
import type { ConnectRequest } from './connectRequests';

/**
 * Every way of starting a sign-in (connect, reconnect, ask again) goes through here: a live one
 * whose developer app is not set up opens that app's setup guide instead, and a sign-in that stops
 * at KEYRING_WEAK starts again once the owner accepts weaker storage.
 */
export function useStartConnect(): (request: ConnectRequest) => Promise<void> {
  const connect = useAccounts((state) => state.connect);
  const apps = useDeveloperApps((state) => state.apps);
  const openGuide = useDeveloperApps((state) => state.openGuide);
  const guardKeyring = useKeyringGuard();

  const start = async (request: ConnectRequest) => {
    if (!request.demo && appOf(apps, request.network)?.source === 'none') {
      openGuide(request.network);
      return;
    }
    guardKeyring(await connect(request), () => start(request));
  };
  return start;
}
