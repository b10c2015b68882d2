import { useId, type Ref } from 'react';
import { Button } from '../../ui/Button';
import { AccountsIcon } from '../../ui/icons';
import { useDeveloperApps } from './developerApps/useDeveloperApps';
import { useAccounts } from './useAccounts';

export interface NoAccountsProps {
  /** "Try the demo", where focus goes after the demo is removed. */
  tryDemoRef?: Ref<HTMLButtonElement>;
  /** The heading, where focus goes after the last account is disconnected. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * What the Accounts screen says before anything is connected: what Outpost connects to, the
 * one-time setup real accounts need (with the guide), and the demo, with what it is and is not.
 */
export function NoAccounts({ tryDemoRef, headingRef }: NoAccountsProps) {
  const headingId = useId();
  const isTryingDemo = useAccounts((state) => state.isTryingDemo);
  const tryDemo = useAccounts((state) => state.tryDemo);
  const openGuide = useDeveloperApps((state) => state.openGuide);

  return (
    <section className="card no-accounts" aria-labelledby={headingId}>
      <div className="icon-bubble">
        <AccountsIcon size={28} />
      </div>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="accounts-card__title">
        No accounts connected yet
      </h2>
      <p className="no-accounts__text">
        Outpost posts to your own Instagram account, Facebook Page and TikTok account, straight from this computer. To
        connect them, you first set up your own developer app with each platform: a one-time step of about ten minutes,
        with a guide.
      </p>
      <Button variant="primary" onPress={() => openGuide('meta')}>
        Open the setup guide
      </Button>
      {isTryingDemo ? null : (
        <div className="no-accounts__demo">
          <Button ref={tryDemoRef} onPress={tryDemo}>
            Try the demo
          </Button>
          <p className="no-accounts__demo-text">
            The demo runs a pretend Instagram, Facebook and TikTok on this computer, for a neighbourhood bakery with two
            months of history. Nothing goes online, and you can remove it in one step.
          </p>
        </div>
      )}
    </section>
  );
}
