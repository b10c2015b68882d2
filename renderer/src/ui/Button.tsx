import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';
import './Button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet';

export interface ButtonProps extends Omit<AriaButtonProps, 'className'> {
  /** primary: the one main action of a view; secondary: everything else; quiet: toolbar and icon buttons. */
  variant?: ButtonVariant;
  /** A square button that shows only an icon; give it an aria-label. */
  iconOnly?: boolean;
  className?: string;
}

/** The app's button: react-aria's Button (press, keyboard and focus handling) with our look. */
export function Button({ variant = 'secondary', iconOnly = false, className, ...props }: ButtonProps) {
  const classes = ['button', `button--${variant}`, iconOnly ? 'button--icon' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return <AriaButton {...props} className={classes} />;
}
