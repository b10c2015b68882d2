import type { ReactElement } from 'react';
import { Tooltip as AriaTooltip, TooltipTrigger } from 'react-aria-components';
import './Tooltip.css';

export interface TooltipProps {
  /** A focusable element (usually a Button) that the tooltip describes. */
  children: ReactElement;
  content: string;
  placement?: 'top' | 'bottom' | 'start' | 'end';
}

/**
 * A short hint shown on hover (after a short delay) and on keyboard focus (at once). It adds to
 * a control's name; it never replaces it, because touch users and some readers never see it.
 */
export function Tooltip({ children, content, placement = 'top' }: TooltipProps) {
  return (
    <TooltipTrigger delay={600} closeDelay={100}>
      {children}
      <AriaTooltip placement={placement} offset={8} className="tooltip">
        {content}
      </AriaTooltip>
    </TooltipTrigger>
  );
}
