import type { Ref } from 'react';
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';
import './Button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger';

export interface ButtonProps extends Omit<AriaButtonProps, 'className'> {
  /**
   * primary: the one main action of a view; secondary: everything else; quiet: toolbar and icon
   * buttons; danger: the confirming button of a dialog that deletes something.
   */
  variant?: ButtonVariant;
  /** A square button that shows only an icon; give it an aria-label. */
  iconOnly?: boolean;
  className?: string;
  /** The button element, to move focus to it (React 19 passes a function component's ref as a prop). */
  ref?: Ref<HTMLButtonElement>;
}

/**
 * The app's button: react-aria's Button (press, keyboard and focus handling) with our look. For
 * the button whose action is running, use `isPending` rather than `isDisabled`: it ignores presses
 * but keeps focus, which a disabled button would drop (out of a dialog, where Escape then fails).
 */
export function Button({ variant = 'secondary', iconOnly = false, className, ...props }: ButtonProps) {
  const classes = ['button', `button--${variant}`, iconOnly ? 'button--icon' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return <AriaButton {...props} className={classes} />;
}
