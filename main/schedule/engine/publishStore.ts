import type { DatabaseSync } from 'node:sqlite';
import type { LoginPath, Platform, TargetProblem, TargetStatus } from '../../../preload/contract';
import type { PublishedPost, StepResult, StepResults } from '../../platforms/publisher';
import { inTransaction } from '../../store/transaction';
import type { NewTimelineEntry, TargetTimeline } from '../targetTimeline';
import { parseHandoff, PUBLISHED_BY_APP, type Handoff } from './handoffState';

/** A timeline line written together with a state change (the target and time are the change's). */
export type TimelineLine = Omit<NewTimelineEntry, 'targetId' | 'at'>;

/** A target as the engine sees it. */
export interface TargetState {
  id: string;
  postId: string;
  accountId: string | null;
  platform: Platform | null;
  status: TargetStatus;
  dueAt: Date;
  notBefore: Date | null;
  attempt: number;
  stepStarted: string | null;
  stepResults: StepResults;
  handoff: Handoff | null;
}

/** The earliest waiting target of one account. */
export interface DueTarget {
  id: string;
  accountId: string | null;
  dueAt: Date;
}

export interface OverdueTarget {
  id: string;
  accountId: string | null;
  dueAt: Date;
}

export interface HandoverCandidate {
  id: string;
  accountId: string;
  /** The handoff column as read, so the claim can check nothing changed since. */
  handoffJson: string | null;
}

/** An account as the engine needs it: where its calls go (gates) and whether its sign-in works. */
export interface EngineAccount {
  id: string;
  platform: Platform;
  platformAccountId: string;
  loginPath: LoginPath;
  isDemo: boolean;
  displayName: string;
  /** Why it needs reconnecting, or null while its sign-in is believed to work. */
  reconnectReason: string | null;
}

interface AccountRow {
  id: string;
  platform: Platform;
  platform_account_id: string;
  login_path: LoginPath;
  is_demo: number;
  display_name: string;
  reconnect_reason: string | null;
}

interface StateRow {
  id: string;
  post_id: string;
  account_id: string | null;
  platform: Platform | null;
  status: TargetStatus;
  due_at_utc: string;
  not_before_utc: string | null;
  attempt: number;
  step_started: string | null;
  step_results: string;
  handoff: string | null;
}

const STATE_COLUMNS = `t.id, t.post_id, t.account_id, coalesce(t.platform, a.platform) AS platform, t.status, t.due_at_utc,
  t.not_before_utc, t.attempt, t.step_started, t.step_results, t.handoff`;
const WAITING_AT = 'coalesce(t.not_before_utc, t.due_at_utc)';

/**
 * Every read and write the engine makes on `targets`, prepared once. Each state change and its
 * timeline lines are one transaction, so the timeline never says something the row does not.
 * Writes for a run are guarded by `status = 'publishing'`: a row another writer moved meanwhile
 * is left alone (the method answers false).
 */
