import type { DeveloperAppKind, DeveloperAppStatus } from '../../../../../preload/contract';
import { describeError } from '../../../lib/describeError';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { DEVELOPER_APP_KINDS } from './developerAppKinds';
import { appOf } from './developerAppsStore';
import { DeveloperAppForm } from './DeveloperAppForm';
import { InstagramSteps } from './InstagramSteps';
import { MetaSteps } from './MetaSteps';
import { TikTokSteps } from './TikTokSteps';
import { useDeveloperApps } from './useDeveloperApps';
import './DeveloperApps.css';

const STEPS = { meta: MetaSteps, instagram: InstagramSteps, tiktok: TikTokSteps } as const;

/** The setup guide of the developer app the owner asked about, step by step, ending in its form. */
export function DeveloperAppGuide() {
  const kind = useDeveloperApps((state) => state.guide);
  const apps = useDeveloperApps((state) => state.apps);
  const loadError = useDeveloperApps((state) => state.loadError);
  const reload = useDeveloperApps((state) => state.load);
  const close = useDeveloperApps((state) => state.closeGuide);
  if (!kind) return null;
  const app = appOf(apps, kind);

  return (
    <Dialog
      title={`Set up your ${DEVELOPER_APP_KINDS[kind].name}`}
      size="guide"
      isOpen
      onOpenChange={(open) => {
        if (!open) close();
      }}
    >
      <div className="guide">
        {app ? (
          <GuideFor kind={kind} app={app} />
        ) : loadError ? (
          <div role="alert" className="dialog-problem">
            <p>The setup details could not be loaded: {describeError(loadError)}</p>
            <Button onPress={() => void reload()}>Try again</Button>
          </div>
        ) : (
          <p role="status">Loading the setup details…</p>
        )}
      </div>
    </Dialog>
  );
}

function GuideFor({ kind, app }: { kind: DeveloperAppKind; app: DeveloperAppStatus }) {
  const Steps = STEPS[kind];
  const form =
    app.source === 'environment' ? (
      <p className="guide__note">
        This app's ID and secret come from environment variables set when Outpost started, so they are changed there,
        not here.
      </p>
    ) : (
      <DeveloperAppForm kind={kind} app={app} />
    );
  return <Steps app={app} form={form} />;
}
