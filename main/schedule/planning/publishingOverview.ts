import type { PublishingOverview, TargetStatus } from '../../../preload/contract';
import type { PlanningContext } from './planningContext';
import { DUE_SOON_WINDOW_MS } from './planningRules';

/** The states in which a target waits for the owner. */
export const NEEDS_OWNER: readonly TargetStatus[] = ['failed', 'needs_attention', 'missed'];

/**
 * The sidebar's and the tray's picture of publishing. Counted in SQL, and only the few targets it
 * names are read, because it is rebuilt on every change.
 */
export function readOverview(context: PlanningContext): PublishingOverview {
  const { deps, records } = context;
  const counts = records.countByStatus();
  const count = (status: TargetStatus) => counts.get(status) ?? 0;
  const next = records.nextScheduled();
  const until = new Date(deps.now().getTime() + DUE_SOON_WINDOW_MS).toISOString();
  return {
    paused: deps.isPaused(),
    upcoming: count('scheduled'),
    needsAttention: NEEDS_OWNER.reduce((sum, status) => sum + count(status), 0),
    publishing: context.items(records.withStatus(['publishing'])),
    next: next === undefined ? null : (context.items([next])[0] ?? null),
    // Those Facebook holds go out with the computer off; the quit dialog names only the others.
    dueSoonInApp: context.items(records.scheduledDueBefore(until)).filter((item) => item.runsWhere === 'app'),
  };
}