export function createPublishStore(db: DatabaseSync, timeline: TargetTimeline) {
  const selectOne = db.prepare(`SELECT ${STATE_COLUMNS} FROM targets t LEFT JOIN accounts a ON a.id = t.account_id WHERE t.id = ?`);
  const selectPublishing = db.prepare(
    `SELECT ${STATE_COLUMNS} FROM targets t LEFT JOIN accounts a ON a.id = t.account_id WHERE t.status = 'publishing' ORDER BY t.due_at_utc, t.id`,
  );
  const selectNextWaiting = db.prepare(`
    SELECT min(${WAITING_AT}) AS at FROM targets t
     WHERE t.status = 'scheduled' AND ${WAITING_AT} > ? AND ${PUBLISHED_BY_APP}`);
  // SQLite takes the bare columns of a min() aggregate from the row that has the minimum.
  const selectFirstDuePerAccount = db.prepare(`
    SELECT t.id, t.account_id, t.due_at_utc, min(${WAITING_AT}) AS at FROM targets t
     WHERE t.status = 'scheduled' AND ${WAITING_AT} <= ? AND ${PUBLISHED_BY_APP}
     GROUP BY t.account_id ORDER BY at, t.id`);
  const selectDueOfAccount = db.prepare(`
    SELECT t.id FROM targets t
     WHERE t.status = 'scheduled' AND t.account_id = ? AND ${WAITING_AT} <= ? AND ${PUBLISHED_BY_APP}
     ORDER BY ${WAITING_AT}, t.id`);
  const selectOverdue = db.prepare(`
    SELECT t.id, t.account_id, t.due_at_utc FROM targets t
     WHERE t.status = 'scheduled' AND t.attempt = 0 AND t.not_before_utc IS NULL AND t.due_at_utc < ? AND ${PUBLISHED_BY_APP}
     ORDER BY t.due_at_utc, t.id`);
  // Connected again *since* the target stopped: signed in again, or verified by upkeep. Without
  // that, an account nobody marked "reconnect" would send the target round and round.
  const selectReconnected = db.prepare(`
    SELECT t.id, t.account_id, t.due_at_utc FROM targets t JOIN accounts a ON a.id = t.account_id
     WHERE t.status = 'needs_attention' AND json_extract(t.problem, '$.code') IN ('TOKEN_EXPIRED', 'PERMISSION_MISSING')
       AND a.health = 'connected' AND a.disconnected_at IS NULL
       AND max(a.connected_at, coalesce(a.checked_at, '')) > coalesce(
         (SELECT max(e.at) FROM target_events e WHERE e.target_id = t.id AND e.kind = 'needs_attention'), '')
     ORDER BY t.due_at_utc, t.id`);
  // Published, with a step that runs after the post is out still under way (afterPublished.ts).
  const selectPublishedUnfinished = db.prepare(
    `SELECT ${STATE_COLUMNS} FROM targets t LEFT JOIN accounts a ON a.id = t.account_id
      WHERE t.status = 'published' AND t.step_started IS NOT NULL ORDER BY t.published_at, t.id`,
  );
  const selectHanded = db.prepare(
    `SELECT ${STATE_COLUMNS} FROM targets t LEFT JOIN accounts a ON a.id = t.account_id
      WHERE t.status = 'scheduled' AND t.handoff IS NOT NULL AND json_extract(t.handoff, '$.state') <> 'declined'
      ORDER BY t.due_at_utc, t.id`,
  );
  const selectHandoverCandidates = db.prepare(`
    SELECT t.id, t.account_id, t.handoff FROM targets t JOIN accounts a ON a.id = t.account_id JOIN posts p ON p.id = t.post_id
     WHERE t.status = 'scheduled' AND coalesce(t.platform, a.platform) IN (SELECT value FROM json_each(:platforms))
       AND t.due_at_utc > :earliest AND t.due_at_utc <= :latest AND t.not_before_utc IS NULL
       AND (t.handoff IS NULL OR (json_extract(t.handoff, '$.state') = 'declined'
         AND (json_extract(t.handoff, '$.dueAt') <> t.due_at_utc OR json_extract(t.handoff, '$.contentAt') <> max(t.updated_at, p.updated_at))))
     ORDER BY t.due_at_utc, t.id`);
  const selectContentAt = db.prepare(
    'SELECT max(t.updated_at, p.updated_at) AS at FROM targets t JOIN posts p ON p.id = t.post_id WHERE t.id = ?',
  );
  const selectAccount = db.prepare(`
    SELECT id, platform, platform_account_id, login_path, is_demo, display_name,
           CASE WHEN health = 'needs_reconnect' THEN coalesce(health_reason, '') END AS reconnect_reason
      FROM accounts WHERE id = ?`);
  const selectFirstAttemptAt = db.prepare(`
    SELECT at FROM target_events WHERE target_id = ? AND kind = 'attempt' AND attempt = 1 ORDER BY id DESC LIMIT 1`);

  const claim = db.prepare(`
    UPDATE targets SET status = 'publishing', attempt = attempt + 1, not_before_utc = NULL, problem = NULL
     WHERE id = ? AND status = 'scheduled' AND (handoff IS NULL OR json_extract(handoff, '$.state') = 'declined')
     RETURNING attempt`);
  const setStepStarted = db.prepare('UPDATE targets SET step_started = ? WHERE id = ?');
  const selectResults = db.prepare('SELECT step_results FROM targets WHERE id = ?');
  const setStepFinished = db.prepare('UPDATE targets SET step_results = ?, step_started = NULL WHERE id = ?');
  const setPublished = db.prepare(`
    UPDATE targets SET status = 'published', published_at = :at, platform_post_id = :postId, permalink = :permalink,
           late_by_minutes = :late, problem = NULL, step_started = :afterPublished, not_before_utc = NULL
     WHERE id = :id AND status = :from`);
  const setAfterPublishedStep = db.prepare(`
    UPDATE targets SET step_results = :results, step_started = :next WHERE id = :id AND status = 'published'`);
  const setWaiting = db.prepare(`
    UPDATE targets SET status = 'scheduled', not_before_utc = :notBefore, attempt = max(attempt - :giveBack, 0),
           step_results = CASE WHEN :clear THEN '{}' ELSE step_results END,
           step_started = CASE WHEN :clear THEN NULL ELSE step_started END
     WHERE id = :id AND status = :from`);
  const setStopped = db.prepare(`
    UPDATE targets SET status = :status, problem = :problem, not_before_utc = NULL,
           step_results = CASE WHEN :clear THEN '{}' ELSE step_results END,
           step_started = CASE WHEN :clear THEN NULL ELSE step_started END,
           handoff = CASE WHEN :clear THEN NULL ELSE handoff END
     WHERE id = :id AND status = :from`);
  const claimHandoff = db.prepare(`UPDATE targets SET handoff = '{"state":"handing"}' WHERE id = ? AND status = 'scheduled' AND handoff IS ?`);
  const setHandoff = db.prepare(`
    UPDATE targets SET handoff = :handoff,
           step_results = CASE WHEN :clear THEN '{}' ELSE step_results END,
           step_started = CASE WHEN :clear THEN NULL ELSE step_started END
     WHERE id = :id`);

  const toState = (row: StateRow): TargetState => ({
    id: row.id,
    postId: row.post_id,
    accountId: row.account_id,
    platform: row.platform,
    status: row.status,
    dueAt: new Date(row.due_at_utc),
    notBefore: row.not_before_utc === null ? null : new Date(row.not_before_utc),
    attempt: row.attempt,
    stepStarted: row.step_started,
    stepResults: JSON.parse(row.step_results) as StepResults,
    handoff: parseHandoff(row.handoff),
  });
  const append = (targetId: string, at: Date, lines: readonly TimelineLine[]) => {
    for (const line of lines) timeline.append({ ...line, targetId, at });
  };
  /** Runs a guarded write and its lines together; the lines are kept only when the write applied. */
  const change = (targetId: string, at: Date, lines: readonly TimelineLine[], write: () => number | bigint): boolean =>
    inTransaction(db, () => {
      if (Number(write()) !== 1) return false;
      append(targetId, at, lines);
      return true;
    });
  const flag = (value: boolean) => (value ? 1 : 0);

  return {
    get(id: string): TargetState | null {
      const row = selectOne.get(id) as StateRow | undefined;
      return row ? toState(row) : null;
    },

    /** Rows left 'publishing': a run this process does not know about (a crash) must resume them. */
    publishing(): TargetState[] {
      return (selectPublishing.all() as unknown as StateRow[]).map(toState);
    },

    /** Published targets whose after-published step (a first comment) a previous run left under way. */
    publishedUnfinished(): TargetState[] {
      return (selectPublishedUnfinished.all() as unknown as StateRow[]).map(toState);
    },

    /** The next instant after `now` at which a target Outpost publishes may go. */
    nextWaitingAfter(now: Date): Date | null {
      const row = selectNextWaiting.get(now.toISOString()) as { at: string | null };
      return row.at === null ? null : new Date(row.at);
    },

    /** Per account, its earliest target that may go by `now`, earliest first. */
    firstDuePerAccount(now: Date): DueTarget[] {
      const rows = selectFirstDuePerAccount.all(now.toISOString()) as { id: string; account_id: string | null; due_at_utc: string }[];
      return rows.map((row) => ({ id: row.id, accountId: row.account_id, dueAt: new Date(row.due_at_utc) }));
    },

    dueOfAccount(accountId: string, now: Date): string[] {
      return (selectDueOfAccount.all(accountId, now.toISOString()) as { id: string }[]).map((row) => row.id);
    },

    /** Scheduled, never tried, not held, due before `before`: what the missed policy looks at. */
    overdueNeverAttempted(before: Date): OverdueTarget[] {
      const rows = selectOverdue.all(before.toISOString()) as { id: string; account_id: string | null; due_at_utc: string }[];
      return rows.map((row) => ({ id: row.id, accountId: row.account_id, dueAt: new Date(row.due_at_utc) }));
    },

    /** Waiting for a reconnect, whose account was connected again (or checked by upkeep) since. */
    reconnectedWaiting(): OverdueTarget[] {
      const rows = selectReconnected.all() as { id: string; account_id: string | null; due_at_utc: string }[];
      return rows.map((row) => ({ id: row.id, accountId: row.account_id, dueAt: new Date(row.due_at_utc) }));
    },

    /** Scheduled targets being handed over or held by the platform. */
    handed(): TargetState[] {
      return (selectHanded.all() as unknown as StateRow[]).map(toState);
    },

    /** Targets that could be handed over (due within the window, not decided for this time and content). */
    handoverCandidates(platforms: readonly Platform[], earliest: Date, latest: Date): HandoverCandidate[] {
      const rows = selectHandoverCandidates.all({
        platforms: JSON.stringify(platforms),
        earliest: earliest.toISOString(),
        latest: latest.toISOString(),
      }) as { id: string; account_id: string; handoff: string | null }[];
      return rows.map((row) => ({ id: row.id, accountId: row.account_id, handoffJson: row.handoff }));
    },

    /** The last edit of the target or its post (a declined hand-over is decided again after one). */
    contentAt(id: string): string | null {
      const row = selectContentAt.get(id) as { at: string } | undefined;
      return row?.at ?? null;
    },

    account(accountId: string): EngineAccount | null {
      const row = selectAccount.get(accountId) as AccountRow | undefined;
      if (!row) return null;
      return {
        id: row.id,
        platform: row.platform,
        platformAccountId: row.platform_account_id,
        loginPath: row.login_path,
        isDemo: row.is_demo === 1,
        displayName: row.display_name,
        reconnectReason: row.reconnect_reason,
      };
    },

    /** When the latest first attempt started (lateness: was Outpost late to start?). */
    firstAttemptAt(id: string): Date | null {
      const row = selectFirstAttemptAt.get(id) as { at: string } | undefined;
      return row ? new Date(row.at) : null;
    },

    /** Claims a waiting target for a run; the new attempt number, or null when another writer got there first. */
    claim(id: string, at: Date, line: (attempt: number) => TimelineLine): number | null {
      return inTransaction(db, () => {
        const row = claim.get(id) as { attempt: number } | undefined;
        if (!row) return null;
        append(id, at, [line(row.attempt)]);
        return row.attempt;
      });
    },

    /** A timeline line that goes with no state change (a step's outcome). */
    note(id: string, at: Date, line: TimelineLine): void {
      timeline.append({ ...line, targetId: id, at });
    },

    /** Persisted before the step touches the network: found set later, the step is in doubt. */
    stepStarted(id: string, step: string): void {
      setStepStarted.run(step, id);
    },

    /** The step's result merged into the others and `step_started` cleared, with its line. */
    stepFinished(id: string, step: string, result: StepResult, at: Date, line: TimelineLine): StepResults {
      return inTransaction(db, () => {
        const row = selectResults.get(id) as { step_results: string } | undefined;
        const results = { ...(JSON.parse(row?.step_results ?? '{}') as StepResults), [step]: result };
        setStepFinished.run(JSON.stringify(results), id);
        append(id, at, [line]);
        return results;
      });
    },

    /**
     * Out, with where and how late. `afterPublished` names the first step still to run once the
     * post is out (a first comment), kept in `step_started` so a crash before it finishes resumes
     * it, confirming on the platform first; null when there is none.
     */
    markPublished(
      id: string,
      from: 'publishing' | 'scheduled',
      post: PublishedPost,
      lateByMinutes: number | null,
      at: Date,
      lines: readonly TimelineLine[],
      afterPublished: string | null,
    ): boolean {
      return change(id, at, lines, () =>
        setPublished.run({
          id,
          from,
          at: at.toISOString(),
          postId: post.platformPostId,
          permalink: post.permalink,
          late: lateByMinutes,
          afterPublished,
        }).changes,
      );
    },

    /**
     * An after-published step settled on a published target: its result kept when it worked
     * (null: it did not), the next such step marked as under way (null: none left), with its line.
     */
    afterPublishedStep(id: string, step: string, result: StepResult | null, next: string | null, at: Date, line: TimelineLine | null): boolean {
      return inTransaction(db, () => {
        const row = selectResults.get(id) as { step_results: string } | undefined;
        if (!row) return false;
        const results = JSON.parse(row.step_results) as StepResults;
        const kept = result === null ? results : { ...results, [step]: result };
        if (Number(setAfterPublishedStep.run({ id, results: JSON.stringify(kept), next }).changes) !== 1) return false;
        if (line) append(id, at, [line]);
        return true;
      });
    },

    /**
     * Back to waiting until `notBefore`: a retry, a throttle, a posting-limit hold or a reconnect.
     * `giveBack` returns the attempt (a throttle is not the platform failing); `clear` drops the
     * earlier steps' results so the next attempt starts over (a new Instagram container).
     */
    wait(
      id: string,
      from: TargetStatus,
      hold: { notBefore: Date; giveBack: boolean; clear: boolean },
      at: Date,
      lines: readonly TimelineLine[],
    ): boolean {
      return change(id, at, lines, () =>
        setWaiting.run({
          id,
          from,
          notBefore: hold.notBefore.toISOString(),
          giveBack: flag(hold.giveBack),
          clear: flag(hold.clear),
        }).changes,
      );
    },

    /**
     * Failed, needs attention or missed, with the problem the owner reads. `clear` drops the steps'
     * results and any hand-over, so a later try starts from nothing.
     */
    stop(
      id: string,
      from: TargetStatus,
      status: 'failed' | 'needs_attention' | 'missed',
      problem: TargetProblem,
      clear: boolean,
      at: Date,
      lines: readonly TimelineLine[],
    ): boolean {
      return change(id, at, lines, () =>
        setStopped.run({ id, from, status, problem: JSON.stringify(problem), clear: flag(clear) }).changes,
      );
    },

    /** Claims a hand-over: `handing` while the row still has the handoff value it was read with. */
    claimHandoff(id: string, expected: string | null): boolean {
      return Number(claimHandoff.run(id, expected).changes) === 1;
    },

    /** Sets the handoff (null: back to Outpost); `clear` drops the hand-over steps' results. */
    setHandoff(id: string, handoff: Handoff | null, clear: boolean, at: Date, lines: readonly TimelineLine[]): void {
      change(id, at, lines, () => setHandoff.run({ id, handoff: handoff === null ? null : JSON.stringify(handoff), clear: flag(clear) }).changes);
    },
  };
}

export type PublishStore = ReturnType<typeof createPublishStore>;
