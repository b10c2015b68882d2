import type { ReactNode } from 'react';
import {
  CheckboxButton,
  CheckboxField,
  CheckboxGroup as AriaCheckboxGroup,
  Text,
  type CheckboxFieldProps,
  type CheckboxGroupProps as AriaCheckboxGroupProps,
} from 'react-aria-components';
import { CheckIcon } from './icons';
import './Checkbox.css';

export interface CheckboxGroupProps extends Omit<AriaCheckboxGroupProps, 'className' | 'children'> {
  children: ReactNode;
}

/**
 * Several independent choices that are confirmed together (a Switch is for a setting that takes
 * effect at once). Give it an aria-label or aria-labelledby; its value is the ticked values.
 */
export function CheckboxGroup({ children, ...props }: CheckboxGroupProps) {
  return (
    <AriaCheckboxGroup {...props} className="checkbox-group">
      {children}
    </AriaCheckboxGroup>
  );
}

export interface CheckboxProps extends Omit<CheckboxFieldProps, 'className' | 'children'> {
  /** What the checkbox shows beside its box; its text is the name unless aria-label says otherwise. */
  children: ReactNode;
  /** A line under the label; it becomes the checkbox's accessible description. */
  description?: ReactNode;
}

/** One tickable row: the whole row is the target, the box shows a tick when selected. */
export function Checkbox({ children, description, ...props }: CheckboxProps) {
  return (
    <CheckboxField {...props} className="checkbox-field">
      <CheckboxButton className="checkbox">
        <span className="checkbox__box" aria-hidden="true">
          <CheckIcon size={14} strokeWidth={2.5} />
        </span>
        <span className="checkbox__label">{children}</span>
      </CheckboxButton>
      {description ? (
        <Text slot="description" className="field-description checkbox-field__description">
          {description}
        </Text>
      ) : null}
    </CheckboxField>
  );
}
