/**
 * The calendar's own marks, drawn like the app's icons (ui/icons.tsx: 24px grid, 1.75 stroke,
 * round joins) and, like them, decorative: the text beside or inside a control names it.
 */
import type { ReactNode } from 'react';

function Icon({ size = 16, children }: { size?: number; children: ReactNode }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** Scheduled: waiting for its time. */
export function ClockIcon({ size }: { size?: number }) {
  return (
    <Icon size={size}>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M12 7.5V12l3 2" />
    </Icon>
  );
}

/** Publishing: on its way up. */
export function UploadIcon({ size }: { size?: number }) {
  return (
    <Icon size={size}>
      <path d="M12 16V4.5M7.5 9 12 4.5 16.5 9" />
      <path d="M4.5 15v3a2.5 2.5 0 0 0 2.5 2.5h10a2.5 2.5 0 0 0 2.5-2.5v-3" />
    </Icon>
  );
}

/** Goes out from the platform's own schedule, whether this computer is on or not. */
export function CloudIcon({ size }: { size?: number }) {
  return (
    <Icon size={size}>
      <path d="M7 18.5h10a4 4 0 0 0 .6-7.95A5.5 5.5 0 0 0 7 9.5a4.5 4.5 0 0 0 0 9Z" />
    </Icon>
  );
}

export function PauseIcon({ size }: { size?: number }) {
  return (
    <Icon size={size}>
      <path d="M9 6v12M15 6v12" />
    </Icon>
  );
}

export function ChevronLeftIcon({ size }: { size?: number }) {
  return (
    <Icon size={size}>
      <path d="m15 6-6 6 6 6" />
    </Icon>
  );
}

export function ChevronRightIcon({ size }: { size?: number }) {
  return (
    <Icon size={size}>
      <path d="m9 6 6 6-6 6" />
    </Icon>
  );
}
