import { useMemo } from 'react';
import type { Key } from 'react-aria-components';
import { ComboBox } from '../../ui/ComboBox';
import { SaveStatus } from './SaveStatus';
import { SettingsGroup } from './SettingsGroup';
import { matchesTimeZone, timeZoneOptions } from './timeZoneOptions';
import { useSaveSetting } from './useSaveSetting';

/** The zone posts are scheduled and shown in; main starts it at the computer's own zone. */
export function TimeZoneSetting({ value }: { value: string }) {
  const { state, save } = useSaveSetting();
  // Offsets are read once per visit: they only move at a daylight-saving change.
  const options = useMemo(() => timeZoneOptions(value, new Date()), [value]);
  const choose = (picked: Key | null) => {
    if (typeof picked === 'string' && picked !== value) void save({ timezone: picked });
  };
  return (
    <SettingsGroup title="Date and time" status={<SaveStatus state={state} />}>
      <ComboBox
        label="Time zone"
        description="Posts are scheduled and shown in this time zone. Type a city or region to find it."
        options={options}
        value={value}
        onChange={choose}
        defaultFilter={matchesTimeZone}
      />
    </SettingsGroup>
  );
}
