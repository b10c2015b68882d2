import { useId, type ReactNode } from 'react';
import type { SignInNetwork } from '../../../../../preload/contract';
import { Button } from '../../../ui/Button';
import { appOf } from '../developerApps/developerAppsStore';
import { DEVELOPER_APP_KINDS } from '../developerApps/developerAppKinds';
import { useDeveloperApps } from '../developerApps/useDeveloperApps';
import { PlatformIcon } from '../platforms';
import { ConnectProgress } from './ConnectProgress';
import { useStartConnect } from './useStartConnect';

interface Choice {
  network: SignInNetwork;
  title: string;
  description: string;
  icons: ReactNode;
}

const CHOICES: readonly Choice[] = [
  {
    network: 'meta',
    title: 'Facebook Pages & Instagram',
    description: 'Your Facebook Pages, and the Instagram professional accounts linked to them. You choose which ones.',
    icons: (
      <span className="platform-pair">
        <PlatformIcon platform="facebook" size="sm" />
        <PlatformIcon platform="instagram" size="sm" />
      </span>
    ),
  },
  {
    network: 'instagram',
    title: 'Instagram without a Facebook Page',
    description:
      'An Instagram professional account that is not linked to a Page. Images need a storage bucket, set up when you first post one.',
    icons: <PlatformIcon platform="instagram" size="sm" />,
  },
  {
    network: 'tiktok',
    title: 'TikTok',
    description: 'Your TikTok account, for videos.',
    icons: <PlatformIcon platform="tiktok" size="sm" />,
  },
];

/**
 * The three ways to connect real accounts. Each signs in with the owner's own developer app; one
 * not set up yet says so, and its Connect button opens the setup guide instead.
 */
export function ConnectChoices() {
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="accounts-card__title">
        Connect an account
      </h2>
      <p className="accounts-card__text">
        You sign in on the platform's own page in your browser, then choose which accounts Outpost posts to. Your
        sign-ins are saved on this computer only.
      </p>
      <ul className="row-list">
        {CHOICES.map((choice) => (
          <ConnectChoice key={choice.network} choice={choice} />
        ))}
      </ul>
      <ConnectProgress demo={false} />
    </section>
  );
}

function ConnectChoice({ choice }: { choice: Choice }) {
  const titleId = useId();
  const hintId = useId();
  const startConnect = useStartConnect();
  const app = useDeveloperApps((state) => appOf(state.apps, choice.network));
  const needsSetup = app?.source === 'none';

  return (
    <li className="connect-choice" aria-labelledby={titleId}>
      <span className="connect-choice__icons">{choice.icons}</span>
      <div className="connect-choice__text">
        <h3 id={titleId} className="connect-choice__title">
          {choice.title}
        </h3>
        <p className="connect-choice__description">{choice.description}</p>
        {needsSetup ? (
          <p id={hintId} className="connect-choice__hint">
            First set up your {DEVELOPER_APP_KINDS[choice.network].name}: Connect opens the step-by-step guide.
          </p>
        ) : null}
      </div>
      <Button
        aria-label={`Connect ${choice.title}`}
        aria-describedby={needsSetup ? hintId : undefined}
        onPress={() => void startConnect({ network: choice.network, demo: false })}
      >
        Connect
      </Button>
    </li>
  );
}
