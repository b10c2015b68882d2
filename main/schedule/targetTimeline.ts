import type { DatabaseSync } from 'node:sqlite';
import type { TimelineEntry, TimelineKind } from '../../preload/contract';

/** A line to add to a target's status timeline (`target_events`). */
export interface NewTimelineEntry {
  targetId: string;
  at: Date;
  kind: TimelineKind;
  outcome: TimelineEntry['outcome'];
  attempt?: number | null;
  step?: string | null;
  message: string;
  /** The platform's raw code and trace id, for support. */
  detail?: string | null;
}

export interface TargetTimeline {
  /** Appends one line; callers that change the target in the same breath wrap both in one transaction. */
  append(entry: NewTimelineEntry): void;
  /** Every line of one target, oldest first. */
  list(targetId: string): TimelineEntry[];
}

/**
 * The status timeline of DESIGN.md's attempt history: every scheduling decision, attempt and step
 * with its time and outcome. It is what the owner reads to learn why a post went out late or not
 * at all, so messages are plain words and raw platform codes go to `detail` only.
 */
export function createTargetTimeline(db: DatabaseSync): TargetTimeline {
  const insert = db.prepare(
    `INSERT INTO target_events (target_id, at, kind, outcome, attempt, step, message, detail)
     VALUES (:targetId, :at, :kind, :outcome, :attempt, :step, :message, :detail)`,
  );
  const select = db.prepare(
    `SELECT id, at, kind, outcome, attempt, step, message, detail
       FROM target_events WHERE target_id = ? ORDER BY id`,
  );
  return {
    append(entry) {
      insert.run({
        targetId: entry.targetId,
        at: entry.at.toISOString(),
        kind: entry.kind,
        outcome: entry.outcome,
        attempt: entry.attempt ?? null,
        step: entry.step ?? null,
        message: entry.message,
        detail: entry.detail ?? null,
      });
    },
    list(targetId) {
      // The table's CHECKs and the writer above guarantee the shapes TimelineEntry declares.
      return select.all(targetId) as unknown as TimelineEntry[];
    },
  };
}
