import { useEffect, useState } from 'react';
import type { OutpostApi } from '../../../preload/api';
import { KeyringDialog } from '../features/keyring/KeyringDialog';
import { ToastRegion } from '../ui/toast/ToastRegion';
import { AppShell } from './AppShell';
import { AppServicesProvider } from './AppServicesContext';
import { createAppServices, startAppServices } from './appServices';

/** The whole app over one bridge to main: services made once, started while mounted. */
export function App({ api }: { api: OutpostApi }) {
  const [services] = useState(() => createAppServices(api, window));
  useEffect(() => startAppServices(services), [services]);
  return (
    <AppServicesProvider services={services}>
      <AppShell />
      <KeyringDialog />
      <ToastRegion queue={services.toasts} />
    </AppServicesProvider>
  );
}
