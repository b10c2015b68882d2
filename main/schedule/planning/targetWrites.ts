import type { DatabaseSync } from 'node:sqlite';

/** Where a target goes and when: the instant, the zone it was planned in, the time of the change. */
export interface TargetMove {
  targetId: string;
  dueAt: Date;
  timezone: string;
  at: Date;
}

/**
 * The writes behind the owner's operations, one per edge of the state machine. Callers check the
 * state first and hold the transaction, with the timeline line, so the check and the write are
 * one change.
 */
export interface TargetWrites {
  /**
   * Draft → scheduled, as a fresh start: attempt 0, nothing left of an earlier run (the post may
   * have been edited while it was a draft).
   */
  scheduleDraft(move: TargetMove): void;
  /** Scheduled or missed → scheduled at another time; a hold (throttle, limit) is lifted. */
  move(move: TargetMove): void;
  /**
   * Failed or needing attention → scheduled now with fresh attempts. The finished steps' results
   * stay, so publishing resumes after the last finished step rather than doing it again.
   */
  retry(move: TargetMove): void;
  /** Back to draft: unscheduled, and no longer on Facebook's schedule (the engine withdrew it first). */
  cancel(targetId: string, at: Date): void;
}

export function createTargetWrites(db: DatabaseSync): TargetWrites {
  const scheduleDraft = db.prepare(`
    UPDATE targets SET status = 'scheduled', due_at_utc = :dueAt, timezone = :timezone, attempt = 0,
      not_before_utc = NULL, step_started = NULL, step_results = '{}', problem = NULL, published_at = NULL,
      platform_post_id = NULL, permalink = NULL, late_by_minutes = NULL, handoff = NULL, updated_at = :at
    WHERE id = :targetId`);
  const move = db.prepare(`
    UPDATE targets SET status = 'scheduled', due_at_utc = :dueAt, timezone = :timezone, not_before_utc = NULL,
      problem = NULL, updated_at = :at
    WHERE id = :targetId`);
  const retry = db.prepare(`
    UPDATE targets SET status = 'scheduled', due_at_utc = :dueAt, timezone = :timezone, attempt = 0,
      not_before_utc = NULL, problem = NULL, updated_at = :at
    WHERE id = :targetId`);
  const cancel = db.prepare(`
    UPDATE targets SET status = 'draft', due_at_utc = NULL, timezone = NULL, not_before_utc = NULL, problem = NULL,
      handoff = NULL, updated_at = :at
    WHERE id = :targetId`);

  const columns = (change: TargetMove) => ({
    targetId: change.targetId,
    dueAt: change.dueAt.toISOString(),
    timezone: change.timezone,
    at: change.at.toISOString(),
  });

  return {
    scheduleDraft: (change) => void scheduleDraft.run(columns(change)),
    move: (change) => void move.run(columns(change)),
    retry: (change) => void retry.run(columns(change)),
    cancel: (targetId, at) => void cancel.run({ targetId, at: at.toISOString() }),
  };
}
