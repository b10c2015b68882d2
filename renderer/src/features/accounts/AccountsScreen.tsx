import { useEffect, useRef, useState } from 'react';
import { describeError } from '../../lib/describeError';
import { Button } from '../../ui/Button';
import { Screen } from '../../ui/Screen';
import { AccountList } from './AccountList';
import { ConnectPicker } from './ConnectPicker';
import { DemoPanel } from './DemoPanel';
import { NoAccounts } from './NoAccounts';
import { useAccounts } from './useAccounts';
import './AccountsScreen.css';

export function AccountsScreen() {
  const accounts = useAccounts((state) => state.accounts);
  const status = useAccounts((state) => state.status);
  const loadError = useAccounts((state) => state.loadError);
  const isTryingDemo = useAccounts((state) => state.isTryingDemo);
  const reload = useAccounts((state) => state.load);
  // After the demo is removed its panel (and the button pressed) is gone: focus goes to "Try the demo".
  const tryDemoRef = useRef<HTMLButtonElement>(null);
  const [demoRemovals, setDemoRemovals] = useState(0);
  useEffect(() => {
    if (demoRemovals > 0) tryDemoRef.current?.focus();
  }, [demoRemovals]);

  const hasAnyAccount = status?.hasAnyAccount ?? false;
  const showDemo = isTryingDemo || (status?.demoAccountCount ?? 0) > 0;

  return (
    <Screen
      title="Accounts"
      intro="The Instagram, Facebook Page and TikTok accounts Outpost posts to. Their sign-ins stay on this computer."
    >
      {accounts === null ? (
        loadError ? (
          <div role="alert" className="accounts-load-problem">
            <p>Your accounts could not be loaded: {describeError(loadError)}</p>
            <Button onPress={() => void reload()}>Try again</Button>
          </div>
        ) : null
      ) : (
        <>
          {hasAnyAccount ? <AccountList accounts={accounts} /> : <NoAccounts tryDemoRef={tryDemoRef} />}
          {showDemo ? <DemoPanel autoFocus={!hasAnyAccount} onRemoved={() => setDemoRemovals((count) => count + 1)} /> : null}
        </>
      )}
      <ConnectPicker />
    </Screen>
  );
}
