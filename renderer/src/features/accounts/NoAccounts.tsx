import { useId, type Ref } from 'react';
import { Button } from '../../ui/Button';
import { AccountsIcon } from '../../ui/icons';
import { useAccounts } from './useAccounts';

/**
 * What the Accounts screen says before anything is connected: what Outpost connects to, that
 * real accounts come with the next version, and the demo, offered with what it is and is not.
 */
export function NoAccounts({ tryDemoRef }: { tryDemoRef?: Ref<HTMLButtonElement> }) {
  const headingId = useId();
  const isTryingDemo = useAccounts((state) => state.isTryingDemo);
  const tryDemo = useAccounts((state) => state.tryDemo);

  return (
    <section className="card no-accounts" aria-labelledby={headingId}>
      <div className="icon-bubble">
        <AccountsIcon size={28} />
      </div>
      <h2 id={headingId} className="accounts-card__title">
        No accounts connected yet
      </h2>
      <p className="no-accounts__text">
        Outpost posts to your own Instagram account, Facebook Page and TikTok account, straight from this computer.
        Connecting your real accounts comes with developer-app setup in the next version of Outpost.
      </p>
      {isTryingDemo ? null : (
        <div className="no-accounts__demo">
          <Button ref={tryDemoRef} variant="primary" onPress={tryDemo}>
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
