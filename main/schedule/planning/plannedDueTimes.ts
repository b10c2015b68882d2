import type { PostTarget, ScheduleWhen } from '../../../preload/contract';
import { minuteKey, nextFreeSlot } from './queueSlots';
import type { QueueSlotsStore } from './queueSlotsStore';

/** When a target would go out, or why it cannot be planned with the queue. */
export type PlannedDue = { dueAt: Date } | { dueAt: null; reason: 'no_account' | 'no_slots' | 'queue_full' };

export interface DuePlanning {
  slots: QueueSlotsStore;
  timeZone: string;
  now: Date;
}

/**
 * The due time each target would get: the instant asked for, now, or its account's next free
 * queue slot. Targets on the same account take one slot each, in the post's order.
 */
export function plannedDueTimes(targets: readonly PostTarget[], when: ScheduleWhen, planning: DuePlanning): Map<string, PlannedDue> {
  const taken = new Map<string, Set<number>>();

  function fromQueue(accountId: string | null): PlannedDue {
    if (accountId === null) return { dueAt: null, reason: 'no_account' };
    const slots = planning.slots.of(accountId);
    if (slots.length === 0) return { dueAt: null, reason: 'no_slots' };
    const used = taken.get(accountId) ?? planning.slots.takenMinutes(accountId, planning.now);
    taken.set(accountId, used);
    const dueAt = nextFreeSlot({ slots, timeZone: planning.timeZone, now: planning.now, taken: used });
    if (dueAt === null) return { dueAt: null, reason: 'queue_full' };
    used.add(minuteKey(dueAt));
    return { dueAt };
  }

  return new Map(
    targets.map((target): [string, PlannedDue] => {
      switch (when.kind) {
        case 'at':
          return [target.id, { dueAt: new Date(when.dueAt) }];
        case 'now':
          return [target.id, { dueAt: planning.now }];
        case 'queue':
          return [target.id, fromQueue(target.accountId)];
      }
    }),
  );
}
