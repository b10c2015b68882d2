import { useEffect, useRef, useState } from 'react';
import { LoadProblem } from '../../ui/LoadProblem';
import { Screen } from '../../ui/Screen';
import { ConnectChoices } from './connect/ConnectChoices';
import { ConnectPicker } from './connect/ConnectPicker';
import { DemoPanel } from './DemoPanel';
import { DeveloperAppGuide } from './developerApps/DeveloperAppGuide';
import { DeveloperAppsCard } from './developerApps/DeveloperAppsCard';
import { useDeveloperApps } from './developerApps/useDeveloperApps';
import { AccountList } from './list/AccountList';
import { NoAccounts } from './NoAccounts';
import { useAccounts } from './useAccounts';
import './AccountsScreen.css';

export function AccountsScreen() {
  const accounts = useAccounts((state) => state.accounts);
  const status = useAccounts((state) => state.status);
  const loadError = useAccounts((state) => state.loadError);
  const isTryingDemo = useAccounts((state) => state.isTryingDemo);
  const reload = useAccounts((state) => state.load);
  const loadDeveloperApps = useDeveloperApps((state) => state.load);
  useEffect(() => {
    void loadDeveloperApps();
  }, [loadDeveloperApps]);

  // When what had focus goes away (the demo panel after removing the demo, a card after a
  // disconnect), focus moves to the nearest sensible place instead of the page's start.
  const tryDemoRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [refocus, setRefocus] = useState<{ to: 'try-demo' | 'heading'; count: number } | null>(null);
  const focusLater = (to: 'try-demo' | 'heading') => setRefocus((previous) => ({ to, count: (previous?.count ?? 0) + 1 }));
  useEffect(() => {
    if (refocus?.to === 'try-demo') tryDemoRef.current?.focus();
    if (refocus?.to === 'heading') headingRef.current?.focus();
  }, [refocus]);

  const hasAnyAccount = status?.hasAnyAccount ?? false;
  const showDemo = isTryingDemo || (status?.demoAccountCount ?? 0) > 0;

  return (
    <Screen
      title="Accounts"
      intro="The Instagram, Facebook Page and TikTok accounts Outpost posts to. Their sign-ins stay on this computer."
    >
      {accounts === null ? (
        loadError ? (
          <LoadProblem what="Your accounts" error={loadError} onAction={() => void reload()} />
        ) : null
      ) : (
        <>
          {hasAnyAccount ? (
            <AccountList
              accounts={accounts}
              headingRef={headingRef}
              onDisconnected={() => focusLater('heading')}
            />
          ) : (
            <NoAccounts tryDemoRef={tryDemoRef} headingRef={headingRef} />
          )}
          {showDemo ? (
            <DemoPanel autoFocus={!hasAnyAccount} onRemoved={() => focusLater('try-demo')} />
          ) : null}
          <ConnectChoices />
          <DeveloperAppsCard />
        </>
      )}
      <ConnectPicker />
      <DeveloperAppGuide />
    </Screen>
  );
}
