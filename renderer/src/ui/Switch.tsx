import {
  SwitchButton,
  SwitchField,
  Text,
  type SwitchFieldProps,
} from 'react-aria-components';
import './fields.css';
import './Switch.css';

export interface SwitchProps extends Omit<SwitchFieldProps, 'className' | 'children'> {
  /** The visible label, which is also the switch's accessible name. */
  label: string;
  /** One line under the label saying what the setting does; it becomes the switch's description. */
  description?: string;
}

/** An on/off setting that takes effect at once (a checkbox is for choices confirmed later). */
export function Switch({ label, description, ...props }: SwitchProps) {
  return (
    <SwitchField {...props} className="switch-field">
      <SwitchButton className="switch">
        <span className="switch__track" aria-hidden="true">
          <span className="switch__thumb" />
        </span>
        <span className="switch__label">{label}</span>
      </SwitchButton>
      {description ? (
        <Text slot="description" className="field-description switch-field__description">
          {description}
        </Text>
      ) : null}
    </SwitchField>
  );
}
