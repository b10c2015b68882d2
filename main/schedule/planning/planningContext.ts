import type { DatabaseSync } from 'node:sqlite';
import type { AccountSummary, MediaItem, PostEditorState, ScheduledItem, ValidationIssue } from '../../../preload/contract';
import type { WakeReason } from '../publishingControl';
import type { TargetTimeline } from '../targetTimeline';
import { formatOwnerTime } from './ownerTime';
import { PAST_TOLERANCE_MS } from './planningRules';
import { createQueueSlotsStore, type QueueSlotsStore } from './queueSlotsStore';
import { toScheduledItems, type LiveProgress } from './scheduledItems';
import { ScheduleInvalidError, TargetNotFoundError } from './schedulingErrors';
import { createTargetRecords, type TargetRecord, type TargetRecords } from './targetRecords';
import { createTargetWrites, type TargetWrites } from './targetWrites';

/** What the planning service is given; the engine's parts come in as functions, so tests fake them. */
export interface SchedulingServiceDeps {
  db: DatabaseSync;
  now(): Date;
  /** The owner's IANA time zone as it is now (preferences). */
  timezone(): string;
  /** Posts with what the platforms would say about them (the posts service). */
  posts: { get(postId: string): PostEditorState };
  /** Connected accounts (the accounts repository); `get` is undefined for a disconnected one. */
  accounts: { list(): readonly AccountSummary[]; get(accountId: string): { displayName: string } | undefined };
  media: { itemsByIds(ids: readonly string[]): ReadonlyMap<string, MediaItem> };
  timeline: TargetTimeline;
  /** The engine re-reads the database (a target's time or state changed). */
  wake(reason: WakeReason): void;
  /** Targets changed: the coordinator emits `schedule.changed` with them. */
  onTargetsChanged(targetIds: readonly string[]): void;
  /** Takes a target off Facebook's schedule (deletes the scheduled post there). */
  withdrawHandoff(targetId: string): Promise<void>;
  /** Whether the engine would hand this target to Facebook's own schedule at `dueAt`. */
  handoffAccepts(targetId: string, dueAt: Date): boolean;
  /** The account's posting limit of the last 24 hours, in words, when `dueAt` would break it. */
  ledgerWarning(accountId: string, dueAt: Date): string | null;
  liveProgress(targetId: string): LiveProgress | null;
  isPaused(): boolean;
  setPaused(paused: boolean): void;
}

/** What every operation of the service shares. */
export interface PlanningContext {
  deps: SchedulingServiceDeps;
  records: TargetRecords;
  slots: QueueSlotsStore;
  writes: TargetWrites;
  items(records: readonly TargetRecord[]): ScheduledItem[];
  /** The target as stored; NOT_FOUND when it is not in the schedule. */
  required(targetId: string): TargetRecord;
  /** The target as the calendar shows it, read again after a change. */
  item(targetId: string): ScheduledItem;
  /** Tells the engine and the renderer that these targets changed. */
  announce(targetIds: readonly string[]): void;
  /** "Tue 24 Nov, 09:00 (Europe/Paris)" in the owner's zone. */
  ownerTime(instant: Date): string;
  /** More than PAST_TOLERANCE_MS before now: too late to ask for. */
  isPast(dueAt: Date): boolean;
  /** SCHEDULE_INVALID for a time that isPast. */
  assertNotPast(dueAt: Date): void;
  /** A timeline line with the account's posting-limit warning after it, when there is one. */
  withLedgerWarning(line: string, accountId: string | null, dueAt: Date): string;
  /** What stops a draft target from going out now: the errors about it or about its post. */
  draftBlockers(record: TargetRecord): ValidationIssue[];
}

export function createPlanningContext(deps: SchedulingServiceDeps): PlanningContext {
  const records = createTargetRecords(deps.db);
  const items = (list: readonly TargetRecord[]) => toScheduledItems(list, deps);
  const required = (targetId: string) => {
    const record = records.one(targetId);
    if (!record) throw new TargetNotFoundError(targetId);
    return record;
  };
  const ownerTime = (instant: Date) => formatOwnerTime(instant, deps.timezone(), deps.now());
  const isPast = (dueAt: Date) => dueAt.getTime() < deps.now().getTime() - PAST_TOLERANCE_MS;

  return {
    deps,
    records,
    slots: createQueueSlotsStore(deps.db),
    writes: createTargetWrites(deps.db),
    items,
    required,
    item: (targetId) => items([required(targetId)])[0] as ScheduledItem,
    announce(targetIds) {
      deps.wake('changed');
      deps.onTargetsChanged(targetIds);
    },
    ownerTime,
    isPast,
    assertNotPast(dueAt) {
      if (isPast(dueAt)) throw ScheduleInvalidError.inThePast(ownerTime(dueAt));
    },
    withLedgerWarning(line, accountId, dueAt) {
      const warning = accountId === null ? null : deps.ledgerWarning(accountId, dueAt);
      return warning === null ? line : `${line}. ${warning}`;
    },
    draftBlockers(record) {
      const { validation } = deps.posts.get(record.postId);
      return validation.issues.filter(
        (issue) => issue.severity === 'error' && (issue.targetId === null || issue.targetId === record.targetId),
      );
    },
  };
}
