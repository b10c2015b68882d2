import { useEffect, useState } from 'react';
import { describeError } from '../../lib/describeError';
import { ShieldIcon, WarningIcon } from '../../ui/icons';
import { Switch } from '../../ui/Switch';
import { keyringSummary } from '../keyring/keyringWords';
import { useKeyring } from '../keyring/useKeyring';
import { SaveStatus } from './SaveStatus';
import { SettingsGroup } from './SettingsGroup';
import type { SaveState } from './useSaveSetting';

/**
 * Where sign-ins are kept: the keyring in words, and on a computer without one, the switch for
 * weaker storage (the same choice the keyring question offers), so it can be turned off again.
 */
export function SavedSignInsSetting({ allowWeakKeyring }: { allowWeakKeyring: boolean }) {
  const status = useKeyring((state) => state.status);
  const statusError = useKeyring((state) => state.statusError);
  const loadStatus = useKeyring((state) => state.loadStatus);
  const allowWeak = useKeyring((state) => state.allowWeak);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  useEffect(() => {
    void loadStatus();
  }, [loadStatus]);

  const change = async (allow: boolean) => {
    const result = await allowWeak(allow);
    setSaveState(result.ok ? { kind: 'saved', at: Date.now() } : { kind: 'failed', message: describeError(result) });
  };
  const hasNoKeyring = status?.state === 'weak_accepted' || status?.state === 'weak_refused';

  return (
    <SettingsGroup title="Saved sign-ins" status={<SaveStatus state={saveState} />}>
      {status ? (
        <p className={status.state === 'protected' ? 'keyring-note' : 'keyring-note keyring-note--warning'}>
          {status.state === 'protected' ? <ShieldIcon size={16} /> : <WarningIcon size={16} />}
          <span>{keyringSummary(status)}</span>
        </p>
      ) : statusError ? (
        <p className="settings-problem">Outpost could not check the keyring: {describeError(statusError)}</p>
      ) : null}
      {hasNoKeyring ? (
        <Switch
          label="Accept weaker storage"
          description="Recommended: leave this off, install and unlock a keyring (like GNOME Keyring or KWallet) and restart Outpost."
          isSelected={allowWeakKeyring}
          onChange={(allow) => void change(allow)}
        />
      ) : null}
    </SettingsGroup>
  );
}
