import type { ReactNode } from 'react';
import {
  Label,
  RadioButton,
  RadioField,
  RadioGroup as AriaRadioGroup,
  Text,
  type RadioFieldProps,
  type RadioGroupProps as AriaRadioGroupProps,
} from 'react-aria-components';
import './fields.css';
import './RadioGroup.css';

export interface RadioGroupProps extends Omit<AriaRadioGroupProps, 'className' | 'children'> {
  /** The visible label, which is also the group's accessible name. */
  label: string;
  description?: string;
  children: ReactNode;
}

/**
 * One choice among a few, shown as side-by-side cards. Arrow keys move between the options and
 * select them at once, as native radio buttons do.
 */
export function RadioGroup({ label, description, children, ...props }: RadioGroupProps) {
  return (
    <AriaRadioGroup {...props} className="radio-group">
      <Label className="field-label">{label}</Label>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <div className="radio-group__options">{children}</div>
    </AriaRadioGroup>
  );
}

export interface RadioProps extends Omit<RadioFieldProps, 'className' | 'children'> {
  /** The visible label, which is also the option's accessible name. */
  children: string;
  icon?: ReactNode;
}

export function Radio({ children, icon, ...props }: RadioProps) {
  return (
    <RadioField {...props}>
      <RadioButton className="radio-card">
        {icon}
        <span>{children}</span>
      </RadioButton>
    </RadioField>
  );
}
