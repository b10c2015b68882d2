import type { ReactNode } from 'react';
import {
  Menu as AriaMenu,
  MenuItem as AriaMenuItem,
  MenuTrigger,
  type MenuItemProps as AriaMenuItemProps,
  type MenuProps as AriaMenuProps,
  type MenuTriggerProps,
} from 'react-aria-components';
import { Popover } from './Popover';
import './Menu.css';

export interface MenuProps<T> extends Omit<AriaMenuProps<T>, 'className'> {
  /** The element that opens the menu: a Button. */
  trigger: ReactNode;
  placement?: 'top start' | 'bottom start' | 'top end' | 'bottom end';
  triggerProps?: Omit<MenuTriggerProps, 'children'>;
}

/** A list of actions behind a button: arrow keys move, Enter acts, typing jumps to an item. */
export function Menu<T extends object>({ trigger, placement = 'bottom start', triggerProps, ...props }: MenuProps<T>) {
  return (
    <MenuTrigger {...triggerProps}>
      {trigger}
      <Popover placement={placement}>
        <AriaMenu {...props} className="menu" />
      </Popover>
    </MenuTrigger>
  );
}

export type MenuItemProps = Omit<AriaMenuItemProps, 'className'>;

export function MenuItem(props: MenuItemProps) {
  return <AriaMenuItem {...props} className="menu__item" />;
}
