import { Popover as AriaPopover, type PopoverProps as AriaPopoverProps } from 'react-aria-components';
import './Popover.css';

export type PopoverProps = Omit<AriaPopoverProps, 'className'>;

/**
 * A floating surface anchored to its trigger (combo box lists, menus). react-aria positions it,
 * flips it to stay on screen, and closes it on Escape or an outside click.
 */
export function Popover(props: PopoverProps) {
  return <AriaPopover offset={6} {...props} className="popover" />;
}
