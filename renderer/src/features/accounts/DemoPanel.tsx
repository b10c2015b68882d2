import { useId, useState } from 'react';
import { Button } from '../../ui/Button';
import { ConnectProgress } from './connect/ConnectProgress';
import { useStartConnect } from './connect/useStartConnect';
import { PlatformIcon } from './platforms';
import { RemoveDemoDialog } from './RemoveDemoDialog';
import { useAccounts } from './useAccounts';

export interface DemoPanelProps {
  /** Put focus on the first connect button when the panel appears (it replaced the button pressed). */
  autoFocus?: boolean;
  /** Called once the demo is gone, so the screen can put focus somewhere sensible. */
  onRemoved?: () => void;
}

/** Connecting the demo's pretend accounts, and removing the demo again. */
export function DemoPanel({ autoFocus = false, onRemoved }: DemoPanelProps) {
  const headingId = useId();
  const startConnect = useStartConnect();
  const demoAccountCount = useAccounts((state) => state.status?.demoAccountCount ?? 0);
  const [isRemoveOpen, setRemoveOpen] = useState(false);

  return (
    <section className="card demo-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="accounts-card__title">
        Demo accounts
      </h2>
      <p className="accounts-card__text">
        Sign in to the pretend Facebook, Instagram and TikTok the way you will with your own accounts: a sign-in page
        opens in your browser, you allow access, then choose what to add. Nothing goes online.
      </p>
      <div className="accounts-actions">
        <Button autoFocus={autoFocus} onPress={() => void startConnect({ network: 'meta', demo: true })}>
          <span className="platform-pair">
            <PlatformIcon platform="facebook" size="sm" />
            <PlatformIcon platform="instagram" size="sm" />
          </span>
          Connect demo Facebook &amp; Instagram
        </Button>
        <Button onPress={() => void startConnect({ network: 'tiktok', demo: true })}>
          <PlatformIcon platform="tiktok" size="sm" />
          Connect demo TikTok
        </Button>
      </div>
      <ConnectProgress demo />
      {demoAccountCount > 0 ? (
        <div className="demo-panel__remove">
          <p className="accounts-card__text">
            Done exploring? Removing the demo deletes its accounts and their posts. Your own accounts are not touched.
          </p>
          <Button onPress={() => setRemoveOpen(true)}>Remove demo</Button>
        </div>
      ) : null}
      <RemoveDemoDialog
        count={demoAccountCount}
        isOpen={isRemoveOpen}
        onOpenChange={setRemoveOpen}
        onRemoved={() => onRemoved?.()}
      />
    </section>
  );
}
