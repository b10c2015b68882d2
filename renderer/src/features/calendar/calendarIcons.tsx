/**
 * The calendar's own marks, drawn with the app's icon frame (ui/icons.tsx) and, like the other
 * icons, decorative: the text beside or inside a control names it.
 */
import { Icon } from '../../ui/icons';

/** The calendar's marks sit beside small text: 16px unless told. */
const MARK_SIZE = 16;

export function ClockIcon({ size }: { size?: number }) {
  return (
    <Icon size={size ?? MARK_SIZE}>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M12 7.5V12l3 2" />
    </Icon>
  );
}

/** Publishing: on its way up. */
export function UploadIcon({ size }: { size?: number }) {
  return (
    <Icon size={size ?? MARK_SIZE}>
      <path d="M12 16V4.5M7.5 9 12 4.5 16.5 9" />
      <path d="M4.5 15v3a2.5 2.5 0 0 0 2.5 2.5h10a2.5 2.5 0 0 0 2.5-2.5v-3" />
    </Icon>
  );
}

/** Goes out from the platform's own schedule, whether this computer is on or not. */
export function CloudIcon({ size }: { size?: number }) {
  return (
    <Icon size={size ?? MARK_SIZE}>
      <path d="M7 18.5h10a4 4 0 0 0 .6-7.95A5.5 5.5 0 0 0 7 9.5a4.5 4.5 0 0 0 0 9Z" />
    </Icon>
  );
}

export function PauseIcon({ size }: { size?: number }) {
  return (
    <Icon size={size ?? MARK_SIZE}>
      <path d="M9 6v12M15 6v12" />
    </Icon>
  );
}

export function ChevronLeftIcon({ size }: { size?: number }) {
  return (
    <Icon size={size ?? MARK_SIZE}>
      <path d="m15 6-6 6 6 6" />
    </Icon>
  );
}

export function ChevronRightIcon({ size }: { size?: number }) {
  return (
    <Icon size={size ?? MARK_SIZE}>
      <path d="m9 6 6 6-6 6" />
    </Icon>
  );
}

/** A comment under the post (its first comment). */
export function CommentIcon({ size }: { size?: number }) {
  return (
    <Icon size={size ?? MARK_SIZE}>
      <path d="M5.5 17.5 4 21l4.2-1.8A8.5 8.5 0 1 0 5.5 17.5Z" />
    </Icon>
  );
}
