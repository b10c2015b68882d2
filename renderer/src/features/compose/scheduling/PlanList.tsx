import type { PlannedTarget, ScheduleWhen } from '../../../../../preload/contract';
import { dateAndTime } from '../../../lib/dates';
import { WarningIcon } from '../../../ui/icons';
import { PLATFORMS, PlatformIcon } from '../../accounts/platforms';
import { RUNS_WHERE } from '../../calendar/scheduleWords';

function whenWords(target: PlannedTarget, when: ScheduleWhen, timeZone: string): string {
  if (when.kind === 'now') return 'As soon as you confirm';
  if (target.dueAt === null) return 'No time yet';
  return dateAndTime(new Date(target.dueAt), timeZone);
}

/**
 * Per destination, what scheduling would do: when it goes out, whether this computer has to be
 * on for it, and anything to know first (a posting limit, an account without posting times).
 */
export function PlanList({ targets, when, timeZone }: { targets: readonly PlannedTarget[]; when: ScheduleWhen; timeZone: string }) {
  return (
    <ul className="row-list plan-list" aria-label="When each destination goes out">
      {targets.map((target) => (
        <li key={target.targetId} className="plan-list__row">
          <PlatformIcon platform={target.platform} size="sm" />
          <div className="plan-list__text">
            <p className="plan-list__name">
              {PLATFORMS[target.platform].name} · {target.accountName ?? 'account not chosen'}
            </p>
            <p>{whenWords(target, when, timeZone)}</p>
            {target.dueAt !== null || when.kind === 'now' ? <p className="plan-list__where">{RUNS_WHERE[target.runsWhere].long}</p> : null}
            {target.warnings.map((warning) => (
              <p key={warning} className="plan-list__warning">
                <WarningIcon size={14} />
                {warning}
              </p>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}
