import { Radio, RadioGroup } from '../../ui/RadioGroup';
import { SaveStatus } from './SaveStatus';
import { SettingsGroup } from './SettingsGroup';
import { useSaveSetting } from './useSaveSetting';

/** The grace windows offered, in minutes; 0 turns late publishing off. */
const GRACE_CHOICES: { minutes: number; label: string }[] = [
  { minutes: 15, label: '15 min' },
  { minutes: 60, label: '1 hour' },
  { minutes: 120, label: '2 hours' },
  { minutes: 360, label: '6 hours' },
  { minutes: 1440, label: '24 hours' },
  { minutes: 0, label: 'Off' },
];

/** What happens to a post that was due while Outpost was closed or the computer asleep. */
export function graceExplanation(minutes: number): string {
  if (minutes === 0) {
    return 'A post that was due while Outpost was closed or this computer was asleep is never sent late: it is held as “missed” in the Calendar, where you can publish it now, give it a new time or skip it.';
  }
  const window = GRACE_CHOICES.find((choice) => choice.minutes === minutes)?.label ?? `${minutes} min`;
  return `A post that was due while Outpost was closed or this computer was asleep still goes out, marked late, if Outpost is back within ${window}. Later than that, it is held as “missed” in the Calendar, where you can publish it now, give it a new time or skip it.`;
}

export function CatchUpGraceSetting({ value }: { value: number }) {
  const { state, save } = useSaveSetting();
  const choose = (picked: string) => {
    const minutes = Number(picked);
    if (minutes !== value) void save({ catchUpGraceMinutes: minutes });
  };
  return (
    <SettingsGroup title="Late posts" status={<SaveStatus state={state} />}>
      <RadioGroup
        label="Send a late post if Outpost is back within"
        description={graceExplanation(value)}
        orientation="horizontal"
        value={String(value)}
        onChange={choose}
      >
        {GRACE_CHOICES.map((choice) => (
          <Radio key={choice.minutes} value={String(choice.minutes)}>
            {choice.label}
          </Radio>
        ))}
      </RadioGroup>
    </SettingsGroup>
  );
}
