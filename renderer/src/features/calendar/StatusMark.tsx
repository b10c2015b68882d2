import type { ComponentType } from 'react';
import type { TargetStatus } from '../../../../preload/contract';
import { CheckIcon, DraftsIcon, WarningIcon } from '../../ui/icons';
import { ClockIcon, UploadIcon } from './calendarIcons';
import { STATUS_NAMES } from './scheduleWords';

const STATUS_ICONS: Record<TargetStatus, ComponentType<{ size?: number }>> = {
  draft: DraftsIcon,
  scheduled: ClockIcon,
  publishing: UploadIcon,
  published: CheckIcon,
  failed: WarningIcon,
  needs_attention: WarningIcon,
  missed: WarningIcon,
};

/** A status as an icon in its colour and its name, so the state never rests on colour alone. */
export function StatusMark({ status }: { status: TargetStatus }) {
  const Icon = STATUS_ICONS[status];
  return (
    <span className={`status-mark status-mark--${status}`}>
      <Icon size={14} />
      {STATUS_NAMES[status]}
    </span>
  );
}

/** Just the icon, for tight spots where the name is said elsewhere (the event's label). */
export function StatusIcon({ status }: { status: TargetStatus }) {
  const Icon = STATUS_ICONS[status];
  return (
    <span className={`status-mark status-mark--${status}`} aria-hidden="true">
      <Icon size={14} />
    </span>
  );
}
