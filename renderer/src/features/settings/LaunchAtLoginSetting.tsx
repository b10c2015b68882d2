import { Switch } from '../../ui/Switch';
import { SaveStatus } from './SaveStatus';
import { SettingsGroup } from './SettingsGroup';
import { useSaveSetting } from './useSaveSetting';

export function LaunchAtLoginSetting({ value }: { value: boolean }) {
  const { state, save } = useSaveSetting();
  return (
    <SettingsGroup title="Startup" status={<SaveStatus state={state} />}>
      <Switch
        label="Launch at login"
        description="Outpost starts quietly in the tray when you sign in, so scheduled posts go out on time."
        isSelected={value}
        onChange={(launchAtLogin) => void save({ launchAtLogin })}
      />
    </SettingsGroup>
  );
}
