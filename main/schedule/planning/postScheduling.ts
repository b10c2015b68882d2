import type { PlannedTarget, PostTarget, ScheduledItem, ScheduleWhen, SchedulePlan, ValidationIssue } from '../../../preload/contract';
import { inTransaction } from '../../store/transaction';
import { plannedDueTimes, type PlannedDue } from './plannedDueTimes';
import type { PlanningContext } from './planningContext';
import { QUEUE_SEARCH_WEEKS } from './planningRules';
import { NothingToScheduleError, PostNotReadyError, ScheduleInvalidError } from './schedulingErrors';

const draftTargets = (targets: readonly PostTarget[]) => targets.filter((target) => target.status === 'draft');

/** Scheduling a whole post from the composer's last step: what it would do, then doing it. */
export function createPostScheduling(context: PlanningContext) {
  const { deps } = context;
  const accountName = (accountId: string | null) => (accountId === null ? null : (deps.accounts.get(accountId)?.displayName ?? null));

  function dueTimes(targets: readonly PostTarget[], when: ScheduleWhen): Map<string, PlannedDue> {
    return plannedDueTimes(targets, when, { slots: context.slots, timeZone: deps.timezone(), now: deps.now() });
  }

  function warningsFor(target: PostTarget, when: ScheduleWhen, planned: PlannedDue): string[] {
    const name = accountName(target.accountId) ?? 'this account';
    if (planned.dueAt === null) {
      switch (planned.reason) {
        case 'no_slots':
          return [`No posting times set for ${name}: set them in Posting times.`];
        case 'queue_full':
          return [`Every posting time of ${name} in the next ${QUEUE_SEARCH_WEEKS} weeks is taken: add more in Posting times.`];
        case 'no_account':
          // The validation's issue beside the account already says to choose one.
          return [];
      }
    }
    const warnings: string[] = [];
    if (when.kind === 'at' && context.isPast(planned.dueAt)) {
      warnings.push(`${context.ownerTime(planned.dueAt)} has already passed: choose a later time.`);
    }
    const ledger = target.accountId === null ? null : deps.ledgerWarning(target.accountId, planned.dueAt);
    if (ledger !== null) warnings.push(ledger);
    return warnings;
  }

  /** The timeline line of a target just scheduled. */
  function scheduledLine(when: ScheduleWhen, dueAt: Date): string {
    switch (when.kind) {
      case 'at':
        return `Scheduled for ${context.ownerTime(dueAt)}`;
      case 'now':
        return 'Publishing now';
      case 'queue':
        return `Added to the queue: ${context.ownerTime(dueAt)}`;
    }
  }

  return {
    /** What scheduling the post would do, per draft target; changes nothing. */
    plan(postId: string, when: ScheduleWhen): SchedulePlan {
      const { post, validation } = deps.posts.get(postId);
      const targets = draftTargets(post.targets);
      const dues = dueTimes(targets, when);
      return {
        validation,
        targets: targets.map((target): PlannedTarget => {
          const planned = dues.get(target.id) as PlannedDue;
          return {
            targetId: target.id,
            platform: target.platform,
            accountName: accountName(target.accountId),
            status: target.status,
            dueAt: planned.dueAt?.toISOString() ?? null,
            runsWhere: planned.dueAt !== null && deps.handoffAccepts(target.id, planned.dueAt) ? 'platform' : 'app',
            warnings: warningsFor(target, when, planned),
          };
        }),
      };
    },

    /**
     * Schedules every draft target of the post in one transaction: all of them or none. Targets
     * already scheduled or out keep their times.
     */
    schedulePost(postId: string, when: ScheduleWhen): ScheduledItem[] {
      // Read and written in one transaction, so what was checked is what gets scheduled.
      const ids = inTransaction(deps.db, () => {
        const { post, validation } = deps.posts.get(postId);
        if (!validation.readyToSchedule) throw new PostNotReadyError(validation.issues);
        if (when.kind === 'at') context.assertNotPast(new Date(when.dueAt));
        const targets = draftTargets(post.targets);
        if (targets.length === 0) throw new NothingToScheduleError();
        const at = deps.now();
        const timezone = deps.timezone();
        const dues = dueTimes(targets, when);
        return targets.map((target) => {
          const planned = dues.get(target.id) as PlannedDue;
          if (planned.dueAt === null) throw refusal(planned, accountName(target.accountId) ?? 'this account', validation.issues);
          context.writes.scheduleDraft({ targetId: target.id, dueAt: planned.dueAt, timezone, at });
          deps.timeline.append({
            targetId: target.id,
            at,
            kind: 'scheduled',
            outcome: 'info',
            message: context.withLedgerWarning(scheduledLine(when, planned.dueAt), target.accountId, planned.dueAt),
          });
          return target.id;
        });
      });
      context.announce(ids);
      return context.items(context.records.byIds(ids));
    },
  };
}

/** Why the queue could not place a target, as the error the owner reads. */
function refusal(planned: PlannedDue & { dueAt: null }, accountName: string, issues: readonly ValidationIssue[]) {
  switch (planned.reason) {
    case 'no_slots':
      return ScheduleInvalidError.noQueueSlots(accountName);
    case 'queue_full':
      return ScheduleInvalidError.queueFull(accountName, QUEUE_SEARCH_WEEKS);
    case 'no_account':
      return new PostNotReadyError(issues);
  }
}
