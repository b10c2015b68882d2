import type {
  AccountQueueSlots,
  CalendarQuery,
  PublishingOverview,
  QueueSlot,
  ScheduledItem,
  ScheduleWhen,
  SchedulePlan,
  TargetDetails,
} from '../../../preload/contract';
import { createPlanningContext, type SchedulingServiceDeps } from './planningContext';
import { createPostScheduling } from './postScheduling';
import { NEEDS_OWNER, readOverview } from './publishingOverview';
import { AccountNotFoundError } from './schedulingErrors';
import { createTargetOperations } from './targetOperations';

export type { SchedulingServiceDeps };

/** The `schedule.*` channels, one method each. */
export interface SchedulingService {
  /** Targets due in [from, to), filtered, earliest first. */
  list(query: CalendarQuery): ScheduledItem[];
  /** Failed, needing attention or missed, whenever they were due. */
  listProblems(): ScheduledItem[];
  target(targetId: string): TargetDetails;
  plan(postId: string, when: ScheduleWhen): SchedulePlan;
  schedulePost(postId: string, when: ScheduleWhen): ScheduledItem[];
  reschedule(targetId: string, dueAt: string): ScheduledItem;
  publishNow(targetId: string): ScheduledItem;
  retry(targetId: string): ScheduledItem;
  cancel(targetId: string): Promise<ScheduledItem>;
  overview(): PublishingOverview;
  setPaused(paused: boolean): PublishingOverview;
  /** Every connected account's posting times. */
  slots(): AccountQueueSlots[];
  setSlots(accountId: string, slots: readonly QueueSlot[]): AccountQueueSlots[];
  /** For the `schedule.changed` event; unknown ids are left out. */
  itemsByIds(targetIds: readonly string[]): ScheduledItem[];
}

/**
 * What the calendar, the composer's scheduling step, the posting times and the tray ask of main.
 * It plans and moves targets between the owner's states; publishing them is the engine's, which
 * it wakes after every change.
 */
export function createSchedulingService(deps: SchedulingServiceDeps): SchedulingService {
  const context = createPlanningContext(deps);
  const { records, slots } = context;
  const posts = createPostScheduling(context);
  const operations = createTargetOperations(context);

  const allSlots = (): AccountQueueSlots[] => {
    const stored = slots.all();
    return deps.accounts.list().map((account) => ({ accountId: account.id, slots: stored.get(account.id) ?? [] }));
  };

  return {
    list: ({ from, to, accountIds, platforms, statuses }) => context.items(records.dueBetween(from, to, { accountIds, platforms, statuses })),
    listProblems: () => context.items(records.withStatus(NEEDS_OWNER)),
    target: operations.target,
    plan: posts.plan,
    schedulePost: posts.schedulePost,
    reschedule: operations.reschedule,
    publishNow: operations.publishNow,
    retry: operations.retry,
    cancel: operations.cancel,
    overview: () => readOverview(context),
    setPaused(paused) {
      deps.setPaused(paused);
      return readOverview(context);
    },
    slots: allSlots,
    setSlots(accountId, accountSlots) {
      if (!deps.accounts.get(accountId)) throw new AccountNotFoundError(accountId);
      slots.replace(accountId, accountSlots);
      return allSlots();
    },
    itemsByIds: (targetIds) => context.items(records.byIds(targetIds)),
  };
}
