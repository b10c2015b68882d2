import type { ScheduledItem, TargetDetails, TimelineKind } from '../../../preload/contract';
import { inTransaction } from '../../store/transaction';
import { MAX_ATTEMPTS } from '../schedulingRules';
import { formatWallTime } from './ownerTime';
import type { PlanningContext } from './planningContext';
import { PostNotReadyError } from './schedulingErrors';
import { allowedActions, assertAllowed } from './targetActions';
import type { TargetRecord } from './targetRecords';

/** One target from the calendar, the queue or the tray: its details and the owner's actions. */
export function createTargetOperations(context: PlanningContext) {
  const { deps } = context;

  /** "Tue 24 Nov, 09:00", the zone left to the line's other time. */
  const wallTime = (instant: string) => formatWallTime(new Date(instant), deps.timezone(), deps.now());

  /** A planning line of the target's timeline (not part of an attempt). */
  const note = (targetId: string, at: Date, kind: TimelineKind, message: string) =>
    deps.timeline.append({ targetId, at, kind, outcome: 'info', message });

  /** Runs one change of one target with its timeline line, then tells the engine and the renderer. */
  function change(targetId: string, work: (record: TargetRecord) => void): ScheduledItem {
    inTransaction(deps.db, () => work(context.required(targetId)));
    context.announce([targetId]);
    return context.item(targetId);
  }

  return {
    target(targetId: string): TargetDetails {
      const record = context.required(targetId);
      const draftReady = record.status === 'draft' && context.draftBlockers(record).length === 0;
      return {
        ...(context.items([record])[0] as ScheduledItem),
        caption: record.caption,
        timeline: deps.timeline.list(targetId),
        actions: allowedActions(record.status, draftReady),
      };
    },

    /**
     * Moves a scheduled or missed target (a drag in the calendar). A target handed to Facebook
     * keeps its handoff: the engine moves it there when it sees the new time.
     */
    reschedule(targetId: string, dueAtIso: string): ScheduledItem {
      const dueAt = new Date(dueAtIso);
      return change(targetId, (record) => {
        assertAllowed('reschedule', record);
        context.assertNotPast(dueAt);
        const at = deps.now();
        context.writes.move({ targetId, dueAt, timezone: deps.timezone(), at });
        const from = record.dueAt === null ? '' : ` from ${wallTime(record.dueAt)}`;
        note(targetId, at, 'rescheduled', context.withLedgerWarning(`Moved${from} to ${context.ownerTime(dueAt)}`, record.accountId, dueAt));
      });
    },

    /** Due now: a scheduled or missed target, or a draft with an account and nothing to fix. */
    publishNow(targetId: string): ScheduledItem {
      return change(targetId, (record) => {
        assertAllowed('publishNow', record);
        const at = deps.now();
        const move = { targetId, dueAt: at, timezone: deps.timezone(), at };
        if (record.status === 'draft') {
          const blockers = context.draftBlockers(record);
          if (blockers.length > 0) throw new PostNotReadyError(blockers);
          context.writes.scheduleDraft(move);
          note(targetId, at, 'scheduled', context.withLedgerWarning('Publishing now', record.accountId, at));
          return;
        }
        context.writes.move(move);
        const instead = record.dueAt === null ? '' : ` instead of ${context.ownerTime(new Date(record.dueAt))}`;
        note(targetId, at, 'rescheduled', context.withLedgerWarning(`Publishing now${instead}`, record.accountId, at));
      });
    },

    /** A failed or waiting target goes again now with fresh attempts, after its last finished step. */
    retry(targetId: string): ScheduledItem {
      return change(targetId, (record) => {
        assertAllowed('retry', record);
        const at = deps.now();
        context.writes.retry({ targetId, dueAt: at, timezone: deps.timezone(), at });
        note(targetId, at, 'retry', `Trying again now, up to ${MAX_ATTEMPTS} attempts`);
      });
    },

    /**
     * Back to draft ("Skip" for a missed post). A target the engine handed (or is handing) to
     * Facebook is taken back first, and the engine writes that line; if Facebook cannot be told,
     * nothing changes here and the owner hears why, rather than the post going out anyway.
     */
    async cancel(targetId: string): Promise<ScheduledItem> {
      const before = context.required(targetId);
      assertAllowed('cancel', before);
      if (before.hasHandoff) await deps.withdrawHandoff(targetId);
      return change(targetId, (record) => {
        // Checked again: the engine may have moved it while Facebook answered.
        assertAllowed('cancel', record);
        const at = deps.now();
        context.writes.cancel(targetId, at);
        note(targetId, at, 'cancelled', `${record.status === 'missed' ? 'Skipped' : 'Cancelled'}: back in drafts`);
      });
    },
  };
}
