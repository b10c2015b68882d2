import type { ReactNode } from 'react';
import type { ThemePreference } from '../../../../preload/contract';
import { MonitorIcon, MoonIcon, SunIcon } from '../../ui/icons';
import { Radio, RadioGroup } from '../../ui/RadioGroup';
import { SaveStatus } from './SaveStatus';
import { SettingsGroup } from './SettingsGroup';
import { useSaveSetting } from './useSaveSetting';

const THEME_CHOICES: { value: ThemePreference; label: string; icon: ReactNode }[] = [
  { value: 'system', label: 'System', icon: <MonitorIcon size={18} /> },
  { value: 'light', label: 'Light', icon: <SunIcon size={18} /> },
  { value: 'dark', label: 'Dark', icon: <MoonIcon size={18} /> },
];

/** Light, dark, or whatever the computer uses. The page changes at once; the choice is saved with it. */
export function ThemeSetting({ value }: { value: ThemePreference }) {
  const { state, save } = useSaveSetting();
  const choose = (picked: string) => {
    const choice = THEME_CHOICES.find((candidate) => candidate.value === picked);
    if (choice && choice.value !== value) void save({ theme: choice.value });
  };
  return (
    <SettingsGroup title="Appearance" status={<SaveStatus state={state} />}>
      <RadioGroup
        label="Theme"
        description="System follows your computer's light or dark setting."
        orientation="horizontal"
        value={value}
        onChange={choose}
      >
        {THEME_CHOICES.map((choice) => (
          <Radio key={choice.value} value={choice.value} icon={choice.icon}>
            {choice.label}
          </Radio>
        ))}
      </RadioGroup>
    </SettingsGroup>
  );
}
