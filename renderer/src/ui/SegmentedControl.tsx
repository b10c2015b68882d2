import { useId } from 'react';
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import './fields.css';
import './SegmentedControl.css';

export interface SegmentedOption<K extends string> {
  id: K;
  label: string;
}

export interface SegmentedControlProps<K extends string> {
  /** The visible label, which is also the group's accessible name. */
  label: string;
  options: readonly SegmentedOption<K>[];
  value: K;
  onChange: (value: K) => void;
}

/**
 * One of a few short choices side by side, always one chosen (a filter: All / Photos / Videos).
 * Arrow keys move between the options; Space or Enter chooses.
 */
export function SegmentedControl<K extends string>({ label, options, value, onChange }: SegmentedControlProps<K>) {
  const labelId = useId();
  return (
    <div className="segmented">
      <span id={labelId} className="field-label">
        {label}
      </span>
      <ToggleButtonGroup
        aria-labelledby={labelId}
        selectionMode="single"
        disallowEmptySelection
        selectedKeys={[value]}
        onSelectionChange={(keys) => {
          const [chosen] = [...keys];
          if (chosen !== undefined) onChange(chosen as K);
        }}
        className="segmented__group"
      >
        {options.map((option) => (
          <ToggleButton key={option.id} id={option.id} className="segmented__option">
            {option.label}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </div>
  );
}
