import { useId, useState } from 'react';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { isLocalDate, periodOf, type PeriodChoice } from './insightsPeriod';
import { PERIOD_OPTIONS, type PeriodOption } from './insightsWords';
import '../../ui/fields.css';
import '../../ui/TextField.css';

export interface PeriodPickerProps {
  choice: PeriodChoice;
  /** Today in the owner's zone: the last day a period can reach. */
  today: string;
  onChange: (choice: PeriodChoice) => void;
}

/**
 * The last 7, 28 or 90 days, or two days of the owner's own. A custom period starts as the one
 * shown, and changes once both of its days are whole dates.
 */
export function PeriodPicker({ choice, today, onChange }: PeriodPickerProps) {
  const id = useId();
  const shown = periodOf(choice, today);
  const [from, setFrom] = useState(shown.from);
  const [to, setTo] = useState(shown.to);

  const pick = (option: PeriodOption) => {
    if (option === 'custom') {
      setFrom(shown.from);
      setTo(shown.to);
      onChange({ kind: 'custom', from: shown.from, to: shown.to });
    } else {
      onChange({ kind: 'last', days: Number(option) as 7 | 28 | 90 });
    }
  };

  const change = (nextFrom: string, nextTo: string) => {
    setFrom(nextFrom);
    setTo(nextTo);
    if (isLocalDate(nextFrom) && isLocalDate(nextTo)) onChange({ kind: 'custom', from: nextFrom, to: nextTo });
  };

  return (
    <div className="insights-period">
      <SegmentedControl label="Period" options={PERIOD_OPTIONS} value={choice.kind === 'custom' ? 'custom' : `${choice.days}`} onChange={pick} />
      {choice.kind === 'custom' ? (
        <div className="insights-period__days" role="group" aria-label="Custom period">
          {(
            [
              ['From', from, (value: string) => change(value, to)],
              ['To', to, (value: string) => change(from, value)],
            ] as const
          ).map(([label, value, onValue]) => (
            <div key={label} className="text-field">
              <label htmlFor={`${id}-${label}`} className="field-label">
                {label}
              </label>
              <div className="text-field__box">
                <input
                  id={`${id}-${label}`}
                  type="date"
                  className="text-field__input"
                  value={value}
                  max={today}
                  onChange={(event) => onValue(event.target.value)}
                />
              </div>
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
