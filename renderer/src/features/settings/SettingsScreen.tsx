import { describeError } from '../../lib/describeError';
import { Button } from '../../ui/Button';
import { Screen } from '../../ui/Screen';
import { CatchUpGraceSetting } from './CatchUpGraceSetting';
import { DiagnosticsSettings } from './DiagnosticsSettings';
import { LaunchAtLoginSetting } from './LaunchAtLoginSetting';
import { SavedSignInsSetting } from './SavedSignInsSetting';
import { StorageBucketSetting } from './StorageBucketSetting';
import { ThemeSetting } from './ThemeSetting';
import { TimeZoneSetting } from './TimeZoneSetting';
import { useSettings } from './useSettings';
import './SettingsScreen.css';

export function SettingsScreen() {
  const preferences = useSettings((state) => state.preferences);
  const loadError = useSettings((state) => state.loadError);
  const reload = useSettings((state) => state.load);

  return (
    <Screen title="Settings" intro="Changes are saved as you make them, on this computer.">
      {preferences ? (
        <>
          <ThemeSetting value={preferences.theme} />
          <TimeZoneSetting value={preferences.timezone} />
          <LaunchAtLoginSetting value={preferences.launchAtLogin} />
          <CatchUpGraceSetting value={preferences.catchUpGraceMinutes} />
          <SavedSignInsSetting allowWeakKeyring={preferences.allowWeakKeyring} />
        </>
      ) : loadError ? (
        <div role="alert" className="settings-load-problem">
          <p>Your settings could not be loaded: {describeError(loadError)}</p>
          <Button onPress={() => void reload()}>Try again</Button>
        </div>
      ) : null}
      <StorageBucketSetting />
      <DiagnosticsSettings />
    </Screen>
  );
}
