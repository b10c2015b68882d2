import { useId } from 'react';
import type { DeveloperAppKind, DeveloperAppStatus } from '../../../../../preload/contract';
import { Button } from '../../../ui/Button';
import { LoadProblem } from '../../../ui/LoadProblem';
import { CheckIcon } from '../../../ui/icons';
import { DEVELOPER_APP_KINDS, DEVELOPER_APP_ORDER } from './developerAppKinds';
import { appOf } from './developerAppsStore';
import { useDeveloperApps } from './useDeveloperApps';
import './DeveloperApps.css';

/**
 * The owner's developer apps, one row per platform: set up (with its id) or not, and the way to
 * each one's setup guide.
 */
export function DeveloperAppsCard() {
  const headingId = useId();
  const apps = useDeveloperApps((state) => state.apps);
  const loadError = useDeveloperApps((state) => state.loadError);
  const reload = useDeveloperApps((state) => state.load);

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="accounts-card__title">
        Developer apps
      </h2>
      <p className="accounts-card__text">
        Outpost signs in to each platform with your own developer app, so your accounts are reached straight from this
        computer, with no Outpost server in between. Each app is set up once, with a step-by-step guide.
      </p>
      {apps ? (
        <ul className="row-list">
          {DEVELOPER_APP_ORDER.map((kind) => (
            <DeveloperAppRow key={kind} kind={kind} app={appOf(apps, kind)} />
          ))}
        </ul>
      ) : loadError ? (
        <LoadProblem what="Your developer apps" error={loadError} onAction={() => void reload()} />
      ) : null}
    </section>
  );
}

function DeveloperAppRow({ kind, app }: { kind: DeveloperAppKind; app: DeveloperAppStatus | null }) {
  const titleId = useId();
  const openGuide = useDeveloperApps((state) => state.openGuide);
  const { name, purpose, idLabel } = DEVELOPER_APP_KINDS[kind];
  const isSetUp = app !== null && app.source !== 'none';

  return (
    <li className="developer-app" aria-labelledby={titleId}>
      <div className="developer-app__text">
        <h3 id={titleId} className="developer-app__name">
          {name}
        </h3>
        <p className="developer-app__purpose">{purpose}</p>
      </div>
      <div className="developer-app__status">
        {isSetUp ? (
          <>
            <span className="developer-app__state developer-app__state--ok">
              <CheckIcon size={14} />
              Set up
            </span>
            {app.source === 'environment' ? <span className="badge badge--muted">From environment</span> : null}
            {app.appId ? (
              <span className="developer-app__id">
                {idLabel} <code>{app.appId}</code>
              </span>
            ) : null}
          </>
        ) : (
          <span className="developer-app__state">Not set up</span>
        )}
      </div>
      <Button aria-label={`${isSetUp ? 'Manage' : 'Set up'} the ${name}`} onPress={() => openGuide(kind)}>
        {isSetUp ? 'Manage' : 'Set up'}
      </Button>
    </li>
  );
}
